"""The synthetic consortium's words: topics, title suffixes, event labels, the rare word,
the regions beyond the demo's, and sentences drawn from the demo content by a Zipf law."""

import re

# Topics in order of frequency (a Zipf law over the list): the first ones end up in thousands of
# pages, the last ones in a few hundred at 100,000 pages.
TOPICS = [
    ("программирование", "programming"),
    ("робототехника", "robotics"),
    ("3D-моделирование", "3D modelling"),
    ("электроника", "electronics"),
    ("конструирование", "engineering design"),
    ("химия", "chemistry"),
    ("биология", "biology"),
    ("астрономия", "astronomy"),
    ("физика", "physics"),
    ("дизайн", "design"),
    ("журналистика", "journalism"),
    ("экология", "ecology"),
    ("краеведение", "local history"),
    ("беспилотники", "drones"),
    ("искусственный интеллект", "artificial intelligence"),
    ("машинное обучение", "machine learning"),
    ("генетика", "genetics"),
    ("микроскопия", "microscopy"),
    ("картография", "cartography"),
    ("энергетика", "energy"),
    ("лазерные технологии", "laser technology"),
    ("виртуальная реальность", "virtual reality"),
    ("анимация", "animation"),
    ("шахматы", "chess"),
    ("спортивное ориентирование", "orienteering"),
    ("фотография", "photography"),
    ("нанотехнологии", "nanotechnology"),
    ("космонавтика", "spaceflight"),
    ("нейротехнологии", "neurotechnology"),
    ("схемотехника", "circuit design"),
]
SUFFIXES_RU = [
    "для начинающих",
    "продвинутый курс",
    "группа выходного дня",
    "летняя школа",
    "онлайн-курс",
    "проектная мастерская",
    "олимпиадная подготовка",
    "стартовый уровень",
]
SUFFIXES_EN = [
    "for beginners",
    "advanced course",
    "weekend group",
    "summer school",
    "online course",
    "project workshop",
    "olympiad training",
    "starter level",
]
EVENT_LABELS = {  # event type: weight, Russian and English label in titles
    "lecture": (45, "Лекция", "Lecture"),
    "workshop": (12, "Практикум", "Workshop"),
    "master_class": (15, "Мастер-класс", "Master class"),
    "seminar": (8, "Семинар", "Seminar"),
    "festival": (3, "Фестиваль", "Festival"),
    "hackathon": (5, "Хакатон", "Hackathon"),
    "open_day": (7, "День открытых дверей", "Open day"),
    "broadcast": (5, "Трансляция", "Broadcast"),
}
# A word put deliberately into one page in 5,000: the "rare word" query.
RARE_EVERY = 5000
RARE_RU = "Отдельное занятие посвящено квасоварению и ферментации."
RARE_EN = "One session is devoted to fermentation and kvass brewing."
EXTRA_REGIONS = [  # beyond the demo's thirteen: (slug, Russian, English, district, city ru, en)
    (
        "nizhny-novgorod-oblast",
        "Нижегородская область",
        "Nizhny Novgorod Oblast",
        "volga",
        "Нижний Новгород",
        "Nizhny Novgorod",
    ),
    ("samara-oblast", "Самарская область", "Samara Oblast", "volga", "Самара", "Samara"),
    (
        "rostov-oblast",
        "Ростовская область",
        "Rostov Oblast",
        "southern",
        "Ростов-на-Дону",
        "Rostov-on-Don",
    ),
    (
        "krasnodar-krai",
        "Краснодарский край",
        "Krasnodar Krai",
        "southern",
        "Краснодар",
        "Krasnodar",
    ),
    ("perm-krai", "Пермский край", "Perm Krai", "volga", "Пермь", "Perm"),
    ("tomsk-oblast", "Томская область", "Tomsk Oblast", "siberian", "Томск", "Tomsk"),
    (
        "khabarovsk-krai",
        "Хабаровский край",
        "Khabarovsk Krai",
        "far_eastern",
        "Хабаровск",
        "Khabarovsk",
    ),
    (
        "kaliningrad-oblast",
        "Калининградская область",
        "Kaliningrad Oblast",
        "northwestern",
        "Калининград",
        "Kaliningrad",
    ),
    (
        "bashkortostan",
        "Республика Башкортостан",
        "Republic of Bashkortostan",
        "volga",
        "Уфа",
        "Ufa",
    ),
    ("voronezh-oblast", "Воронежская область", "Voronezh Oblast", "central", "Воронеж", "Voronezh"),
]
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentences(texts):
    found = []
    for text in texts:
        for sentence in SENTENCE_END.split(" ".join(str(text).split())):
            if len(sentence) > 20 and sentence not in found:
                found.append(sentence)
    return found


def demo_texts(
    records,
    language,
    keys=("summary", "goals", "results", "body", "special_needs", "benefits", "prizes"),
):
    texts = []
    for record in records:
        for key in keys:
            value = record.get(f"{key}_{language}")
            if isinstance(value, list | tuple):
                texts.extend(value)
            elif value:
                texts.append(value)
    return texts


class ZipfChoice:
    """Draws items with a Zipf–Mandelbrot law over a shuffled order: a few items are very
    common, the long tail rare."""

    def __init__(self, rng, items, exponent=1.0, offset=2.0, shuffle=True):
        self.rng = rng
        self.items = list(items)
        if shuffle:
            rng.shuffle(self.items)
        weights = [1 / (rank + offset) ** exponent for rank in range(len(self.items))]
        total, running = sum(weights), 0.0
        self.cumulative = []
        for weight in weights:
            running += weight
            self.cumulative.append(running / total)

    def __call__(self, k=1):
        return self.rng.choices(self.items, cum_weights=self.cumulative, k=k)


class Vocabulary:
    def __init__(self, rng):
        from consortium.demo.content import competitions, events, members, news, programs

        self.rng = rng
        self.pools = {}
        for language in ("ru", "en"):
            self.pools[language] = {
                "program": ZipfChoice(
                    rng,
                    sentences(
                        demo_texts([*programs.PROGRAMS, *competitions.COMPETITIONS], language)
                    ),
                    exponent=1.1,
                    offset=10,
                ),
                "event": ZipfChoice(
                    rng, sentences(demo_texts(events.EVENTS, language)), exponent=1.1, offset=10
                ),
                "news": ZipfChoice(
                    rng,
                    sentences(demo_texts([*news.NEWS, *members.INSTITUTIONS], language)),
                    exponent=1.1,
                    offset=10,
                ),
            }
        self.titles = {
            "program": [(p["title_ru"], p["title_en"]) for p in programs.PROGRAMS],
            "event": [(e["title_ru"], e["title_en"]) for e in events.EVENTS],
            "news": [(n["title_ru"], n["title_en"]) for n in news.NEWS],
        }
        self.topics = ZipfChoice(rng, range(len(TOPICS)), exponent=1.0, offset=1, shuffle=False)
        self.institutions = members.INSTITUTIONS

    def topic_pair(self):
        first, second = self.topics(2)
        if second == first:
            second = (first + 1 + self.rng.randrange(len(TOPICS) - 1)) % len(TOPICS)
        return TOPICS[first], TOPICS[second]

    def paragraphs(self, kind, language, count):
        pool = self.pools[language][kind]
        return [" ".join(pool(self.rng.randint(2, 3))) for _ in range(count)]
