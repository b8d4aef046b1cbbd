from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsortiumConfig(AppConfig):
    name = "consortium"
    verbose_name = _("Consortium")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401
        from .sharing.policy import LocalRolePagePermissionPolicy

        register_permission_policy(Page, LocalRolePagePermissionPolicy(Page))
