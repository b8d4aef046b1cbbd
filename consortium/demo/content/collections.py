"""The demo's collections: saved searches an editor would make for parents and teachers."""

COLLECTIONS = [
    {
        "slug": "free-technical-10-12",
        "title_ru": "Бесплатные технические программы для 10–12 лет",
        "title_en": "Free technical programs for ages 10 to 12",
        "summary_ru": "Всё техническое и бесплатное для детей от десяти до двенадцати лет, "
        "во всех организациях консорциума.",
        "summary_en": "Every free technical program for children of ten to twelve, "
        "across the consortium.",
        "criteria": {
            "types": ["program"],
            "payments": ["free"],
            "age_from": 10,
            "age_to": 12,
            "sort": "relevance",
        },
        "focuses": ["technical"],
    },
    {
        "slug": "open-competitions",
        "title_ru": "Конкурсы, на которые можно записаться",
        "title_en": "Competitions you can still enter",
        "summary_ru": "Олимпиады и конкурсы с открытой регистрацией, ближайшие сверху.",
        "summary_en": "Olympiads and contests whose registration is open, soonest first.",
        "criteria": {"types": ["competition"], "registration_open": True, "sort": "soonest"},
        "focuses": [],
    },
]
