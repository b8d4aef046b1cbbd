"""Demo vocabularies: the six official focuses, the 13 Quantorium quanta and other profiles,
regions and cities, networks, people and venues. Facts from the seed documents; text ours."""

# (slug, Russian, English)
FOCUSES = [
    ("technical", "Техническая", "Technical"),
    ("natural-science", "Естественнонаучная", "Natural science"),
    ("arts", "Художественная", "Arts"),
    ("sports", "Физкультурно-спортивная", "Physical culture and sports"),
    ("tourism", "Туристско-краеведческая", "Tourism and local history"),
    ("social-humanitarian", "Социально-гуманитарная", "Social and humanitarian"),
]

# (slug, focus slug, Russian, English, is a Quantorium quantum)
PROFILES = [
    ("auto", "technical", "Автоквантум", "Auto quantum", True),
    ("aero", "technical", "Аэроквантум", "Aero quantum", True),
    ("bio", "natural-science", "Биоквантум", "Bio quantum", True),
    ("geo", "natural-science", "Геоквантум", "Geo quantum", True),
    ("space", "technical", "Космоквантум", "Space quantum", True),
    ("nano", "natural-science", "Наноквантум", "Nano quantum", True),
    ("industrial-design", "technical", "Промдизайнквантум", "Industrial design quantum", True),
    ("robotics", "technical", "Робоквантум", "Robotics quantum", True),
    ("it", "technical", "IT-квантум", "IT quantum", True),
    ("energy", "technical", "Энерджиквантум", "Energy quantum", True),
    ("neuro", "natural-science", "Нейроквантум", "Neuro quantum", True),
    ("laser", "technical", "Лазерквантум", "Laser quantum", True),
    ("vr-ar", "technical", "VR/AR-квантум", "VR/AR quantum", True),
    ("genetic-engineering", "natural-science", "Генная инженерия", "Genetic engineering", False),
    ("neurorobotics", "technical", "Нейроробототехника", "Neurorobotics", False),
    ("web-programming", "technical", "Веб-программирование", "Web programming", False),
    ("quadcopters", "technical", "Квадрокоптеры", "Quadcopters", False),
    ("3d-modelling", "technical", "3D-моделирование", "3D modelling", False),
    (
        "autonomous-transport",
        "technical",
        "Автономные транспортные системы",
        "Autonomous transport systems",
        False,
    ),
    (
        "big-data",
        "technical",
        "Большие данные и машинное обучение",
        "Big data and machine learning",
        False,
    ),
    ("computer-graphics", "arts", "Компьютерная графика", "Computer graphics", False),
    ("media", "social-humanitarian", "Медиа и журналистика", "Media and journalism", False),
    (
        "culture-of-peoples",
        "social-humanitarian",
        "Культура народов России",
        "Cultures of the peoples of Russia",
        False,
    ),
    ("local-history", "tourism", "Краеведение", "Local history", False),
    ("orienteering", "sports", "Спортивное ориентирование", "Orienteering", False),
]

# (slug, Russian, English, federal district)
REGIONS = [
    ("moscow", "Москва", "Moscow", "central"),
    ("moscow-oblast", "Московская область", "Moscow Oblast", "central"),
    ("saint-petersburg", "Санкт-Петербург", "Saint Petersburg", "northwestern"),
    ("leningrad-oblast", "Ленинградская область", "Leningrad Oblast", "northwestern"),
    ("tatarstan", "Республика Татарстан", "Republic of Tatarstan", "volga"),
    ("novosibirsk-oblast", "Новосибирская область", "Novosibirsk Oblast", "siberian"),
    ("lipetsk-oblast", "Липецкая область", "Lipetsk Oblast", "central"),
    ("chelyabinsk-oblast", "Челябинская область", "Chelyabinsk Oblast", "ural"),
    ("irkutsk-oblast", "Иркутская область", "Irkutsk Oblast", "siberian"),
    ("tyumen-oblast", "Тюменская область", "Tyumen Oblast", "ural"),
    ("belgorod-oblast", "Белгородская область", "Belgorod Oblast", "central"),
    ("sverdlovsk-oblast", "Свердловская область", "Sverdlovsk Oblast", "ural"),
    ("primorsky-krai", "Приморский край", "Primorsky Krai", "far_eastern"),
]

# (slug, region slug, Russian, English)
CITIES = [
    ("moscow", "moscow", "Москва", "Moscow"),
    ("korolyov", "moscow-oblast", "Королёв", "Korolyov"),
    ("saint-petersburg", "saint-petersburg", "Санкт-Петербург", "Saint Petersburg"),
    ("kudrovo", "leningrad-oblast", "Кудрово", "Kudrovo"),
    ("kazan", "tatarstan", "Казань", "Kazan"),
    ("novosibirsk", "novosibirsk-oblast", "Новосибирск", "Novosibirsk"),
    ("lipetsk", "lipetsk-oblast", "Липецк", "Lipetsk"),
    ("chelyabinsk", "chelyabinsk-oblast", "Челябинск", "Chelyabinsk"),
    ("irkutsk", "irkutsk-oblast", "Иркутск", "Irkutsk"),
    ("tyumen", "tyumen-oblast", "Тюмень", "Tyumen"),
    ("belgorod", "belgorod-oblast", "Белгород", "Belgorod"),
    ("yekaterinburg", "sverdlovsk-oblast", "Екатеринбург", "Yekaterinburg"),
    ("vladivostok", "primorsky-krai", "Владивосток", "Vladivostok"),
]

# (slug, Russian, English)
NETWORKS = [
    (
        "dnk",
        "Консорциум Домов научной коллаборации",
        "Consortium of Houses of Scientific Collaboration",
    ),
    (
        "quantorium",
        "Сеть детских технопарков «Кванториум»",
        "Quantorium network of children's technoparks",
    ),
    ("kruzhok", "Кружковое движение НТИ", "NTI Kruzhok movement"),
    (
        "engineering-schools",
        "Консорциум школьного инженерно-технологического образования",
        "Consortium for School Engineering and Technology Education",
    ),
    ("rukami", "Проект «Руками»", "Rukami project"),
]
