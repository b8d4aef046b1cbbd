"""What every search engine answers, and how facets name their columns."""

from dataclasses import dataclass, field


@dataclass
class Answer:
    count: int
    page_ids: list  # the requested page of results, best first
    facets: dict = field(default_factory=dict)  # facet -> {value: count}
    engine: str = ""


TEXT_FACETS = ("type", "kind", "format", "payment", "level")


def facet_column(name):
    return name if name in TEXT_FACETS else f"{name}_id"
