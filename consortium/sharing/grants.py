"""Resolving local roles: which roles a user holds where, and who holds what on a page.

A role granted on a page applies to that page, its translations and everything below them,
except below a page that blocks inheritance (there only roles granted on that page or lower
apply). Every function here runs a fixed number of queries, whatever the size of the site."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from guardian.models import GroupObjectPermission, UserObjectPermission
from wagtail.models import Page

from ..models import InheritanceBlock
from .roles import ROLE_CODENAMES, Role, actions_of, role_of


def page_content_type():
    return ContentType.objects.get_for_model(Page)


def role_rows(model, **principal):
    """(page id, role) pairs stored for a user or a group (or every one, without filter)."""
    rows = model.objects.filter(
        content_type=page_content_type(), permission__codename__in=ROLE_CODENAMES, **principal
    ).values_list("object_pk", "permission__codename")
    return [(int(pk), role_of(code)) for pk, code in rows]


def blocked_paths():
    """Paths of every page (in every language) that blocks inheritance."""
    return list(
        Page.objects.filter(
            translation_key__in=InheritanceBlock.objects.values("translation_key")
        ).values_list("path", flat=True)
    )


@dataclass(frozen=True)
class Grant:
    """Roles held from `page` (one language's copy) down, minus blocked subtrees."""

    page: Page
    roles: frozenset
    excluded_paths: tuple

    def covers(self, page):
        return page.path.startswith(self.page.path) and not any(
            page.path.startswith(path) for path in self.excluded_paths
        )

    @property
    def actions(self):
        return actions_of(self.roles)

    def subtree(self, queryset):
        queryset = queryset.filter(path__startswith=self.page.path)
        for path in self.excluded_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset


def grants_for_user(user):
    if not user.is_active or user.is_anonymous:
        return []
    rows = role_rows(UserObjectPermission, user=user) + role_rows(
        GroupObjectPermission, group__in=Group.objects.filter(user=user)
    )
    if not rows:
        return []
    roles_by_page = {}
    for page_id, role in rows:
        roles_by_page.setdefault(page_id, set()).add(role)
    granted = dict(Page.objects.filter(pk__in=roles_by_page).values_list("pk", "translation_key"))
    roles_by_key = {}
    for page_id, key in granted.items():
        roles_by_key.setdefault(key, set()).update(roles_by_page[page_id])
    blocked = blocked_paths()
    grants = []
    for page in Page.objects.filter(translation_key__in=roles_by_key).only(
        "pk", "path", "depth", "translation_key", "locale_id", "owner_id", "title"
    ):
        below = tuple(path for path in blocked if path != page.path and path.startswith(page.path))
        grants.append(Grant(page, frozenset(roles_by_key[page.translation_key]), below))
    return grants


def cached_grants(user):
    """`grants_for_user`, computed once per user object (that is, once per request)."""
    if not hasattr(user, "_local_role_grants"):
        user._local_role_grants = grants_for_user(user)
    return user._local_role_grants


def roles_on(grants, page):
    return frozenset().union(*(grant.roles for grant in grants if grant.covers(page)))


@dataclass(frozen=True)
class Assignment:
    """One role held on a page by a user or a group, and where it comes from."""

    principal: object  # a User or a Group
    role: Role
    source: Page  # the page (in this page's language) it was granted on
    granted_here: bool


def effective_assignments(page):
    """Every local role that applies on `page`, with its holder and source."""
    chain = list(page.get_ancestors(inclusive=True).only("pk", "path", "depth", "translation_key"))
    blocked_keys = set(
        InheritanceBlock.objects.filter(
            translation_key__in=[p.translation_key for p in chain]
        ).values_list("translation_key", flat=True)
    )
    start = max((p.depth for p in chain if p.translation_key in blocked_keys), default=1)
    chain_by_key = {p.translation_key: p for p in chain if p.depth >= start}
    sources = dict(
        Page.objects.filter(translation_key__in=chain_by_key).values_list("pk", "translation_key")
    )
    filters = {
        "content_type": page_content_type(),
        "permission__codename__in": ROLE_CODENAMES,
        "object_pk__in": [str(pk) for pk in sources],
    }
    assignments = []
    for model, principal in ((UserObjectPermission, "user"), (GroupObjectPermission, "group")):
        for row in model.objects.filter(**filters).select_related(principal, "permission"):
            source = chain_by_key[sources[int(row.object_pk)]]
            assignments.append(
                Assignment(
                    getattr(row, principal),
                    role_of(row.permission.codename),
                    source,
                    source.pk == page.pk,
                )
            )
    return sorted(assignments, key=lambda a: (-a.source.depth, str(a.principal), a.role))


def is_blocked(page):
    return InheritanceBlock.objects.filter(translation_key=page.translation_key).exists()


def role_holders(page, roles):
    """Active users who hold any of `roles` on `page`, directly or through a group."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    User = get_user_model()  # noqa: N806
    user_ids, group_ids = set(), set()
    for assignment in effective_assignments(page):
        if assignment.role in roles:
            ids = user_ids if isinstance(assignment.principal, User) else group_ids
            ids.add(assignment.principal.pk)
    if not user_ids and not group_ids:
        return User.objects.none()
    return User.objects.filter(
        Q(pk__in=user_ids) | Q(groups__in=group_ids), is_active=True
    ).distinct()
