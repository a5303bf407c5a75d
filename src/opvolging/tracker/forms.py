"""Forms: status changes with a note and evidence, due-date moves with a required reason, uploads."""

from django import forms
from django.utils.translation import gettext_lazy as _

from opvolging.tracker.models import STATUSES, SUBSCRIPTION_KINDS


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=STATUSES)
    note = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 3}), required=True)
    evidence_url = forms.URLField(label=_("Evidence link"), required=False, assume_scheme="https", max_length=200)
    evidence_file = forms.FileField(label=_("Evidence file"), required=False)
    # the status the editor saw when the page was drawn: the change is made only if it is still that one
    seen_status = forms.CharField(widget=forms.HiddenInput, required=False)


class DueForm(forms.Form):
    due = forms.DateField(label=_("New due date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), required=True)


class UploadForm(forms.Form):
    """A letter to read, or a register's list to import (UHRI or UPR Info CSV/XLSX, the Tweede Kamer's
    toezeggingen as JSON or XML), or the identifier of a publication to fetch from KOOP's repository."""

    file = forms.FileField(label=_("Letter (.txt, .pdf, .docx, .html, .xml) or list (.csv, .xlsx, .json)"),
                           required=False)
    identifier = forms.CharField(label=_("Or fetch an official publication by its identifier (kst-32735-354)"),
                                 required=False, max_length=60)
    public = forms.BooleanField(label=_("Public"), required=False, initial=True)

    def clean(self):
        data = super().clean()
        if bool(data.get("file")) == bool((data.get("identifier") or "").strip()):
            raise forms.ValidationError(_("Choose a file or give an identifier, one of the two."))
        return data

    def clean_file(self):
        """The file, unless it is larger than the site takes (`MAX_UPLOAD_SIZE`)."""
        from django.conf import settings

        f = self.cleaned_data["file"]
        if f and f.size > settings.MAX_UPLOAD_SIZE:
            raise forms.ValidationError(_("The file is larger than %(mb)d MB.") % {
                "mb": settings.MAX_UPLOAD_SIZE // 2**20})
        return f


class CorrectForm(forms.Form):
    action = forms.CharField(label=_("What is promised"), widget=forms.Textarea(attrs={"rows": 3}))
    actor = forms.CharField(label=_("Who promises it"), required=False)


class SubjectsForm(forms.Form):
    """A recommendation's subjects as a person corrects them; the choices are the taxonomy's, in the reader's
    language, plus any value the recommendation already has that the taxonomy lacks (a printed UN theme)."""

    theme = forms.MultipleChoiceField(label=_("Themes"), required=False)
    sdg = forms.MultipleChoiceField(label=_("SDGs"), required=False)
    person = forms.MultipleChoiceField(label=_("Affected persons"), required=False)

    def __init__(self, *args, recommendation, **kwargs) -> None:
        from opvolging.tracker import subjects

        current = {"theme": recommendation.themes, "sdg": [str(n) for n in recommendation.sdgs],
                   "person": recommendation.affected_persons}
        super().__init__(*args, initial=current, **kwargs)
        for kind, values in current.items():
            choices = subjects.choices(kind)
            known = {value for value, _name in choices}
            self.fields[kind].choices = choices + [(v, v) for v in values if v not in known]
            self.fields[kind].widget.attrs.update({"size": 8, "class": "utrecht-select utrecht-select--html-select"})


class SubscriptionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Follow"), choices=SUBSCRIPTION_KINDS)
    value = forms.CharField(label=_("Which"), max_length=300,
                            help_text=_("A ministry or council as the lists name it, an addressee (Tweede Kamer), a "
                                        "theme, an SDG's number, or a search"))

    def clean(self):
        data = super().clean()
        if data.get("kind") == "sdg" and not str(data.get("value", "")).strip().isdigit():
            self.add_error("value", _("An SDG is followed by its number, 1 to 17."))
        return data
