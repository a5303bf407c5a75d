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
