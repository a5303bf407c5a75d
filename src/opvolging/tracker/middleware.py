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


class VisitorCacheMiddleware:
    """What an anonymous visitor is shown (a page, or JSON from the API) is kept in the cache under its language,
    the day, the data version (which every change raises) and its full path, for `SECONDS`: what many visitors
    ask for is drawn once, and never older than the data. Not cached: a signed-in user, a request with an API
    token or a message waiting, an export, anything but a 200, a response that sets a cookie or holds a form's
    CSRF token (one visitor's own)."""

    SECONDS = 600
    TYPES = ("text/html", "application/json")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable(request):
            return self.get_response(request)
        import hashlib

        from django.core.cache import cache
        from django.http import HttpResponse
        from django.utils import timezone, translation

        from opvolging.tracker.models import DataVersion

        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        version = DataVersion.current(request)
        key = f"page:{translation.get_language()}:{timezone.localdate().isoformat()}:{version}:{digest}"
        hit = cache.get(key)
        if hit is not None:
            content_type, body = hit
            return HttpResponse(body, content_type=content_type)
        response = self.get_response(request)
        content_type = response.get("Content-Type", "")
        if (response.status_code == 200 and not response.streaming and not response.cookies
                and content_type.startswith(self.TYPES) and not response.has_header("Content-Disposition")
                and "no-store" not in response.get("Cache-Control", "")
                and b"csrfmiddlewaretoken" not in response.content):
            cache.set(key, (content_type, response.content), self.SECONDS)
        return response

    @staticmethod
    def _cacheable(request) -> bool:
        from django.contrib.messages import get_messages

        return (request.method == "GET" and not request.user.is_authenticated
                and "HTTP_AUTHORIZATION" not in request.META and "format" not in request.GET
                and not request.path.startswith(("/admin/", "/static/", "/media/", "/evidence/"))
                and not len(get_messages(request)))
