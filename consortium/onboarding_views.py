"""The admin screen consortium admins use to onboard a member (same as `add_member`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import City, Region
from .models.vocabularies import InstitutionKind
from .onboarding import add_member
from .sharing.operations import is_consortium_admin


class AddMemberForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name in Russian"), max_length=255)
    name_en = forms.CharField(label=gettext_lazy("Name in English"), max_length=255)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=InstitutionKind.choices)
    region = forms.ModelChoiceField(label=gettext_lazy("Region"), queryset=Region.objects.all())
    city = forms.ModelChoiceField(label=gettext_lazy("City"), queryset=City.objects.all())
    admin_email = forms.EmailField(label=gettext_lazy("Member admin's e-mail"))
    publish = forms.BooleanField(
        label=gettext_lazy("Publish the new pages at once"),
        required=False,
        help_text=gettext_lazy("Otherwise they are drafts for the member to fill in."),
    )

    def clean(self):
        data = super().clean()
        if data.get("city") and data.get("region") and data["city"].region_id != data["region"].pk:
            self.add_error("city", _("This city is in another region."))
        return data


def add_member_view(request):
    if not is_consortium_admin(request.user):
        raise PermissionDenied
    form = AddMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = add_member(
                name=data["name"],
                name_en=data["name_en"],
                kind=data["kind"],
                region=data["region"],
                city=data["city"],
                admin_email=data["admin_email"],
                publish_pages=data["publish"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Member “%(name)s” added.") % {"name": member.page.title})
            return redirect("wagtailadmin_explore", member.page.pk)
    return TemplateResponse(
        request,
        "consortium/admin/add_member.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
