"""The admin site. Its own module: kpo/admin.py registers models on it, and defining the
site there would make `admin.register` in that module run before the site exists (the
registration ended up on a throw-away site instance)."""

from allauth.account.decorators import secure_admin_login
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.public import has_moderation_rights, needs_mfa_setup
from kpo.markdown import render_markdown

MARKDOWN_PREVIEW_MAX = 100_000  # characters; an article body is far shorter


class KpoAdminSite(admin.AdminSite):
    """The admin for curators. Login goes through allauth (rate limits, MFA), and with
    KPO_REQUIRE_MFA staff must have set up MFA before they get in."""

    site_header = gettext_lazy("KPO beheer")
    site_title = gettext_lazy("KPO beheer")
    index_title = gettext_lazy("Beheer van het Kennisplatform Ondermijning")

    def each_context(self, request):
        context = super().each_context(request)
        # The moderation queue lives on the site (/account/moderatie/); the admin index links to it.
        context["moderation_url"] = reverse("accounts:moderation") if has_moderation_rights(request.user) else ""
        return context

    def has_permission(self, request):
        return super().has_permission(request) and not needs_mfa_setup(request.user)

    def login(self, request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and needs_mfa_setup(user):
            messages.info(request, _("Stel eerst tweestapsverificatie in om het beheer te gebruiken."))
            return redirect("mfa_index")
        return secure_admin_login(super().login)(request, extra_context)

    def get_urls(self):
        # Two of Django's admin views tell a staff member whether an object exists before
        # they check whether that person may see it. Check first, so an object one may not
        # see answers the same as one that does not exist.
        for model_admin in self._registry.values():
            if not hasattr(model_admin.history_view, "permission_first"):
                model_admin.history_view = _permission_first(model_admin, model_admin.history_view)
        urls = [
            path("markdown-voorbeeld/", self.admin_view(self.markdown_preview), name="markdown_preview"),
            *super().get_urls(),
        ]
        return [
            path("r/<path:content_type_id>/<path:object_id>/", self.admin_view(self.view_on_site), name="view_on_site")
            if getattr(url, "name", None) == "view_on_site"
            else url
            for url in urls
        ]

    def markdown_preview(self, request):
        """Markdown as the site will show it, for staff: the article form posts its body here
        (a button without JavaScript, static/js/markdown-preview.js beside the editor with it)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        html = render_markdown(request.POST.get("body", "")[:MARKDOWN_PREVIEW_MAX])
        if request.POST.get("fragment"):
            return HttpResponse(html, content_type="text/html; charset=utf-8")
        context = {**self.each_context(request), "title": _("Voorbeeld van de tekst"), "preview_html": html}
        return TemplateResponse(request, "admin/markdown_preview.html", context)

    def view_on_site(self, request, content_type_id, object_id):
        """ "View on site" only for models of this admin that the user may view."""
        from django.contrib.contenttypes.views import shortcut

        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except (ContentType.DoesNotExist, ValueError):
            raise Http404 from None
        model_admin = self._registry.get(model)
        if model_admin is None or not model_admin.has_view_or_change_permission(request):
            raise Http404
        return shortcut(request, content_type_id, object_id)


def _permission_first(model_admin, history_view):
    def view(request, object_id, extra_context=None):
        if not model_admin.has_view_or_change_permission(request):
            raise PermissionDenied
        return history_view(request, object_id, extra_context)

    view.permission_first = True
    return view
