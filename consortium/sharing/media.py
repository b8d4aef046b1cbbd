"""Images and documents live in a collection per member. Holders of a local role in a member
get that collection's permissions from their role, on top of Wagtail's group collection
permissions: choosers, listings and edit views then offer each member only its own media."""

from dataclasses import dataclass

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from .grants import cached_grants
from .roles import Role

# Collection actions each role gives on its member's media collection. "change" on one's own
# uploads comes with "add", as Wagtail's ownership policy has it.
ROLE_MEDIA_ACTIONS = {
    Role.READER: frozenset(),
    Role.CONTRIBUTOR: frozenset({"add", "choose"}),
    Role.EDITOR: frozenset({"add", "choose"}),
    Role.REVIEWER: frozenset({"choose"}),
    Role.MEMBER_ADMIN: frozenset({"add", "choose", "change", "delete"}),
}
STEP = 4  # treebeard's path step length


def member_collections_for(user):
    """{collection: actions} for the media collections of the members the user has roles in."""
    from ..models import InstitutionPage

    grants = cached_grants(user)
    if not grants:
        return {}
    condition = Q()
    for grant in grants:
        path = grant.page.path
        ancestors = [path[:end] for end in range(STEP, len(path) + 1, STEP)]
        condition |= Q(path__in=ancestors) | Q(path__startswith=path)
    members = (
        InstitutionPage.objects.filter(condition, media_collection__isnull=False)
        .only("path", "media_collection")
        .select_related("media_collection")
    )
    result = {}
    for member in members:
        # A role on, above or below the member's page counts for its media.
        roles = frozenset().union(
            *(
                g.roles
                for g in grants
                if member.path.startswith(g.page.path) or g.page.path.startswith(member.path)
            )
        )
        actions = frozenset().union(*(ROLE_MEDIA_ACTIONS[role] for role in roles))
        if actions:
            result.setdefault(member.media_collection, set()).update(actions)
    return result


@dataclass(frozen=True)
class RoleCollectionPermission:
    """Quacks like GroupCollectionPermission for Wagtail's collection policies."""

    collection: object
    permission: Permission

    @property
    def collection_id(self):
        return self.collection.pk


class MemberMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    # Wagtail caches collection permissions on the user under one name shared by the image
    # and the document policies, so each must return the permissions of both.
    MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))

    def get_all_permissions_for_user(self, user):
        group_permissions = list(super().get_all_permissions_for_user(user))
        if not user.is_active or user.is_anonymous or user.is_superuser:
            return group_permissions
        collections = member_collections_for(user)
        if not collections:
            return group_permissions
        permissions = {
            (p.content_type.app_label, p.codename): p
            for p in Permission.objects.filter(
                content_type__app_label__in=[app for app, _ in self.MEDIA_MODELS]
            ).select_related("content_type")
        }
        return group_permissions + [
            RoleCollectionPermission(collection, permissions[(app, f"{action}_{model}")])
            for collection, actions in collections.items()
            for action in sorted(actions)
            for app, model in self.MEDIA_MODELS
        ]
