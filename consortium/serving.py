"""Serving a public page in few SQL queries (the budget: tests/test_query_budget.py).

- `PageQuerySet.public()` excludes private sections with one subquery (NOT EXISTS a view
  restriction on the page or an ancestor) instead of Wagtail's extra query reading every
  restriction first.
- `route()` resolves a whole address below a page in one query (the pages whose url_path
  is a prefix of it), then fetches the page served in its specific type with the relations it
  names in `serve_select_related`. The same query tells whether the page or an ancestor has a
  view restriction; when none has, the page remembers that, so the serving hooks' checks
  (ours and Wagtail's `check_view_restrictions`) need no query of their own.
- `prefetch_renditions()`: the renditions of every image a page shows (its own, its
  logo, every card's) in one query, where each card's image would cost one.
- `request_memo()`: a dict on the request, so the header's tags look things up once per
  request. Nothing here outlives the request."""

from django.core.paginator import Page as PaginatorPage
from django.db.models import (
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    prefetch_related_objects,
)
from django.db.models.lookups import StartsWith
from django.http import Http404
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet
from wagtail.url_routing import RouteResult

# Set on a page being served whose type says `serve_children = True`: its children of the
# types it allows, read with the address (for a member's section menu).
SERVED_CHILDREN = "_served_children"
# Set on a page being served: the view restrictions of the page and its ancestors, read with
# the page (an empty queryset when none has one).
VIEW_RESTRICTIONS = "_serving_view_restrictions"


def restricted():
    """True for a page in a private section: a view restriction on the page or an ancestor
    (its path starts with the restricted page's path), as a subquery of the page query."""
    outer_path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    return Exists(PageViewRestriction.objects.filter(StartsWith(outer_path, F("page__path"))))


class PageQuerySet(WagtailPageQuerySet):
    """Wagtail's page queryset, with `public()` in the same query."""

    def public(self):
        return self.exclude(restricted())

    def not_public(self):
        return self.filter(restricted())


def request_memo(request):
    """A dict kept on the request (empty and thrown away without one)."""
    if request is None:
        return {}
    memo = getattr(request, "_consortium_memo", None)
    if memo is None:
        memo = request._consortium_memo = {}
    return memo


def view_restrictions(page):
    """The view restrictions of a page being served, as `route()` read them (none, without a
    query, when neither the page nor an ancestor has one), or None: Wagtail's own lookup."""
    return page.__dict__.get(VIEW_RESTRICTIONS)


def walks_in_one_query(model):
    """Whether routing through a page of `model` is plain tree descent (Wagtail's or ours),
    so that `route()` may resolve its descendants itself."""
    route_method = getattr(model, "route", None)
    return route_method is Page.route or getattr(route_method, "walks_in_one_query", False)


def fetch_specific(row, model):
    """`row` (a generic Page) in its specific type, with the relations the type asks for
    (`serve_select_related`, `serve_prefetch_related`) and its `serve_annotations()`."""
    related = ["locale", *getattr(model, "serve_select_related", ())]
    prefetched = getattr(model, "serve_prefetch_related", ())
    annotations = model.serve_annotations() if hasattr(model, "serve_annotations") else {}
    try:
        specific = (
            model._default_manager.select_related(*related)
            .prefetch_related(*prefetched)
            .annotate(**annotations)
            .get(pk=row.pk)
        )
    except model.DoesNotExist:
        return row.specific
    for key, value in row.__dict__.items():  # what Wagtail's get_specific copies
        specific.__dict__.setdefault(key, value)
    return specific


def served_children_types():
    """The content types of the children that pages with `serve_children = True` list (read
    by `route()` with the address; Django keeps content types for the process)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    models = {
        child
        for model in get_page_models()
        if getattr(model, "serve_children", False)
        for child in model.allowed_subpage_models()
    }
    return [
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    ]


def ancestor_paths(page):
    """The tree paths of `page` and of its ancestors (treebeard's fixed-width steps)."""
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def route(page, request, path_components):
    """What `Page.route` does, in two queries whatever the depth (one for every page along
    the address, one for the page served), instead of two per level."""
    request_memo(request).setdefault("routed_from", page)
    if not path_components:
        if not page.live:
            raise Http404
        if not page.alias_of_id and VIEW_RESTRICTIONS not in page.__dict__:
            # The site's home page, which Wagtail fetched itself: its restrictions and its
            # ancestors' in one query.
            restrictions = PageViewRestriction.objects.filter(page__path__in=ancestor_paths(page))
            page.__dict__[VIEW_RESTRICTIONS] = restrictions
            len(restrictions)  # evaluated once; the serving hooks iterate the result
        return RouteResult(page)
    prefixes = [
        page.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    served = Page.objects.filter(url_path=prefixes[-1], path__startswith=page.path)
    rows = (
        Page.objects.filter(
            Q(url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth)
            | Q(path__in=ancestor_paths(page))
            # What the header shows (site_tags.header_pages): the translations of the page
            # served and of this page, and this page's live children.
            # A scalar subquery (evaluated once, then an index lookup), not IN (…): PostgreSQL
            # cannot combine an IN subquery with the other branches' indexes.
            | Q(translation_key=Subquery(served.values("translation_key")[:1]))
            | Q(translation_key=page.translation_key)
            | Q(path__startswith=page.path, depth=page.depth + 1, live=True)
            | Q(
                url_path__startswith=prefixes[-1],
                depth=page.depth + len(path_components) + 1,
                content_type__in=served_children_types(),
            )
        )
        .select_related("locale")
        .annotate(
            private=restricted(),
            has_restriction=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))),
            source_has_restriction=Exists(
                PageViewRestriction.objects.filter(page=OuterRef("alias_of"))
            ),
        )
        .order_by("path")
    )

    def has_restriction(row):
        return row.has_restriction or row.source_has_restriction

    rows = list(rows)
    memo = request_memo(request)
    if "header_rows" not in memo:
        memo["header_rows"] = (page.pk, {row.pk for row in rows}, rows)
    restricted_above = False
    by_url_path = {}
    for row in rows:
        if row.path.startswith(page.path) and row.depth > page.depth:
            by_url_path.setdefault(row.url_path, row)
        elif page.path.startswith(row.path):
            restricted_above = restricted_above or has_restriction(row)

    parent = page
    for length, prefix in enumerate(prefixes, start=1):
        child = by_url_path.get(prefix)
        if child is None or child.depth != parent.depth + 1:
            raise Http404
        child._cached_parent_obj = parent  # treebeard's get_parent() reads it
        restricted_above = restricted_above or has_restriction(child)
        remaining = path_components[length:]
        model = child.specific_class
        if remaining and model is not None and walks_in_one_query(model):
            parent = child
            continue
        specific = fetch_specific(child, model) if model is not None else child
        if getattr(model, "serve_children", False) and not remaining:
            specific.__dict__[SERVED_CHILDREN] = [
                row
                for row in rows
                if row.depth == child.depth + 1 and row.path.startswith(child.path)
            ]
        if not restricted_above:
            specific.__dict__[VIEW_RESTRICTIONS] = PageViewRestriction.objects.none()
        return specific.route(request, remaining)
    raise Http404  # not reached: the loop returns at the last component


def cached_ancestors(page, min_depth=1):
    """The ancestors of a routed page down to `min_depth` that `route()` has already read
    (each page knows its parent), from the top down; None when any is missing."""
    chain = []
    node = page
    while node.depth > min_depth:
        parent = node.__dict__.get("_cached_parent_obj")
        if parent is None:
            return None
        chain.append(parent)
        node = parent
    return chain[::-1]


IMAGE_FIELDS = ("image", "logo")


def shown_pages(context):
    """The page and the pages of the lists its context holds (querysets, a paginator's page,
    lists), each list evaluated once here: the template then iterates the same results."""
    pages = []
    for value in context.values():
        if isinstance(value, PaginatorPage):
            value = value.object_list
        if isinstance(value, QuerySet):
            if not issubclass(value.model, Page):
                continue
            value = list(value)  # fills the queryset's result cache
        if isinstance(value, Page):
            pages.append(value)
        elif isinstance(value, (list, tuple)):
            pages.extend(item for item in value if isinstance(item, Page))
    return pages


def prefetch_renditions(pages):
    """One query for the renditions of the images (`image`, `logo`) of `pages`, so that no
    card reads its own; images not fetched with their page (select_related) in one more."""
    from consortium.models import ConsortiumImage

    missing = {}
    for page in pages:
        for name in IMAGE_FIELDS:
            image_id = getattr(page, f"{name}_id", None)
            if image_id is not None and name not in page._state.fields_cache:
                missing.setdefault(image_id, []).append((page, name))
    if missing:
        for image in ConsortiumImage.objects.filter(pk__in=missing):
            for page, name in missing[image.pk]:
                setattr(page, name, image)
    images = []
    for page in pages:
        fetched = page._state.fields_cache
        images.extend(fetched[name] for name in IMAGE_FIELDS if fetched.get(name) is not None)
    images = [
        image
        for image in images
        if "renditions" not in image.__dict__.get("_prefetched_objects_cache", {})
    ]
    if images:
        prefetch_related_objects(images, "renditions")
