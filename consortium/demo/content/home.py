"""Demo text of the consortium home page and its "about" page."""

HOME = {
    "title_ru": "Консорциум",
    "title_en": "Consortium",
    "summary_ru": (
        "Университеты, инженерные школы, технопарки «Кванториум», IT-кубы и кружки "
        "в одной сети дополнительного образования для школьников."
    ),
    "summary_en": (
        "Universities, engineering schools, Quantorium technoparks, IT-cubes and clubs "
        "in one network of additional education for schoolchildren."
    ),
    "intro_ru": (
        "Мы объединяем Дома научной коллаборации при университетах, школы инженерно-"
        "технологического консорциума, детские технопарки и кружки НТИ. Здесь можно подобрать "
        "программу для ребёнка по возрасту и направлению, записаться на лекцию учёного или "
        "найти олимпиаду, регистрация на которую ещё открыта."
    ),
    "intro_en": (
        "We bring together the Houses of Scientific Collaboration at universities, the schools "
        "of the engineering and technology consortium, children's technoparks and NTI clubs. "
        "Find a program for your child by age and direction, sign up for a scientist's lecture "
        "or pick an olympiad whose registration is still open."
    ),
}

ABOUT = {
    "slug": "about",
    "title_ru": "О консорциуме",
    "title_en": "About the consortium",
    "summary_ru": "Кто входит в консорциум и как участники публикуют свои программы.",
    "summary_en": "Who belongs to the consortium and how members publish their programs.",
    "body_ru": [
        "Консорциум — добровольное объединение образовательных организаций разных уровней и их "
        "партнёров. Каждый участник ведёт свой раздел сайта: профиль, программы, лекции, "
        "конкурсы и новости.",
        "Любая публикация проходит двухступенчатую проверку: сначала её утверждает "
        "ответственный сотрудник самого участника, затем модератор консорциума. Только после "
        "этого страница становится видна посетителям.",
    ],
    "body_en": [
        "The consortium is a voluntary association of educational institutions of every level "
        "and their partners. Each member keeps its own part of the site: its profile, programs, "
        "lectures, competitions and news.",
        "Every publication is reviewed twice: first by the member's own approver, then by a "
        "consortium moderator. Only then does the page become visible to visitors.",
    ],
}
