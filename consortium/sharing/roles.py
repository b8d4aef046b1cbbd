"""The roles and what each lets its holder do to pages (Wagtail's page actions)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MODERATORS_GROUP = "Moderators"
CONSORTIUM_ADMINS_GROUP = "Consortium admins"
# Admin access (and media upload) for anyone holding a local role beyond Reader; what they may
# do to pages comes from their roles, not from this group.
MEMBER_STAFF_GROUP = "Member staff"


class Role(models.TextChoices):
    """Local roles, granted on a page and applying to its whole subtree."""

    READER = "reader", _("Reader")
    CONTRIBUTOR = "contributor", _("Contributor")
    EDITOR = "editor", _("Editor")
    REVIEWER = "reviewer", _("Reviewer")
    MEMBER_ADMIN = "member_admin", _("Member admin")


ROLE_DESCRIPTIONS = {
    Role.READER: _("Sees private content."),
    Role.CONTRIBUTOR: _("Adds pages."),
    Role.EDITOR: _("Edits pages and submits them for moderation."),
    Role.REVIEWER: _("Approves pages on the member's side."),
    Role.MEMBER_ADMIN: _("Manages the roles inside the member."),
}

# Wagtail page actions each role allows. Nobody below the consortium holds "publish": every
# change reaches the public through moderation.
ROLE_ACTIONS = {
    Role.READER: frozenset(),
    Role.CONTRIBUTOR: frozenset({"add"}),
    Role.EDITOR: frozenset({"add", "change", "lock", "unlock"}),
    Role.REVIEWER: frozenset({"change", "lock", "unlock"}),
    Role.MEMBER_ADMIN: frozenset({"add", "change", "lock", "unlock"}),
}

# Who may unpublish (retract) a live page of their member without moderation.
RETRACT_ROLES = frozenset({Role.EDITOR, Role.MEMBER_ADMIN})

PERMISSION_PREFIX = "role_"


def codename(role):
    """The guardian permission codename that stores `role` (on the base Page type)."""
    return f"{PERMISSION_PREFIX}{Role(role).value}"


def role_of(permission_codename):
    return Role(permission_codename.removeprefix(PERMISSION_PREFIX))


ROLE_CODENAMES = [codename(role) for role in Role]


def actions_of(roles):
    return frozenset().union(*(ROLE_ACTIONS[role] for role in roles)) if roles else frozenset()
