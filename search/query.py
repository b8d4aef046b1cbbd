"""The search parameters shared by the HTML page and the JSON API, validated by one form: a bad
value is reported with its field's name, never reaches an engine, and never causes a 500."""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from consortium.models.vocabularies import Format, InstitutionKind, Level, Payment

from .models import DocumentType

MAX_QUERY_LENGTH = 200
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 10
MAX_PAGE = 10_000


class Sort:
    RELEVANCE, SOONEST, NEWEST = "relevance", "soonest", "newest"
    CHOICES = [(RELEVANCE, _("Relevance")), (SOONEST, _("Soonest")), (NEWEST, _("Newest"))]


class IdsField(forms.Field):
    """Repeatable positive integer ids (`?region=3&region=5`)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        ids = []
        for item in values:
            text = str(item)
            if not (text.isascii() and text.isdigit()) or len(text) > 10:
                raise forms.ValidationError(_("Expected whole numbers (ids)."), code="invalid")
            ids.append(int(text))
        return sorted(set(ids))


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search words"), required=False, max_length=MAX_QUERY_LENGTH, strip=True
    )
    lang = forms.ChoiceField(label=_("Language"), required=False, choices=settings.LANGUAGES)
    type = forms.MultipleChoiceField(label=_("Type"), required=False, choices=DocumentType.choices)
    focus = IdsField(label=_("Direction"), required=False)
    profile = IdsField(label=_("Profile"), required=False)
    region = IdsField(label=_("Region"), required=False)
    city = IdsField(label=_("City"), required=False)
    member = IdsField(label=_("Institution"), required=False)
    kind = forms.MultipleChoiceField(
        label=_("Kind of institution"), required=False, choices=InstitutionKind.choices
    )
    format = forms.MultipleChoiceField(label=_("Format"), required=False, choices=Format.choices)
    payment = forms.MultipleChoiceField(label=_("Payment"), required=False, choices=Payment.choices)
    level = forms.MultipleChoiceField(label=_("Level"), required=False, choices=Level.choices)
    age = forms.IntegerField(label=_("Age"), required=False, min_value=0, max_value=99)
    age_max = forms.IntegerField(label=_("Age up to"), required=False, min_value=0, max_value=99)
    grade = forms.IntegerField(label=_("Grade"), required=False, min_value=1, max_value=11)
    date_from = forms.DateField(label=_("From"), required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("To"), required=False, input_formats=["%Y-%m-%d"])
    upcoming = forms.NullBooleanField(
        label=_("Upcoming only"), required=False, widget=forms.NullBooleanSelect
    )
    registration_open = forms.NullBooleanField(
        label=_("Registration open"), required=False, widget=forms.NullBooleanSelect
    )
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=Sort.CHOICES)
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1, max_value=MAX_PAGE)
    page_size = forms.IntegerField(
        label=_("Results per page"), required=False, min_value=1, max_value=MAX_PAGE_SIZE
    )

    def __init__(self, data=None, **kwargs):
        # An empty choice ("any age", "any region") of a form such as the program finder means
        # no filter, so empty values are dropped before validation rather than rejected.
        if data is not None and hasattr(data, "lists"):
            data = data.copy()
            for name, values in list(data.lists()):
                given = [value for value in values if value != ""]
                if given:
                    data.setlist(name, given)
                else:
                    del data[name]
        super().__init__(data, **kwargs)

    def clean_q(self):
        # Control characters and runs of white space carry no meaning for a search.
        return " ".join(
            "".join(c if c.isprintable() else " " for c in self.cleaned_data["q"]).split()
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        youngest, oldest = data.get("age"), data.get("age_max")
        if youngest is not None and oldest is not None and youngest > oldest:
            self.add_error("age_max", _("The upper age is below the lower one."))
        return data

    def search_query(self, language):
        data = self.cleaned_data
        return SearchQuery(
            text=data["q"],
            language=data["lang"] or language,
            filters={name: data[name] for name in FACETS if data.get(name)},
            age=data["age"],
            age_max=data["age_max"],
            grade=data["grade"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            upcoming=bool(data["upcoming"]),
            registration_open=bool(data["registration_open"]),
            sort=data["sort"] or Sort.RELEVANCE,
            page=data["page"] or 1,
            page_size=data["page_size"] or DEFAULT_PAGE_SIZE,
        )


# The facets, each a field of SearchDocument (a foreign key's id for the ids fields), with the
# heading the HTML page gives them.
FACET_TITLES = {
    "type": _("Type"),
    "focus": _("Direction"),
    "profile": _("Profile"),
    "region": _("Region"),
    "city": _("City"),
    "member": _("Institution"),
    "kind": _("Kind of institution"),
    "format": _("Format"),
    "payment": _("Payment"),
    "level": _("Level"),
}
FACETS = list(FACET_TITLES)


@dataclass
class SearchQuery:
    text: str = ""
    language: str = "ru"
    filters: dict = field(default_factory=dict)
    age: int | None = None
    age_max: int | None = None
    grade: int | None = None
    date_from: object = None
    date_to: object = None
    upcoming: bool = False
    registration_open: bool = False
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def ages(self):
        """(youngest, oldest) asked for: one age, or a range such as 10 to 12; None if none."""
        if self.age is None and self.age_max is None:
            return None
        youngest = self.age if self.age is not None else 0
        return youngest, self.age_max if self.age_max is not None else youngest

    @property
    def grades(self):
        return None if self.grade is None else (self.grade, self.grade)

    @property
    def offset(self):
        return (self.page - 1) * self.page_size


def errors_by_field(form):
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}
