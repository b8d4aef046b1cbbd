from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .roles import Role

ACTIONS = ("grant", "revoke", "block", "restore")


class PrincipalSearchForm(forms.Form):
    q = forms.CharField(label=_("Find users or groups"), max_length=100, required=False)

    def results(self, limit=20):
        query = self.cleaned_data.get("q", "").strip() if self.is_valid() else ""
        if not query:
            return [], []
        users = (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(username__icontains=query)
                | Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
            )
            .order_by("username")[:limit]
        )
        groups = Group.objects.filter(name__icontains=query).order_by("name")[:limit]
        return list(users), list(groups)


class SharingChangeForm(forms.Form):
    """One change on the Sharing screen: grant or revoke a role, block or restore inheritance."""

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    user = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(is_active=True), required=False
    )
    group = forms.ModelChoiceField(queryset=Group.objects.all(), required=False)
    role = forms.ChoiceField(choices=Role.choices, required=False)

    def clean(self):
        data = super().clean()
        if data.get("action") in ("grant", "revoke"):
            if bool(data.get("user")) == bool(data.get("group")):
                raise forms.ValidationError(_("Choose one user or one group."))
            if not data.get("role"):
                raise forms.ValidationError(_("Choose a role."))
        return data

    @property
    def principal(self):
        return self.cleaned_data.get("user") or self.cleaned_data.get("group")
