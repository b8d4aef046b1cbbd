"""Changing who holds which role where. Every change is checked against the acting user's
rights and written to Wagtail's audit log."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from guardian.shortcuts import assign_perm, remove_perm
from wagtail.log_actions import log

from ..models import InheritanceBlock
from .grants import cached_grants, grants_for_user, roles_on
from .roles import CONSORTIUM_ADMINS_GROUP, MEMBER_STAFF_GROUP, ROLE_ACTIONS, Role, codename

# A member admin holds, for granting purposes, every role inside the member.
IMPLIED_ROLES = {Role.MEMBER_ADMIN: frozenset(Role)}


def is_consortium_admin(user):
    if not user.is_active:
        return False
    if not hasattr(user, "_is_consortium_admin"):
        user._is_consortium_admin = (
            user.is_superuser or user.groups.filter(name=CONSORTIUM_ADMINS_GROUP).exists()
        )
    return user._is_consortium_admin


def held_roles(user, page):
    roles = set(roles_on(cached_grants(user), page))
    for role in list(roles):
        roles |= IMPLIED_ROLES.get(role, set())
    return frozenset(roles)


def grantable_roles(user, page):
    """Roles `user` may grant or revoke on `page`: all of them for consortium admins, the
    roles they hold themselves for member admins, none for anybody else."""
    if is_consortium_admin(user):
        return frozenset(Role)
    held = held_roles(user, page)
    return held if Role.MEMBER_ADMIN in held else frozenset()


def can_manage_sharing(user, page):
    return bool(grantable_roles(user, page))


def principal_label(principal):
    if isinstance(principal, Group):
        return {"group": principal.name}
    return {"user": principal.get_username()}


def check_allowed(user, page, role):
    if role not in grantable_roles(user, page):
        raise PermissionDenied("You cannot grant or revoke this role here.")


def assign_role(page, principal, role):
    """Store the role (no rights check: for onboarding and the demo). Holders of any role
    beyond Reader get into the admin through the shared "Member staff" group."""
    role = Role(role)
    assign_perm(f"wagtailcore.{codename(role)}", principal, page)
    if ROLE_ACTIONS[role] and not isinstance(principal, Group):
        principal.groups.add(Group.objects.get(name=MEMBER_STAFF_GROUP))


@transaction.atomic
def grant_role(page, principal, role, by):
    role = Role(role)
    check_allowed(by, page, role)
    assign_role(page, principal, role)
    log(
        instance=page,
        action="consortium.grant_role",
        user=by,
        data={"role": role.value, **principal_label(principal)},
    )


@transaction.atomic
def revoke_role(page, principal, role, by):
    role = Role(role)
    check_allowed(by, page, role)
    remove_perm(f"wagtailcore.{codename(role)}", principal, page)
    log(
        instance=page,
        action="consortium.revoke_role",
        user=by,
        data={"role": role.value, **principal_label(principal)},
    )


@transaction.atomic
def block_inheritance(page, by):
    if not can_manage_sharing(by, page):
        raise PermissionDenied("You cannot change the sharing of this page.")
    keep = roles_on(grants_for_user(by), page)
    _, created = InheritanceBlock.objects.get_or_create(
        translation_key=page.translation_key, defaults={"blocked_by": by}
    )
    if created:
        # Whoever blocks inheritance keeps the local roles they had here.
        for role in keep:
            assign_perm(f"wagtailcore.{codename(role)}", by, page)
        log(instance=page, action="consortium.block_inheritance", user=by)


@transaction.atomic
def restore_inheritance(page, by):
    if not can_manage_sharing(by, page):
        raise PermissionDenied("You cannot change the sharing of this page.")
    deleted, _ = InheritanceBlock.objects.filter(translation_key=page.translation_key).delete()
    if deleted:
        log(instance=page, action="consortium.restore_inheritance", user=by)
