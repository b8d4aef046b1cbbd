"""Where a page stops inheriting local roles from above (Plone's "inherit permissions from
higher levels" switch). Stored by translation key: the choice covers every language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InheritanceBlock(models.Model):
    translation_key = models.UUIDField(_("page translation key"), unique=True)
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("blocked by"),
    )
    blocked_at = models.DateTimeField(_("blocked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("blocked role inheritance")
        verbose_name_plural = _("blocked role inheritance")

    def __str__(self):
        return str(self.translation_key)
