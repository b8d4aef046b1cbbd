"""Images carry mandatory alt text (accessibility law for educational sites). Wagtail's own
`description` field is the alt text; it is required here, with an optional English variant."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .taxonomy import pick_language


class ConsortiumImage(AbstractImage):
    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("Describe the image for people who cannot see it."),
    )
    description_en = models.CharField(_("alt text (English)"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "description_en")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        return pick_language(self.description, self.description_en)


class ConsortiumRendition(AbstractRendition):
    image = models.ForeignKey(ConsortiumImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
