from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import dispatcher as bulk_action_dispatcher
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import urls as wagtaildocs_urls
from wagtail_localize.views import convert, submit_translations, update_translations

from consortium.accessibility import visually_impaired_settings
from consortium.health import healthz
from consortium.outputs import calendar_views, news_feeds, sitemaps
from consortium.sharing.guards import guard_bulk_action, require_page_edit
from consortium.sharing.views import guard_explorer
from consortium.workflow import translations as translation_guards
from consortium.workflow.concurrency import serialise_workflow_action
from search import views as search_views

from . import views
from .api import api_router

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

urlpatterns = [
    # Member staff may list only pages within their own subtrees (see guard_explorer).
    path(
        "admin/pages/<int:parent_page_id>/",
        guard_explorer(
            page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id")
        ),
    ),
    path(
        "admin/pages/<int:parent_page_id>/results/",
        guard_explorer(
            page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id")
        ),
    ),
    # Simultaneous decisions on one moderation step are serialised (see the guard).
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        serialise_workflow_action(
            page_viewset_registry.as_view("workflow_action", page_id_kwarg="page_id")
        ),
    ),
    # Wagtail names objects on these screens before checking the user's rights on them.
    path(
        "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/",
        require_admin_access(guard_bulk_action(bulk_action_dispatcher.index)),
    ),
    path(
        "admin/pages/workflow/confirm_cancellation/<int:page_id>/",
        require_admin_access(
            require_page_edit(
                page_viewset_registry.as_view(
                    "confirm_workflow_cancellation", page_id_kwarg="page_id"
                )
            )
        ),
    ),
    # wagtail-localize checks only its global permission here: guarded per page
    # (see consortium.workflow.translations).
    path(
        "admin/localize/submit/page/<int:page_id>/",
        translation_guards.guard_submit_translation(
            submit_translations.SubmitPageTranslationView.as_view()
        ),
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        translation_guards.guard_update_translations(
            update_translations.UpdateTranslationsView.as_view()
        ),
    ),
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        translation_guards.guard_convert_to_alias(convert.convert_to_alias),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The read-only JSON API (Wagtail API v2): live, public pages only (see cms/api.py).
    path("api/v2/", api_router.urls),
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/suggest/", search_views.suggest_api, name="search_suggest"),
    # The version for the visually impaired: outside the language prefixes, so that no page
    # slug can shadow it (see consortium/accessibility.py).
    path("accessibility/", visually_impaired_settings, name="visually_impaired"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    # For load balancers and monitoring: outside the language prefixes, never cached.
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path("sitemap-<int:number>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("", views.language_redirect, name="language_redirect"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:  # the local production-like stack (docs/deploy.md)
    from django.views.static import serve

    # Images only: documents (private ones too) go through Wagtail's serve view.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

# Public pages live under /ru/… and /en/…; Wagtail serves everything it does not match.
urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    path("calendar.ics", calendar_views.consortium_feed, name="calendar_feed"),
    path(
        "calendar/members/<int:member_id>.ics",
        calendar_views.member_feed,
        name="member_calendar_feed",
    ),
    path("calendar/events/<int:event_id>.ics", calendar_views.event_file, name="event_ics"),
    path("news.atom", news_feeds.ConsortiumNewsFeed(), name="news_feed"),
    path(
        "members/<int:member_id>/news.atom",
        news_feeds.MemberNewsFeed(),
        name="member_news_feed",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
