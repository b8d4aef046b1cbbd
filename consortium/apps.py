from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsortiumConfig(AppConfig):
    name = "consortium"
    verbose_name = _("Consortium")

    def ready(self):
        from wagtail.documents.models import Document
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import page_cache, signals  # noqa: F401
        from .models import ConsortiumImage
        from .sharing.media import MemberMediaPermissionPolicy
        from .sharing.policy import LocalRolePagePermissionPolicy
        from .workflow import (
            notifications,
            policy,  # noqa: F401 - connects its signals
        )

        notifications.connect()
        page_cache.connect_invalidation()
        register_permission_policy(Page, LocalRolePagePermissionPolicy(Page))
        # exact_class: Wagtail's image and document apps register their own policies later.
        register_permission_policy(
            ConsortiumImage,
            MemberMediaPermissionPolicy(
                ConsortiumImage,
                auth_model="wagtailimages.Image",
                owner_field_name="uploaded_by_user",
            ),
            exact_class=True,
        )
        register_permission_policy(
            Document,
            MemberMediaPermissionPolicy(Document, owner_field_name="uploaded_by_user"),
            exact_class=True,
        )
