from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.models import Region
from knowledge.models import Article, Phenomenon, Theme


@never_cache
@require_safe
def healthz(request):
    """Liveness and database check for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def home(request):
    latest_news = Article.objects.published().filter(kind=Article.Kind.NEWS)[:4]
    return render(
        request,
        "home.html",
        {
            "themes": Theme.objects.all(),
            "phenomena": Phenomenon.objects.all(),
            "latest_news": latest_news,
        },
    )


@require_safe
def regions(request):
    all_regions = list(Region.objects.all())
    return render(
        request,
        "pages/regions.html",
        {
            "liec": [r for r in all_regions if r.kind == Region.Kind.LIEC],
            "riecs": [r for r in all_regions if r.kind == Region.Kind.RIEC],
            "crumbs": [("", _("RIEC in uw regio"))],
        },
    )


@require_safe
def accessibility(request):
    return render(request, "pages/accessibility.html", {"crumbs": [("", _("Toegankelijkheid"))]})


@require_safe
def privacy(request):
    return render(request, "pages/privacy.html", {"crumbs": [("", _("Privacy"))]})
