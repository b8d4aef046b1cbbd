"""Wagtail's page permission policy, extended with local roles. Registered for Page in
`wagtail_hooks.py`, so every admin route that asks Wagtail "may this user do X to this page"
(explorer, edit, add, delete, move, copy, unpublish, history, revisions, preview, workflow,
translation) gets the answer from the roles as well as from group page permissions."""

from django.contrib.auth.models import Permission
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from .grants import cached_grants, role_holders, roles_on
from .roles import RETRACT_ROLES, ROLE_ACTIONS


class RolePermission:
    """A page permission that comes from a local role; quacks like GroupPagePermission for
    Wagtail's code, and carries the blocked subtrees it does not reach."""

    def __init__(self, grant, permission):
        self.grant = grant
        self.page = grant.page
        self.page_id = grant.page.pk
        self.permission = permission


class LocalRolePagePermissionPolicy(PagePermissionPolicy):
    def get_all_permissions_for_user(self, user):
        group_permissions = list(super().get_all_permissions_for_user(user))
        grants = cached_grants(user) if user.is_active and not user.is_superuser else []
        if not grants:
            return group_permissions
        codenames = {self._get_permission_codename(a) for g in grants for a in g.actions}
        permissions = {
            p.codename: p
            for p in Permission.objects.filter(
                content_type__app_label="wagtailcore", codename__in=codenames
            )
        }
        role_permissions = [
            RolePermission(grant, permissions[self._get_permission_codename(action)])
            for grant in grants
            for action in sorted(grant.actions)
        ]
        return group_permissions + role_permissions

    def actions_for(self, user, page):
        """Wagtail page actions ("add", "change", …) the user holds on `page`."""
        actions = set()
        for perm in self.get_cached_permissions_for_user(user):
            if self._reaches(perm, page):
                actions.add(perm.permission.codename.rsplit("_", maxsplit=1)[0])
        return actions

    @staticmethod
    def _reaches(perm, page):
        if isinstance(perm, RolePermission):
            return perm.grant.covers(page)
        return page.path.startswith(perm.page.path)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        base_permission = self._base_user_has_permission(user)
        if base_permission is not None:
            return base_permission
        held = self.actions_for(user, instance)
        if "add" in held and instance.owner_id == user.pk:
            held.add("change")
        return bool(set(actions) & held)

    def instances_user_has_any_permission_for(self, user, actions):
        base_queryset = self._base_queryset_for_user(user)
        if base_queryset is not None:
            return base_queryset
        manager = self.model._default_manager
        pages = manager.none()
        for perm in self.get_cached_permissions_for_user(user):
            action = perm.permission.codename.rsplit("_", maxsplit=1)[0]
            if action in actions:
                reach = manager.all()
            elif action == "add" and "change" in actions:
                reach = manager.filter(owner=user)  # their own pages, as Wagtail allows
            else:
                continue
            if isinstance(perm, RolePermission):
                pages |= perm.grant.subtree(reach)
            else:
                pages |= reach.filter(path__startswith=perm.page.path)
        return pages

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        users = super().users_with_any_permission_for_instance(
            actions, instance, include_superusers
        )
        roles = {role for role, role_actions in ROLE_ACTIONS.items() if role_actions & set(actions)}
        holders = role_holders(instance, roles)
        return (users | holders).distinct()


class LocalRolePagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with the actions computed by the policy (roles included, blocked
    inheritance respected) instead of a plain path-prefix test."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if self.user.is_active and not self.user.is_superuser:
            self.permissions = self.permission_policy.actions_for(user, page)

    def can_delete(self, ignore_bulk=False):
        # Wagtail asks the database "is anything live in here?" for every row of a listing;
        # for a leaf page (no publish right, so nothing below to consider) the page itself
        # answers, keeping a listing's queries independent of its length.
        user, page = self.user, self.page
        if (
            user.is_active
            and not user.is_superuser
            and not self.page_is_root
            and page.is_leaf()
            and "publish" not in self.permissions
        ):
            if "change" in self.permissions:
                return not page.live
            if "add" in self.permissions:
                return not page.live and page.owner_id == user.pk
            return False
        return super().can_delete(ignore_bulk)

    def can_unpublish(self):
        # Member editors may retract their member's live pages (Plone's "retract"); taking a
        # page offline needs no moderation, putting it back does.
        if super().can_unpublish():
            return True
        if not self.user.is_active or not self.page.live or self.page_is_root:
            return False
        if self.page_locked():
            return False
        return bool(roles_on(cached_grants(self.user), self.page) & RETRACT_ROLES)
