"""Forms: status changes with a note and evidence, due-date moves with a required reason, uploads."""

from django import forms
from django.utils.translation import gettext_lazy as _

from opvolging.tracker.models import STATUSES


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=STATUSES)
    note = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 3}), required=True)
    evidence_url = forms.URLField(label=_("Evidence link"), required=False, assume_scheme="https")
    evidence_file = forms.FileField(label=_("Evidence file"), required=False)


class DueForm(forms.Form):
    due = forms.DateField(label=_("New due date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), required=True)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Letter (.txt, .pdf, .docx, .html, .xml)"))
    public = forms.BooleanField(label=_("Public"), required=False, initial=True)


class CorrectForm(forms.Form):
    action = forms.CharField(label=_("What is promised"), widget=forms.Textarea(attrs={"rows": 3}))
    actor = forms.CharField(label=_("Who promises it"), required=False)
