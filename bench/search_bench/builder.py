"""The pages of the synthetic consortium: planned one by one, then written through
`add_child` or in bulk."""

import datetime
import uuid

from .content import EVENT_LABELS, RARE_EN, RARE_EVERY, RARE_RU, SUFFIXES_EN, SUFFIXES_RU


class Builder:
    """Writes the pages. `plan()` decides every page (a dict of field values) before any is
    written, so that the bulk path and the `add_child` path write the same kind of page."""

    def __init__(self, rng, vocabulary, members, locales, taxonomy):
        self.rng = rng
        self.words = vocabulary
        self.members = members  # [{ru: InstitutionPage, en: …, sections: {(lang, kind): page}}]
        self.locales = locales
        self.profiles, self.focuses, self.venues = taxonomy
        self.now = datetime.datetime.now(datetime.UTC)
        self.today = datetime.date.today()
        weights = [rng.lognormvariate(0, 0.8) for _ in members]  # big and small members
        total = sum(weights)
        self.member_weights = [w / total for w in weights]
        self.sequence = 0

    # Field values -----------------------------------------------------------------------------

    def audience(self):
        if self.rng.random() < 0.12:
            return {"age_from": None, "age_to": None, "grade_from": None, "grade_to": None}
        age_from = self.rng.randint(5, 16)
        age_to = min(18, age_from + self.rng.randint(2, 6)) if self.rng.random() < 0.9 else None
        grades = {}
        if age_from >= 7 and self.rng.random() < 0.5:
            grade_from = max(1, min(11, age_from - 6))
            grades = {"grade_from": grade_from, "grade_to": min(11, grade_from + 3)}
        return {
            "age_from": age_from,
            "age_to": age_to,
            "grade_from": None,
            "grade_to": None,
            **grades,
        }

    def classification(self):
        profile = self.rng.choice(self.profiles)
        if self.rng.random() < 0.1:
            return {"focus_id": profile.focus_id, "profile_id": None}, profile
        return {"focus_id": profile.focus_id, "profile_id": profile.pk}, profile

    def registration(self, probability):
        if self.rng.random() >= probability:
            return {"registration_opens": None, "registration_closes": None}
        opens = self.today + datetime.timedelta(days=self.rng.randint(-150, 30))
        closes = opens + datetime.timedelta(days=self.rng.randint(7, 150))
        return {
            "registration_opens": opens if self.rng.random() < 0.85 else None,
            "registration_closes": closes,
            "registration_url": "https://р-навигатор.рф/program/"
            + str(self.rng.randint(1000, 99999)),
        }

    def published(self, days_back=730):
        return self.now - datetime.timedelta(minutes=self.rng.randint(60, days_back * 24 * 60))

    def texts(self, kind, language, topics, audience, extra=""):
        """(title, summary, body paragraphs) in `language`."""
        (topic_ru, topic_en), (second_ru, second_en) = topics
        ru = language == "ru"
        topic, second = (topic_ru, second_ru) if ru else (topic_en, second_en)
        ages = ""
        if audience.get("age_from"):
            low, high = audience["age_from"], audience.get("age_to")
            ages = f"{low}–{high}" if high else f"{low}+"
        rng = self.rng
        if kind == "program":
            if rng.random() < 0.5:
                base = rng.choice(self.words.titles["program"])[0 if ru else 1] or topic
                suffixes = SUFFIXES_RU if ru else SUFFIXES_EN
                title = f"{base} ({rng.choice(suffixes)})" if rng.random() < 0.6 else base
            elif ru:
                title = f"{topic[0].upper()}{topic[1:]} для школьников" + (
                    f" {ages} лет" if ages else ""
                )
            else:
                title = f"{topic[0].upper()}{topic[1:]} for school students" + (
                    f" aged {ages}" if ages else ""
                )
            if ru:
                summary = (
                    f"Программа для школьников{' ' + ages + ' лет' if ages else ''}: "
                    f"{topic} и {second}."
                    if rng.random() < 0.5
                    else f"Занятия по направлениям «{topic}» и «{second}». "
                    + self.words.pools["ru"]["program"]()[0]
                )
            else:
                summary = (
                    f"A programme for school students{' aged ' + ages if ages else ''}: "
                    f"{topic} and {second}."
                    if rng.random() < 0.5
                    else f"Classes in {topic} and {second}. "
                    + self.words.pools["en"]["program"]()[0]
                )
        elif kind == "event":
            label = extra
            base = rng.choice(self.words.titles["event"])[0 if ru else 1]
            title = f"{label}: {base}" if base and rng.random() < 0.7 else f"{label}: {topic}"
            if ru:
                summary = (
                    f"{label} для школьников и родителей: {topic}, {second}. "
                    + (self.words.pools["ru"]["event"]()[0])
                )
            else:
                summary = (
                    f"{label} for school students and parents: {topic}, {second}. "
                    + (self.words.pools["en"]["event"]()[0])
                )
        else:
            base = rng.choice(self.words.titles["news"])[0 if ru else 1]
            title = base or (f"News: {topic}" if not ru else f"Новости: {topic}")
            if rng.random() < 0.5:
                title = f"{title} — {topic}" if not ru or rng.random() < 0.5 else f"{title}: итоги"
            summary = self.words.pools[language]["news"]()[0]
        body = self.words.paragraphs(kind, language, rng.randint(2, 3))
        if self.sequence % RARE_EVERY == RARE_EVERY // 2:
            body.append(RARE_RU if ru else RARE_EN)
        return title[:255], summary[:400], body

    @staticmethod
    def stream(paragraphs):
        from django.utils.html import escape

        return [
            {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
            for text in paragraphs
        ]

    def item(self, kind):
        """One page's language-independent values, and a function giving its texts."""
        rng = self.rng
        values = {}
        extra = ""
        if kind in ("program", "event"):
            values.update(self.audience())
            classification, profile = self.classification()
            values.update(classification)
        if kind == "program":
            payment = rng.choices(["free", "paid", "certificate"], [60, 25, 15])[0]
            values.update(
                level=rng.choices(["starter", "basic", "advanced"], [50, 35, 15])[0],
                format=rng.choices(["in_person", "online", "blended"], [60, 25, 15])[0],
                payment=payment,
                price=rng.choice([1500, 2500, 3000, 4500, 6000]) if payment == "paid" else None,
                enrolment_status=rng.choices(
                    ["open", "soon", "waitlist", "closed"], [55, 15, 10, 20]
                )[0],
                duration_weeks=rng.choice([4, 8, 12, 16, 34, 36]),
                hours=rng.choice([16, 36, 72, 144]),
                capacity=rng.choice([10, 12, 15, 20, 25]),
                **self.registration(0.5),
            )
        elif kind == "event":
            event_type = rng.choices(list(EVENT_LABELS), [w for w, _, _ in EVENT_LABELS.values()])[
                0
            ]
            extra = event_type
            # A year of past events and half a year to come.
            starts = self.now + datetime.timedelta(minutes=rng.randint(-365 * 1440, 180 * 1440))
            starts = starts.replace(minute=0, second=0, microsecond=0)
            long = event_type in ("festival", "hackathon")
            ends = starts + datetime.timedelta(
                hours=rng.choice([24, 48, 72]) if long else rng.choice([1, 1.5, 2, 3])
            )
            mode = rng.choices(["offline", "online", "mixed"], [60, 25, 15])[0]
            values.update(
                event_type=event_type,
                starts_at=starts,
                ends_at=ends,
                attendance_mode=mode,
                online_url="https://vk.com/video/" + str(rng.randint(10**6, 10**7))
                if mode != "offline"
                else "",
                registration_required=rng.random() < 0.4,
                capacity=rng.choice([None, 30, 60, 120]),
                age_rating=rng.choice(["0+", "6+", "12+"]),
                **(self.registration(0.6) if rng.random() < 0.5 else self.registration(0)),
            )
        else:
            values.update(
                date=self.today - datetime.timedelta(days=rng.randint(0, 3 * 365)),
                age_rating=rng.choice(["0+", "6+", "12+"]),
            )
        topics = self.words.topic_pair()
        return values, topics, extra

    def plan(self, count):
        """Yields (member index, kind, language, translation key, values) until `count` pages:
        Russian pages, a fifth of them with an English translation, and English-only pages."""
        rng = self.rng
        made = 0
        members = range(len(self.members))
        while made < count:
            kind = rng.choices(["program", "event", "news"], [60, 25, 15])[0]
            member = rng.choices(members, self.member_weights)[0]
            values, topics, extra = self.item(kind)
            roll = rng.random()
            languages = ["en"] if roll < 0.06 else ["ru", "en"] if roll < 0.26 else ["ru"]
            key = uuid.uuid4()
            first_published = self.published()
            for language in languages[: count - made]:
                self.sequence += 1
                label = EVENT_LABELS[extra][1 if language == "ru" else 2] if extra else ""
                title, summary, body = self.texts(kind, language, topics, values, label)
                page = {
                    **values,
                    "title": title,
                    "summary": summary,
                    "body": body,
                    "first_published_at": first_published,
                    "last_published_at": first_published,
                    "translation_key": key,
                }
                if kind == "program":
                    page["language"] = language
                if kind == "event" and values["attendance_mode"] != "online":
                    city = self.members[member]["ru"].city_id
                    page["venue_id"] = self.venues[city].pk
                yield member, kind, language, page
                made += 1

    # Writing ----------------------------------------------------------------------------------

    def instance(self, member, kind, language, fields):
        from consortium.models import EventPage, NewsPage, ProgramPage

        model = {"program": ProgramPage, "event": EventPage, "news": NewsPage}[kind]
        fields = dict(fields)
        body = self.stream(fields.pop("body"))
        page = model(
            **{name: value for name, value in fields.items() if name != "registration_url"},
            body=body,
            slug=f"p{self.sequence}-{uuid.uuid4().hex[:6]}",
            draft_title=fields["title"],
            locale=self.locales[language],
            live=True,
            has_unpublished_changes=False,
            member_id=self.members[member][language].pk,
        )
        if "registration_url" in fields and hasattr(page, "registration_url"):
            page.registration_url = fields["registration_url"]
        return page

    def parent(self, member, kind, language):
        return self.members[member]["sections"][(language, kind)]

    def add_child(self, plan):
        """The ordinary Wagtail way (used for the first pages, to measure it)."""
        from django.db import transaction

        written = 0
        with transaction.atomic():
            for member, kind, language, fields in plan:
                parent = self.parent(member, kind, language)
                parent.refresh_from_db(fields=["numchild", "path", "depth", "url_path"])
                page = self.instance(member, kind, language, fields)
                parent.add_child(instance=page)
                written += 1
        return written

    def bulk(self, plan, batch=500):
        """Tree paths as treebeard computes them, rows inserted a batch at a time."""
        from django.db import connection, transaction
        from wagtail.models import Page

        page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
        next_step, parents = {}, {}
        pending, written = [], 0

        def flush():
            nonlocal written
            by_model = {}
            for page in pending:
                by_model.setdefault(type(page), []).append(page)
            with transaction.atomic():
                rows = Page._base_manager._insert(
                    pending,
                    fields=page_fields,
                    returning_fields=Page._meta.db_returning_fields,
                    using=connection.alias,
                )
                for page, row in zip(pending, rows, strict=True):
                    page.pk = page.id = page.page_ptr_id = row[0]
                for model, pages in by_model.items():
                    model._base_manager._insert(
                        pages, fields=model._meta.local_concrete_fields, using=connection.alias
                    )
            written += len(pending)
            pending.clear()

        from django.contrib.contenttypes.models import ContentType

        for member, kind, language, fields in plan:
            parent = self.parent(member, kind, language)
            if parent.pk not in next_step:
                parent.refresh_from_db(fields=["numchild", "path", "depth", "url_path"])
                next_step[parent.pk] = parent.numchild + 1
                parents[parent.pk] = parent
            page = self.instance(member, kind, language, fields)
            step = next_step[parent.pk]
            next_step[parent.pk] += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = ContentType.objects.get_for_model(type(page))
            pending.append(page)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        with transaction.atomic():
            for pk in parents:
                Page.objects.filter(pk=pk).update(numchild=next_step[pk] - 1)
        return written
