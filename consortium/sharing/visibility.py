"""Who may see a private page on the public site."""

from .grants import cached_grants, roles_on
from .operations import is_consortium_admin
from .roles import MODERATORS_GROUP


def private_page_visible_to(user, page):
    if not user.is_active:
        return False
    if is_consortium_admin(user) or user.groups.filter(name=MODERATORS_GROUP).exists():
        return True
    return bool(roles_on(cached_grants(user), page))
