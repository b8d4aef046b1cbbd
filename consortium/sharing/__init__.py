"""Plone-style local roles on django-guardian: roles granted to users or groups on any page,
inherited down its subtree and across its translations, unless a page blocks inheritance."""
