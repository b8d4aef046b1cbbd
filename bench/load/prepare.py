"""The load run's plan, read from the benchmark database (run with our settings by run.py):
addresses of every kind of page, search queries, and the editor and moderator accounts with
the program pages the editors edit (what the admin's form posts for each).

    DJANGO_SETTINGS_MODULE=cms.settings.production … python bench/load/prepare.py PLAN.json"""

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-load-password"  # noqa: S105 - benchmark accounts on a benchmark database
ACCOUNTS = ("bench-editor", "bench-moderator")
SAMPLES = 200  # pages of each kind the visitors pick from
EDITED = 400  # program pages the editors take turns on
# The search page's parameters: words, types and facets (as the search benchmark's queries).
SEARCHES = [
    "q=лекция",
    "q=робототехника",
    "q=программирование",
    "q=школьников",
    "q=квасоварение",
    "q=программирование+роботов",
    "q=лекция&type=event",
    "q=робототехника&type=program&age=12",
    "q=программирование&payment=free",
    "type=program",
    "age=12",
    "type=program&payment=free",
    "type=news",
    "q=робототехника&page=3",
]
EN_SEARCHES = ["q=robotics", "q=lecture", "type=program&age=10"]


def urls_of(model, rng, count=SAMPLES, **filters):
    ids = list(model.objects.live().public().filter(**filters).values_list("pk", flat=True))
    chosen = rng.sample(ids, min(count, len(ids)))
    return [page.url for page in model.objects.filter(pk__in=chosen).specific()]


def plan(rng):
    from django.contrib.auth import get_user_model

    from consortium import models as m
    from home.models import HomePage
    from tests.sharing_setup import program_form_data

    users = get_user_model()
    for username in ACCOUNTS:
        user, _ = users.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.com"}
        )
        user.is_superuser = user.is_staff = True
        user.set_password(PASSWORD)
        user.save()
    edited = m.ProgramPage.objects.live().filter(locale__language_code="ru", payment="free")
    edited = list(edited.order_by("pk")[:EDITED])
    return {
        "pages": {
            "home": urls_of(HomePage, rng),
            "program catalogue": urls_of(m.ProgramCatalogPage, rng),
            "events calendar": urls_of(m.EventCalendarPage, rng),
            "institution": urls_of(m.InstitutionPage, rng, schoolpage__isnull=True),
            "program": urls_of(m.ProgramPage, rng),
            "event": urls_of(m.EventPage, rng),
        },
        "searches": [f"/ru/search/?{query}" for query in SEARCHES]
        + [f"/en/search/?{query}" for query in EN_SEARCHES],
        "accounts": {"editor": ACCOUNTS[0], "moderator": ACCOUNTS[1], "password": PASSWORD},
        "edited": [{"id": page.pk, "form": program_form_data(page)} for page in edited],
    }


if __name__ == "__main__":
    import django

    django.setup()
    Path(sys.argv[1]).write_text(json.dumps(plan(random.Random(7)), ensure_ascii=False))  # noqa: S311
