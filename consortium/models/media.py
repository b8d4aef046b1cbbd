"""Images carry mandatory alt text (accessibility law for educational sites)."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class ConsortiumImage(AbstractImage):
    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("Describe the image for people who cannot see it."),
    )
    alt_text_en = models.CharField(_("alt text (English)"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "alt_text", "alt_text_en")

    @property
    def default_alt_text(self):
        if get_language() == "en" and self.alt_text_en:
            return self.alt_text_en
        return self.alt_text

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class ConsortiumRendition(AbstractRendition):
    image = models.ForeignKey(ConsortiumImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
