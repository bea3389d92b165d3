from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.public import approved_partner_required
from kpo.cache import closed_list_key
from kpo.listing import listing

from . import services
from .access import documents_visible_to, get_document_for_user_or_404, reader_group_ids
from .filters import DocumentFilter, document_facets
from .models import DocumentAccess
from .uploads import safe_download_name


@never_cache
@approved_partner_required
@require_safe
def document_list(request):
    """The closed section: the documents shared with you."""
    group_ids = reader_group_ids(request.user)
    params = [
        (name, value) for name, values in request.GET.lists() if name not in ("page", "sorteer") for value in values
    ]
    context = listing(
        request,
        documents_visible_to(request.user, group_ids),
        DocumentFilter,
        document_facets,
        ("summary", "extracted_text"),
        ("owner",),
        aggregates_key=closed_list_key(group_ids, params),
    )
    context["documents"] = context["page_obj"].object_list
    context["crumbs"] = [("", _("Besloten gedeelte"))]
    return render(request, "documents/document_list.html", context)


@never_cache
@approved_partner_required
@require_safe
def document_detail(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.VIEW)
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "themes": document.themes.all(),
            "phenomena": document.phenomena.all(),
            "crumbs": [(reverse("documents:list"), _("Besloten gedeelte")), ("", document.title)],
        },
    )


@approved_partner_required
@require_safe
def document_download(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.DOWNLOAD)
    filename = safe_download_name(document.original_name, document.extension)
    if settings.KPO_X_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse(content_type=document.content_type)
        response["X-Accel-Redirect"] = f"{settings.KPO_X_ACCEL_REDIRECT_PREFIX.rstrip('/')}/{document.file.name}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        response = FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=filename,
            content_type=document.content_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
