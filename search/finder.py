"""The program finder: a few plain questions (the child's age, a direction, where, the format,
free only) whose answers are the search page's own facet parameters, so the finder leads straight
to faceted results and needs no view of its own."""

from django.db.models import CharField, Value

from consortium.models import City, Focus, Region
from consortium.models.taxonomy import pick_language
from consortium.models.vocabularies import Format, Payment

from .models import DocumentType

AGES = range(5, 19)  # additional education is for children of 5 to 18


def finder_choices():
    """Directions, regions and cities (each city under its region) in the current language,
    read in one statement."""
    rows = (
        Focus.objects.values_list(
            Value("focus", output_field=CharField()),
            "pk",
            "name_ru",
            "name_en",
            "sort_order",
        )
        .order_by()
        .union(
            Region.objects.values_list(
                Value("region", output_field=CharField()), "pk", "name_ru", "name_en", "pk"
            ).order_by(),
            City.objects.values_list(
                Value("city", output_field=CharField()), "pk", "name_ru", "name_en", "region_id"
            ).order_by(),
            all=True,
        )
    )
    focuses, regions, cities = [], {}, {}
    # The last column is a focus's official order, or a city's region.
    for kind, pk, name_ru, name_en, order_or_region in rows:
        label = pick_language(name_ru, name_en)
        if kind == "focus":
            focuses.append((order_or_region, pk, label))
        elif kind == "region":
            regions[pk] = label
        else:
            cities.setdefault(order_or_region, []).append((pk, label))
    by_label = lambda item: item[1]  # noqa: E731
    return {
        # Focuses keep their official order; places read alphabetically.
        "focuses": [(pk, label) for _order, pk, label in sorted(focuses)],
        "regions": sorted(regions.items(), key=by_label),
        "city_groups": sorted(
            (
                (regions.get(region), sorted(group, key=by_label))
                for region, group in cities.items()
            ),
            key=lambda group: group[0] or "",
        ),
        "ages_choices": [(age, age) for age in AGES],
        "formats": Format.choices,
        "free": Payment.FREE,
        "type": DocumentType.PROGRAM,
    }
