"""A Content Security Policy on every response: the site loads only its own files."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.CONTENT_SECURITY_POLICY
        if request.path.startswith("/api/docs"):  # Swagger UI (served by the project) styles elements inline
            policy = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        response.setdefault("Content-Security-Policy", policy)
        return response


class RefuseNulBytesMiddleware:
    """A request whose path, parameters, form fields or JSON body hold a NUL byte is answered 400 before any view
    sees it: no text in the tracker holds one, and PostgreSQL refuses a string with one (a 500 otherwise, from any
    filter or note)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http import HttpResponseBadRequest

        if "\x00" in request.path or _has_nul(request.GET) or (request.method == "POST" and _post_has_nul(request)):
            return HttpResponseBadRequest("A parameter holds a NUL byte.", content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _post_has_nul(request) -> bool:
    if request.content_type == "application/json":
        return b"\x00" in request.body or b"\\u0000" in request.body
    return _has_nul(request.POST)


def _has_nul(params) -> bool:
    return any("\x00" in k or any("\x00" in v for v in params.getlist(k)) for k in params)


class RequestSizeLimitMiddleware:
    """A request body larger than `settings.MAX_UPLOAD_SIZE` is answered 413 before anything reads it (a form's
    CSRF check would otherwise take in the whole upload first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_UPLOAD_SIZE:
            from django.http import HttpResponse

            return HttpResponse(f"The upload is larger than {settings.MAX_UPLOAD_SIZE // 2**20} MB.", status=413,
                                content_type="text/plain; charset=utf-8")
        return self.get_response(request)
