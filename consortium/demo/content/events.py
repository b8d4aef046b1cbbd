"""Demo events: speakers, extra venues, event series (the Scientific Kaleidoscope science
week, a Kruzhok festival, a Rukami weekend) and the events of the member institutions.

Dates are offsets: `days` from today, `science_week_day` from the next 8 February (the Day
of Russian Science); `start` is local time in `time_zone`. Facts from the seed documents;
every sentence is ours."""

PEOPLE = [
    {
        "slug": "speaker-anna-belova",
        "name_ru": "Анна Белова",
        "name_en": "Anna Belova",
        "position_ru": (
            "Кандидат биологических наук, руководитель направления «Генная инженерия» Дома "
            "научной коллаборации имени Исаева"
        ),
        "position_en": (
            "PhD in biology, head of the genetic engineering track at the Isaev House of "
            "Scientific Collaboration"
        ),
    },
    {
        "slug": "speaker-viktor-shestakov",
        "name_ru": "Виктор Шестаков",
        "name_en": "Viktor Shestakov",
        "position_ru": (
            "Инженер-испытатель ракетных двигателей, приглашённый лектор ЛЕОНОВ университета"
        ),
        "position_en": "Rocket engine test engineer, visiting lecturer at LEONOV University",
    },
    {
        "slug": "speaker-dmitry-sokolov",
        "name_ru": "Дмитрий Соколов",
        "name_en": "Dmitry Sokolov",
        "position_ru": (
            "Доцент кафедры информационных технологий ЛЕОНОВ университета, специалист по "
            "компьютерной графике"
        ),
        "position_en": (
            "Associate professor of information technology at LEONOV University, computer "
            "graphics specialist"
        ),
    },
    {
        "slug": "speaker-rustem-gaynullin",
        "name_ru": "Рустем Гайнуллин",
        "name_en": "Rustem Gaynullin",
        "position_ru": (
            "Инженер-конструктор, преподаватель 3D-моделирования Казанского Дома научной "
            "коллаборации"
        ),
        "position_en": (
            "Design engineer, 3D modelling teacher at the Kazan House of Scientific Collaboration"
        ),
    },
    {
        "slug": "speaker-lilia-zaripova",
        "name_ru": "Лилия Зарипова",
        "name_en": "Lilia Zaripova",
        "position_ru": "Молекулярный биолог, младший научный сотрудник Казанского университета",
        "position_en": "Molecular biologist, junior researcher at Kazan University",
    },
    {
        "slug": "speaker-alsu-khabibullina",
        "name_ru": "Алсу Хабибуллина",
        "name_en": "Alsu Khabibullina",
        "position_ru": "Этнограф, старший научный сотрудник Казанского университета",
        "position_en": "Ethnographer, senior researcher at Kazan University",
    },
    {
        "slug": "speaker-igor-zakharov",
        "name_ru": "Игорь Захаров",
        "name_en": "Igor Zakharov",
        "position_ru": (
            "Нейрофизиолог, руководитель лаборатории нейроробототехники Новосибирского Дома "
            "научной коллаборации"
        ),
        "position_en": (
            "Neurophysiologist, head of the neurorobotics lab at the Novosibirsk House of "
            "Scientific Collaboration"
        ),
    },
    {
        "slug": "speaker-olga-tarasova",
        "name_ru": "Ольга Тарасова",
        "name_en": "Olga Tarasova",
        "position_ru": "Биоинформатик, старший преподаватель Новосибирского университета",
        "position_en": "Bioinformatician, senior lecturer at Novosibirsk University",
    },
    {
        "slug": "speaker-marina-lebedeva",
        "name_ru": "Марина Лебедева",
        "name_en": "Marina Lebedeva",
        "position_ru": (
            "Заместитель директора по научно-методической работе Инженерно-технологической школы "
            "№ 777"
        ),
        "position_en": (
            "Deputy head for teaching methods, Engineering and Technology School No. 777"
        ),
    },
    {
        "slug": "speaker-pavel-kuznetsov",
        "name_ru": "Павел Кузнецов",
        "name_en": "Pavel Kuznetsov",
        "position_ru": "Инженер по 3D-сканированию и цифровому производству, Top 3D Shop",
        "position_en": "3D scanning and digital manufacturing engineer, Top 3D Shop",
    },
    {
        "slug": "speaker-ekaterina-volkova",
        "name_ru": "Екатерина Волкова",
        "name_en": "Ekaterina Volkova",
        "position_ru": (
            "Наставник Кружкового движения НТИ, руководитель клуба юных инженеров в Екатеринбурге"
        ),
        "position_en": (
            "NTI Kruzhok movement mentor, leader of a young engineers' club in Yekaterinburg"
        ),
    },
    {
        "slug": "speaker-artem-nikitin",
        "name_ru": "Артём Никитин",
        "name_en": "Artyom Nikitin",
        "position_ru": "Педагог дополнительного образования Аэроквантума, Челябинский Кванториум",
        "position_en": "Aero quantum teacher, Chelyabinsk Quantorium",
    },
    {
        "slug": "speaker-svetlana-orlova",
        "name_ru": "Светлана Орлова",
        "name_en": "Svetlana Orlova",
        "position_ru": (
            "Методист ресурсного центра «Руками», куратор программы обмена практиками для "
            "организаторов кружков"
        ),
        "position_en": (
            "Methodologist at the Rukami resource centre, curator of the practice exchange "
            "programme for club organisers"
        ),
    },
    {
        "slug": "speaker-yulia-melnikova",
        "name_ru": "Юлия Мельникова",
        "name_en": "Yulia Melnikova",
        "position_ru": "Педагог Геоквантума, Иркутский Кванториум",
        "position_en": "Geo quantum teacher, Irkutsk Quantorium",
    },
    {
        "slug": "speaker-kirill-pak",
        "name_ru": "Кирилл Пак",
        "name_en": "Kirill Pak",
        "position_ru": "Инженер подводной робототехники, наставник кружка во Владивостоке",
        "position_en": "Underwater robotics engineer, club mentor in Vladivostok",
    },
    {
        "slug": "speaker-maxim-gerasimov",
        "name_ru": "Максим Герасимов",
        "name_en": "Maxim Gerasimov",
        "position_ru": "Руководитель центра цифрового образования детей «IT-куб» в Белгороде",
        "position_en": "Head of the IT-cube digital education centre in Belgorod",
    },
]

VENUES = [
    {
        "slug": "venue-yekaterinburg-youth-tech-house",
        "city": "yekaterinburg",
        "name_ru": "Дом молодёжи и технологий",
        "name_en": "House of Youth and Technology",
        "address_ru": "Екатеринбург, проспект Ленина, 50",
        "address_en": "50 Lenina Avenue, Yekaterinburg",
        "latitude": 56.83921,
        "longitude": 60.6145,
    },
    {
        "slug": "venue-korolyov-orbita-hall",
        "city": "korolyov",
        "name_ru": "Городской лекторий «Орбита»",
        "name_en": "Orbita city lecture hall",
        "address_ru": "Королёв, проспект Космонавтов, 22",
        "address_en": "22 Kosmonavtov Avenue, Korolyov",
        "latitude": 55.92185,
        "longitude": 37.84412,
    },
    {
        "slug": "venue-chelyabinsk-drone-range",
        "city": "chelyabinsk",
        "name_ru": "Учебный полигон беспилотных систем у Шершнёвского водохранилища",
        "name_en": "Drone training range by the Shershni reservoir",
        "address_ru": "Челябинск, Краснопольский проспект, учебный полигон",
        "address_en": "Training range, Krasnopolsky Avenue, Chelyabinsk",
        "latitude": 55.1704,
        "longitude": 61.2629,
    },
    {
        "slug": "venue-vladivostok-marine-hall",
        "city": "vladivostok",
        "name_ru": "Выставочный зал «Морской фасад»",
        "name_en": "Sea Front exhibition hall",
        "address_ru": "Владивосток, Корабельная набережная, 10",
        "address_en": "10 Korabelnaya Embankment, Vladivostok",
        "latitude": 43.1136,
        "longitude": 131.8881,
    },
]

SERIES = [
    {
        "slug": "scientific-kaleidoscope",
        "title_ru": "Неделя науки «Научный калейдоскоп»",
        "title_en": "Scientific Kaleidoscope science week",
        "summary_ru": (
            "Онлайн-неделя популярной науки ко Дню российской науки: лекции, практикумы и "
            "семинары преподавателей и молодых исследователей университетов консорциума Домов "
            "научной коллаборации."
        ),
        "summary_en": (
            "An online week of popular science for the Day of Russian Science: lectures, hands-on "
            "sessions and seminars by lecturers and young researchers of the universities in the "
            "Houses of Scientific Collaboration consortium."
        ),
        "body_ru": [
            "8 февраля, в День российской науки, университеты консорциума Домов научной "
            "коллаборации открывают свои аудитории для школьников всей страны. Неделю вокруг "
            "праздника мы превращаем в калейдоскоп: каждый день — несколько лекций и практикумов "
            "от Королёва до Новосибирска, от биотехнологий до этнографии.",
            "Все занятия проходят онлайн, поэтому подключиться можно из любого региона: из "
            "класса, из кружка или из дома. Ссылки на трансляции есть на странице каждой лекции; "
            "время указано по часовому поясу организатора. Записи появятся после окончания "
            "недели.",
        ],
        "body_en": [
            "On 8 February, the Day of Russian Science, the universities of the Houses of "
            "Scientific Collaboration consortium open their lecture halls to school students "
            "across the country. The week around the holiday becomes a kaleidoscope: every day "
            "brings several lectures and practical sessions, from Korolyov to Novosibirsk and "
            "from biotechnology to ethnography.",
            "Every session is online, so you can join from any region: from a classroom, a club "
            "or your own kitchen table. Each lecture page carries its broadcast link, and times "
            "are given in the organiser's time zone. Recordings will follow after the week.",
        ],
        "science_week": True,
    },
    {
        "slug": "kruzhok-festival-urals",
        "title_ru": "Уральский фестиваль идей и технологий Кружкового движения",
        "title_en": "Urals Festival of Ideas and Technologies of the Kruzhok Movement",
        "summary_ru": (
            "Три дня воркшопов, мастер-классов и выставки технологических проектов в "
            "Екатеринбурге для школьников, студентов и наставников кружков."
        ),
        "summary_en": (
            "Three days of workshops, master classes and a technology project exhibition in "
            "Yekaterinburg for school students, university students and club mentors."
        ),
        "body_ru": [
            "Фестиваль продолжает традицию, начатую к столетию кружкового движения в России, "
            "когда фестивали идей и технологий прошли сразу в девяти регионах. Задача прежняя: "
            "собрать вместе тех, кто любит мастерить, программировать и изобретать, и показать, "
            "что технологии — это не только про заводы и лаборатории, но и про каждый двор и "
            "класс.",
            "В программе — открытие с выставкой проектов уральских кружков, воркшопы по дронам и "
            "микроэлектронике, мастер-класс по пайке для новичков и сессия наставников, на "
            "которой наградят лучших руководителей кружков региона. Вход свободный, на воркшопы "
            "нужна регистрация: места ограничены.",
        ],
        "body_en": [
            "The festival continues the tradition begun for the centenary of the Kruzhok movement "
            "in Russia, when festivals of ideas and technologies took place in nine regions at "
            "once. The goal is unchanged: to bring together people who like to build, code and "
            "invent, and to show that technology belongs not only to factories and laboratories "
            "but to every classroom.",
            "The programme opens with an exhibition of projects from Urals clubs, followed by "
            "workshops on drones and microelectronics, a soldering master class for beginners and "
            "a mentors' session where the region's best club leaders receive awards. Entry is "
            "free; workshops need registration because places are limited.",
        ],
        "start_days": 24,
        "end_days": 26,
    },
    {
        "slug": "rukami-maker-weekend",
        "title_ru": "Выходные мейкеров «Руками»",
        "title_en": "Rukami Maker Weekend",
        "summary_ru": (
            "Два дня в ресурсном центре «Руками»: практики для организаторов кружков и открытые "
            "мастерские для всех, кто хочет сделать вещь своими руками."
        ),
        "summary_en": (
            "Two days at the Rukami resource centre: sessions for club organisers and open "
            "workshops for anyone who wants to make something by hand."
        ),
        "body_ru": [
            "Выходные мейкеров — короткий формат большого фестиваля «Руками». В субботу "
            "организаторы кружков обмениваются опытом, в воскресенье мастерская открыта для "
            "школьников и их родителей.",
            "Записи занятий опубликованы на страницах событий: их можно использовать как готовые "
            "материалы для собственного кружка.",
        ],
        "body_en": [
            "The Maker Weekend is a compact version of the big Rukami festival. On Saturday club "
            "organisers swap experience; on Sunday the workshop is open to school students and "
            "their parents.",
            "Recordings of the sessions are on the event pages and can serve as ready-made "
            "material for your own club.",
        ],
        "start_days": -46,
        "end_days": -45,
    },
]

EVENTS = [
    # Series: Scientific Kaleidoscope science week
    {
        "slug": "kaleidoscope-opening",
        "member": "isaev-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "science_week",
        "title_ru": "Открытие недели науки «Научный калейдоскоп»",
        "title_en": "Opening of the Scientific Kaleidoscope science week",
        "summary_ru": (
            "Прямой эфир из Королёва: организаторы рассказывают о программе недели, а молодые "
            "исследователи — о том, чем они заняты в лабораториях."
        ),
        "summary_en": (
            "A live broadcast from Korolyov: the organisers present the week's programme and "
            "young researchers talk about their work in the lab."
        ),
        "body_ru": [
            "Неделю открывает Дом научной коллаборации имени Исаева. За час ведущие пройдутся по "
            "расписанию, покажут, как подключаться к лекциям других университетов, и дадут слово "
            "аспирантам, которые сами недавно пришли в науку из школьных кружков.",
        ],
        "body_en": [
            "The Isaev House of Scientific Collaboration opens the week. In one hour the hosts "
            "walk through the schedule, show how to join lectures of the other universities and "
            "hand the microphone to postgraduates who came to science from school clubs not long "
            "ago.",
        ],
        "science_week_day": -3,
        "start": "11:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/kaleidoscope-opening",
        "recording_url": "",
        "speakers": ["speaker-anna-belova", "speaker-viktor-shestakov"],
        "profile": None,
        "age_from": 10,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "biotechnology-kitchen-to-clinic",
        "member": "isaev-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Биотехнологии: от кухни до клиники",
        "title_en": "Biotechnology: from the kitchen to the clinic",
        "summary_ru": (
            "Кефир, инсулин и стиральный порошок с ферментами: как микроорганизмы стали работать "
            "на человека и чем занимается биотехнолог."
        ),
        "summary_en": (
            "Kefir, insulin and washing powder with enzymes: how microorganisms came to work for "
            "people and what a biotechnologist actually does."
        ),
        "body_ru": [
            "Анна Белова начнёт с привычных продуктов из холодильника и шаг за шагом дойдёт до "
            "лекарств, которые сегодня производят генно-модифицированные бактерии. Отдельная "
            "часть лекции — о том, какие задачи решают школьники на занятиях по генной инженерии "
            "в Доме научной коллаборации.",
            "После лекции — ответы на вопросы из чата трансляции.",
        ],
        "body_en": [
            "Anna Belova starts with familiar things from the fridge and works her way to "
            "medicines that genetically modified bacteria produce today. Part of the lecture "
            "covers the problems school students tackle in genetic engineering classes at the "
            "House of Scientific Collaboration.",
            "Questions from the broadcast chat are answered at the end.",
        ],
        "science_week_day": -3,
        "start": "13:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/biotechnology-kitchen-to-clinic",
        "recording_url": "",
        "speakers": ["speaker-anna-belova"],
        "profile": "bio",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "how-a-rocket-engine-works",
        "member": "isaev-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Как работает жидкостный ракетный двигатель",
        "title_en": "How a liquid-propellant rocket engine works",
        "summary_ru": (
            "Камера сгорания, сопло и турбонасос на пальцах: лекция инженера-испытателя в городе, "
            "где проектировали двигатели для первых космических ракет."
        ),
        "summary_en": (
            "Combustion chamber, nozzle and turbopump made simple: a test engineer speaks from "
            "the city where engines for the first space rockets were designed."
        ),
        "body_ru": [
            "Виктор Шестаков больше двадцати лет провёл на испытательных стендах. Он объяснит, "
            "почему ракетное топливо хранят при минус ста восьмидесяти градусах, зачем двигателю "
            "собственная турбина и что инженеры ищут в записях датчиков после каждого запуска.",
            "Лекция рассчитана на старшеклассников, знакомых с законами Ньютона; формул будет "
            "немного.",
        ],
        "body_en": [
            "Viktor Shestakov has spent more than twenty years at test stands. He will explain "
            "why rocket propellant is stored at minus one hundred and eighty degrees, why an "
            "engine needs its own turbine and what engineers look for in sensor logs after each "
            "firing.",
            "The lecture is aimed at older students who know Newton's laws; there will be few "
            "formulas.",
        ],
        "science_week_day": -2,
        "start": "14:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/how-a-rocket-engine-works",
        "recording_url": "",
        "speakers": ["speaker-viktor-shestakov"],
        "profile": "space",
        "age_from": 14,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "3d-modelling-sketch-to-print",
        "member": "kazan-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "3D-моделирование: от эскиза до напечатанной детали",
        "title_en": "3D modelling: from a sketch to a printed part",
        "summary_ru": (
            "Как инженер превращает рисунок на салфетке в модель, а модель — в деталь, которую "
            "можно взять в руки. С примерами школьных проектов Казанского ДНК."
        ),
        "summary_en": (
            "How an engineer turns a napkin sketch into a model and the model into a part you can "
            "hold. With examples of school projects from the Kazan House."
        ),
        "body_ru": [
            "Рустем Гайнуллин покажет весь путь детали: эскиз, параметрическая модель, проверка "
            "на прочность, подготовка к печати и постобработка. Разберём типичные ошибки "
            "начинающих — от слишком тонких стенок до забытых допусков на сборку.",
        ],
        "body_en": [
            "Rustem Gaynullin follows a part all the way: sketch, parametric model, strength "
            "check, print preparation and finishing. We will look at beginners' usual mistakes, "
            "from walls that are too thin to forgotten assembly tolerances.",
        ],
        "science_week_day": -2,
        "start": "16:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/3d-modelling-sketch-to-print",
        "recording_url": "",
        "speakers": ["speaker-rustem-gaynullin"],
        "profile": "3d-modelling",
        "age_from": 11,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "neurointerfaces-brain-controls-robot",
        "member": "novosibirsk-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Нейроинтерфейсы: как мозг управляет роботом",
        "title_en": "Neural interfaces: how the brain controls a robot",
        "summary_ru": (
            "Что такое электроэнцефалограмма, можно ли по ней угадать мысль и как школьники "
            "Новосибирска собирают манипулятор, управляемый усилием воли. Начало в 11:00 по "
            "Москве."
        ),
        "summary_en": (
            "What an EEG is, whether it can reveal a thought, and how Novosibirsk students build "
            "a robotic arm driven by intention. Starts at 11:00 Moscow time."
        ),
        "body_ru": [
            "Игорь Захаров расскажет, какие сигналы мозга можно снять без операции, почему они "
            "такие «шумные» и как алгоритмы машинного обучения отделяют команду от случайного "
            "моргания. В прямом эфире — демонстрация из лаборатории нейроробототехники.",
        ],
        "body_en": [
            "Igor Zakharov explains which brain signals can be recorded without surgery, why they "
            "are so noisy and how machine-learning algorithms tell a command from a random blink. "
            "A live demonstration from the neurorobotics lab is part of the broadcast.",
        ],
        "science_week_day": -1,
        "start": "15:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Novosibirsk",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/neurointerfaces-brain-controls-robot",
        "recording_url": "",
        "speakers": ["speaker-igor-zakharov"],
        "profile": "neurorobotics",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "computer-graphics-frame-birth",
        "member": "leonov-university",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Как рождается кадр: компьютерная графика в кино и играх",
        "title_en": "How a frame is born: computer graphics in films and games",
        "summary_ru": (
            "Полигоны, текстуры, освещение и рендер: что происходит внутри компьютера, прежде чем "
            "мы увидим на экране мультфильм или игровую сцену."
        ),
        "summary_en": (
            "Polygons, textures, lighting and rendering: what happens inside the computer before "
            "a cartoon or a game scene reaches the screen."
        ),
        "body_ru": [
            "Дмитрий Соколов разберёт один кадр анимационного фильма по слоям и покажет, сколько "
            "математики спрятано в шерсти персонажа или отражении в луже. В конце — советы, с "
            "каких бесплатных программ начать и какие направления подготовки выбрать после школы.",
        ],
        "body_en": [
            "Dmitry Sokolov takes one frame of an animated film apart layer by layer and shows "
            "how much mathematics hides in a character's fur or a reflection in a puddle. He "
            "finishes with advice on free software to start with and university courses to "
            "consider.",
        ],
        "science_week_day": -1,
        "start": "17:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/computer-graphics-frame-birth",
        "recording_url": "",
        "speakers": ["speaker-dmitry-sokolov"],
        "profile": "computer-graphics",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "volga-peoples-cultures",
        "member": "kazan-university",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Культура народов Поволжья: орнамент, язык, праздник",
        "title_en": "Cultures of the Volga peoples: ornament, language and festival",
        "summary_ru": (
            "Почему у татар, чувашей, марийцев и мордвы похожие праздники и разные узоры: "
            "этнограф о том, как соседство народов отражается в вещах и словах."
        ),
        "summary_en": (
            "Why Tatars, Chuvash, Mari and Mordvins share festivals but not patterns: an "
            "ethnographer on how neighbouring peoples leave traces in objects and words."
        ),
        "body_ru": [
            "Алсу Хабибуллина покажет экспонаты из экспедиций последних лет: вышивку, праздничную "
            "утварь, записи песен. Слушатели узнают, как этнограф работает в поле и как школьный "
            "краеведческий проект может стать частью настоящего научного архива.",
        ],
        "body_en": [
            "Alsu Khabibullina shows finds from recent expeditions: embroidery, festive tableware "
            "and song recordings. Listeners learn how an ethnographer works in the field and how "
            "a school local-history project can become part of a real scientific archive.",
        ],
        "science_week_day": 0,
        "start": "12:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/volga-peoples-cultures",
        "recording_url": "",
        "speakers": ["speaker-alsu-khabibullina"],
        "profile": "culture-of-peoples",
        "age_from": 10,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "bioinformatics-reading-genome",
        "member": "novosibirsk-university",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Биоинформатика: как прочитать геном с помощью компьютера",
        "title_en": None,
        "summary_ru": (
            "Три миллиарда букв в одной клетке: как программисты помогают биологам находить гены "
            "и почему для этого не нужен суперкомпьютер. Начало в 12:00 по Москве."
        ),
        "summary_en": "",
        "body_ru": [
            "Ольга Тарасова покажет, как выглядит «сырой» результат секвенирования, и в прямом "
            "эфире найдёт в нём ген с помощью общедоступных онлайн-инструментов. Повторить поиск "
            "сможет любой слушатель с ноутбуком.",
            "Лекция пригодится тем, кто выбирает между биологией и программированием: "
            "оказывается, выбирать не обязательно.",
        ],
        "body_en": [],
        "science_week_day": 0,
        "start": "16:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Novosibirsk",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/bioinformatics-reading-genome",
        "recording_url": "",
        "speakers": ["speaker-olga-tarasova"],
        "profile": "bio",
        "age_from": 14,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "genetic-engineering-without-myths",
        "member": "kazan-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Генная инженерия без мифов: что умеют генетические ножницы",
        "title_en": None,
        "summary_ru": (
            "Как работает система CRISPR-Cas9, чем редактирование генома отличается от фантастики "
            "и какие эксперименты доступны в школьной лаборатории."
        ),
        "summary_en": "",
        "body_ru": [
            "Лилия Зарипова разберёт самые популярные мифы о ГМО и редактировании генов и "
            "расскажет, как на самом деле выглядит рабочий день молекулярного биолога. Школьники "
            "Казанского ДНК покажут свой проект — бактерии, светящиеся в ультрафиолете.",
        ],
        "body_en": [],
        "science_week_day": 1,
        "start": "15:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/genetic-engineering-without-myths",
        "recording_url": "",
        "speakers": ["speaker-lilia-zaripova"],
        "profile": "genetic-engineering",
        "age_from": 13,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "tatar-ornament-in-3d",
        "member": "kazan-dnk",
        "series": "scientific-kaleidoscope",
        "event_type": "workshop",
        "title_ru": "Онлайн-практикум: татарский орнамент в 3D",
        "title_en": "Online practicum: a Tatar ornament in 3D",
        "summary_ru": (
            "Этнограф и инженер вместе: превращаем традиционный узор в объёмную модель брелока в "
            "бесплатной программе Blender."
        ),
        "summary_en": (
            "An ethnographer and an engineer together: we turn a traditional pattern into a 3D "
            "key-ring model in the free Blender software."
        ),
        "body_ru": [
            "Сначала Алсу Хабибуллина расскажет, что означают элементы тюльпанного орнамента, "
            "затем Рустем Гайнуллин поможет перенести выбранный мотив в 3D. Установите Blender "
            "заранее; модели участников можно будет напечатать в Казанском ДНК.",
        ],
        "body_en": [
            "First Alsu Khabibullina explains what the elements of the tulip ornament mean, then "
            "Rustem Gaynullin helps you carry the chosen motif into 3D. Please install Blender in "
            "advance; participants' models can be printed at the Kazan House.",
        ],
        "science_week_day": 1,
        "start": "17:00",
        "duration_minutes": 90,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/tatar-ornament-in-3d",
        "recording_url": "",
        "speakers": ["speaker-alsu-khabibullina", "speaker-rustem-gaynullin"],
        "profile": "3d-modelling",
        "age_from": 11,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 100,
        "registration_url": "https://register.example.org/tatar-ornament-in-3d",
        "status": "scheduled",
    },
    {
        "slug": "siberian-peoples-genetics",
        "member": "novosibirsk-university",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Гены и предания: что ДНК рассказывает о народах Сибири",
        "title_en": None,
        "summary_ru": (
            "Как генетика и этнография вместе восстанавливают маршруты переселений и почему "
            "легенды иногда оказываются точнее учебников. Начало в 10:00 по Москве."
        ),
        "summary_en": "",
        "body_ru": [
            "Ольга Тарасова сопоставит данные популяционной генетики с преданиями народов Сибири "
            "— от кетов до алтайцев — и объяснит, где наука подтверждает устную традицию, а где "
            "спорит с ней.",
        ],
        "body_en": [],
        "science_week_day": 2,
        "start": "14:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Novosibirsk",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/siberian-peoples-genetics",
        "recording_url": "",
        "speakers": ["speaker-olga-tarasova"],
        "profile": "culture-of-peoples",
        "age_from": 13,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "light-and-shadow-graphics",
        "member": "leonov-university",
        "series": "scientific-kaleidoscope",
        "event_type": "lecture",
        "title_ru": "Свет и тень: физика фотореалистичной графики",
        "title_en": None,
        "summary_ru": (
            "Трассировка лучей простыми словами: как законы оптики помогают компьютеру рисовать "
            "картинки, неотличимые от фотографии."
        ),
        "summary_en": "",
        "body_ru": [
            "Продолжение лекции о компьютерной графике. Дмитрий Соколов напишет в прямом эфире "
            "маленькую программу, которая рисует блестящий шар, и будет шаг за шагом добавлять к "
            "ней тени, отражения и мягкий свет.",
        ],
        "body_en": [],
        "science_week_day": 2,
        "start": "16:00",
        "duration_minutes": 75,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/light-and-shadow-graphics",
        "recording_url": "",
        "speakers": ["speaker-dmitry-sokolov"],
        "profile": "computer-graphics",
        "age_from": 14,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "young-researchers-round-table",
        "member": "leonov-university",
        "series": "scientific-kaleidoscope",
        "event_type": "seminar",
        "title_ru": "Молодые исследователи — школьникам: круглый стол о пути в науку",
        "title_en": (
            "Young researchers talk to school students: a round table on going into science"
        ),
        "summary_ru": (
            "Закрытие недели: аспиранты и молодые учёные из трёх городов отвечают на вопросы о "
            "профессии исследователя."
        ),
        "summary_en": (
            "The week closes with postgraduates and young scientists from three cities answering "
            "questions about a research career."
        ),
        "body_ru": [
            "Как понять, что наука — твоё? Сколько зарабатывает лаборант? Можно ли заниматься "
            "исследованиями, не уезжая из родного города? Вопросы можно прислать заранее в форме "
            "регистрации или задать в чате трансляции.",
        ],
        "body_en": [
            "How do you know science is for you? What does a lab assistant earn? Can you do "
            "research without leaving your home town? Send questions in advance with the "
            "registration form or ask them in the broadcast chat.",
        ],
        "science_week_day": 3,
        "start": "12:00",
        "duration_minutes": 90,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/young-researchers-round-table",
        "recording_url": "",
        "speakers": [
            "speaker-anna-belova",
            "speaker-igor-zakharov",
            "speaker-lilia-zaripova",
        ],
        "profile": None,
        "age_from": 13,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": True,
        "capacity": None,
        "registration_url": "https://register.example.org/young-researchers-round-table",
        "status": "scheduled",
    },
    # Series: Urals Festival of Ideas and Technologies of the Kruzhok Movement
    {
        "slug": "urals-festival-opening",
        "member": "kruzhok-yekaterinburg",
        "series": "kruzhok-festival-urals",
        "event_type": "festival",
        "title_ru": "Открытие фестиваля и выставка проектов «Технологии рядом»",
        "title_en": "Festival opening and the Technology Next Door project exhibition",
        "summary_ru": (
            "Первый день фестиваля: церемония открытия, выставка проектов уральских кружков и "
            "технологических компаний, прямой эфир для тех, кто не смог приехать."
        ),
        "summary_en": (
            "Day one of the festival: the opening ceremony, an exhibition of projects from Urals "
            "clubs and technology companies, and a live broadcast for those who cannot come."
        ),
        "body_ru": [
            "На выставке — больше сорока проектов: от умной теплицы до студенческого спутника "
            "формата CubeSat. Авторы стоят у стендов и охотно рассказывают, как всё устроено, а "
            "компании-партнёры показывают разработки, которые уже работают в городе.",
            "Вход свободный, регистрация не нужна.",
        ],
        "body_en": [
            "The exhibition holds more than forty projects, from a smart greenhouse to a student "
            "CubeSat. The makers stand by their booths and are happy to explain how things work, "
            "while partner companies show products already in use around the city.",
            "Entry is free and no registration is needed.",
        ],
        "days": 24,
        "start": "11:00",
        "duration_minutes": 420,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "mixed",
        "venue": "venue-yekaterinburg-youth-tech-house",
        "online_url": "https://live.example.org/urals-festival-opening",
        "recording_url": "",
        "speakers": ["speaker-ekaterina-volkova"],
        "profile": None,
        "age_from": 7,
        "age_to": None,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "urals-festival-drone-workshop",
        "member": "kruzhok-yekaterinburg",
        "series": "kruzhok-festival-urals",
        "event_type": "workshop",
        "title_ru": "Воркшоп: собираем и программируем квадрокоптер",
        "title_en": "Workshop: build and program a quadcopter",
        "summary_ru": (
            "За два часа команды по три человека собирают учебный квадрокоптер и учат его "
            "взлетать, висеть на месте и садиться по программе."
        ),
        "summary_en": (
            "In two hours teams of three assemble a training quadcopter and program it to take "
            "off, hover and land on its own."
        ),
        "body_ru": [
            "Ведёт воркшоп педагог челябинского Аэроквантума. Все детали и ноутбуки выдаются на "
            "месте, опыт пайки и программирования не обязателен. Полёты проходят в сетке "
            "безопасности.",
        ],
        "body_en": [
            "The workshop is run by an Aero quantum teacher from Chelyabinsk. Parts and laptops "
            "are provided; no soldering or coding experience is required. Flights take place "
            "inside a safety net.",
        ],
        "days": 24,
        "start": "14:00",
        "duration_minutes": 120,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "offline",
        "venue": "venue-yekaterinburg-youth-tech-house",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-artem-nikitin"],
        "profile": "quadcopters",
        "age_from": 11,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 24,
        "registration_url": "https://register.example.org/urals-festival-drone-workshop",
        "status": "scheduled",
    },
    {
        "slug": "urals-festival-weather-station",
        "member": "kruzhok-yekaterinburg",
        "series": "kruzhok-festival-urals",
        "event_type": "workshop",
        "title_ru": "Воркшоп: метеостанция на микроконтроллере за одно утро",
        "title_en": None,
        "summary_ru": (
            "Датчики температуры, влажности и давления, плата с Wi-Fi и несколько десятков строк "
            "кода: собираем станцию, которая публикует погоду в интернете."
        ),
        "summary_en": "",
        "body_ru": [
            "Участники работают парами и забирают собранную метеостанцию домой. Понадобится "
            "только желание разобраться; комплекты и инструменты предоставляют организаторы.",
        ],
        "body_en": [],
        "days": 25,
        "start": "11:00",
        "duration_minutes": 150,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "offline",
        "venue": "venue-yekaterinburg-youth-tech-house",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-ekaterina-volkova"],
        "profile": "robotics",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 30,
        "registration_url": "https://register.example.org/urals-festival-weather-station",
        "status": "scheduled",
    },
    {
        "slug": "urals-festival-soldering",
        "member": "kruzhok-yekaterinburg",
        "series": "kruzhok-festival-urals",
        "event_type": "master_class",
        "title_ru": "Мастер-класс по пайке для начинающих",
        "title_en": None,
        "summary_ru": (
            "Первая в жизни плата: учимся безопасно держать паяльник и собираем мигающий значок "
            "фестиваля."
        ),
        "summary_en": "",
        "body_ru": [
            "Занятие для тех, кто ни разу не паял. Наставники покажут, как лудить провод, ставить "
            "компоненты и проверять пайку. Дети младше 12 лет участвуют вместе со взрослым.",
        ],
        "body_en": [],
        "days": 25,
        "start": "15:00",
        "duration_minutes": 90,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "offline",
        "venue": "venue-yekaterinburg-youth-tech-house",
        "online_url": "",
        "recording_url": "",
        "speakers": [],
        "profile": "robotics",
        "age_from": 9,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 20,
        "registration_url": "https://register.example.org/urals-festival-soldering",
        "status": "scheduled",
    },
    {
        "slug": "urals-festival-mentors-session",
        "member": "kruzhok-yekaterinburg",
        "series": "kruzhok-festival-urals",
        "event_type": "seminar",
        "title_ru": "Сессия наставников: как развивать кружки в регионе",
        "title_en": "Mentors' session: growing clubs across the region",
        "summary_ru": (
            "Руководители кружков, педагоги и партнёры обсуждают, где искать площадки, "
            "наставников и задачи от компаний. В завершение — награждение лучших наставников "
            "Урала."
        ),
        "summary_en": (
            "Club leaders, teachers and partners discuss where to find premises, mentors and real "
            "problems from companies. The session ends with awards for the best mentors of the "
            "Urals."
        ),
        "body_ru": [
            "Формат — открытая дискуссия с короткими выступлениями практиков. Светлана Орлова "
            "расскажет, какие инструменты программы обмена практиками «Руками» помогают кружку "
            "жить дольше одного учебного года.",
        ],
        "body_en": [
            "An open discussion with short talks by practitioners. Svetlana Orlova will present "
            "the tools of the Rukami practice exchange programme that help a club survive beyond "
            "its first school year.",
        ],
        "days": 26,
        "start": "12:00",
        "duration_minutes": 120,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "mixed",
        "venue": "venue-yekaterinburg-youth-tech-house",
        "online_url": "https://live.example.org/urals-festival-mentors-session",
        "recording_url": "",
        "speakers": ["speaker-ekaterina-volkova", "speaker-svetlana-orlova"],
        "profile": None,
        "age_from": 18,
        "age_to": None,
        "age_rating": "16+",
        "registration_required": True,
        "capacity": 80,
        "registration_url": "https://register.example.org/urals-festival-mentors-session",
        "status": "scheduled",
    },
    # Series: Rukami Maker Weekend
    {
        "slug": "rukami-how-to-start-a-club",
        "member": "rukami-centre",
        "series": "rukami-maker-weekend",
        "event_type": "master_class",
        "title_ru": "Как открыть технологический кружок: практики организаторов",
        "title_en": "How to start a technology club: what organisers have learned",
        "summary_ru": (
            "Помещение, оборудование, первые участники и партнёры: пошаговый разбор запуска "
            "кружка на примерах из разных регионов."
        ),
        "summary_en": (
            "Premises, equipment, first members and partners: a step-by-step look at launching a "
            "club, with cases from several regions."
        ),
        "body_ru": [
            "Мастер-класс вырос из онлайн-курса для организаторов кружков. Участники составили "
            "дорожную карту своего кружка на первые полгода и получили обратную связь от "
            "наставников. Запись и шаблоны документов доступны по ссылке.",
        ],
        "body_en": [
            "The master class grew out of the online course for club organisers. Participants "
            "drafted a six-month roadmap for their club and got feedback from mentors. The "
            "recording and document templates are available via the link.",
        ],
        "days": -46,
        "start": "12:00",
        "duration_minutes": 120,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "mixed",
        "venue": "rukami-centre-main",
        "online_url": "https://live.example.org/rukami-how-to-start-a-club",
        "recording_url": "https://video.example.org/rukami-how-to-start-a-club",
        "speakers": ["speaker-svetlana-orlova"],
        "profile": None,
        "age_from": 18,
        "age_to": None,
        "age_rating": "16+",
        "registration_required": True,
        "capacity": 60,
        "registration_url": "https://register.example.org/rukami-how-to-start-a-club",
        "status": "scheduled",
    },
    {
        "slug": "rukami-laser-cutting-box",
        "member": "rukami-centre",
        "series": "rukami-maker-weekend",
        "event_type": "workshop",
        "title_ru": "Лазерная резка: от эскиза до шкатулки",
        "title_en": None,
        "summary_ru": (
            "Семейная мастерская: рисуем развёртку, режем фанеру на лазерном станке и собираем "
            "шкатулку на шипах без единого гвоздя."
        ),
        "summary_en": "",
        "body_ru": [
            "Инженер Top 3D Shop показал, как устроен лазерный гравер и почему у шипового "
            "соединения должен быть точный зазор. Каждая семья унесла домой собственную шкатулку, "
            "а видеоотчёт можно посмотреть по ссылке.",
        ],
        "body_en": [],
        "days": -45,
        "start": "13:00",
        "duration_minutes": 180,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "rukami-centre-main",
        "online_url": "",
        "recording_url": "https://video.example.org/rukami-laser-cutting-box",
        "speakers": ["speaker-pavel-kuznetsov"],
        "profile": "laser",
        "age_from": 8,
        "age_to": 14,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 15,
        "registration_url": "https://register.example.org/rukami-laser-cutting-box",
        "status": "scheduled",
    },
    # Past events, with recordings
    {
        "slug": "engineering-schools-expanded-meeting",
        "member": "school-777",
        "series": None,
        "event_type": "seminar",
        "title_ru": "Расширенное заседание консорциума инженерно-технологических школ",
        "title_en": "Expanded meeting of the engineering-schools consortium",
        "summary_ru": (
            "Тема заседания — внутренняя система профессионального развития педагогов и "
            "возможности цифровой образовательной среды. Очно в Школе № 777 и онлайн."
        ),
        "summary_en": (
            "The meeting focused on in-school professional development for teachers and what a "
            "digital learning environment can offer. In person at School No. 777 and online."
        ),
        "body_ru": [
            "Заседание консорциума по развитию школьного инженерно-технологического образования "
            "прошло в Санкт-Петербургской инженерно-технологической школе № 777. С докладами "
            "выступили руководители школ из Санкт-Петербурга, Казани, Ульяновска, Липецка, "
            "Кемерова, Кудрова и Челябинской области.",
            "Школы из других регионов подключились к трансляции и задавали вопросы в чате. Запись "
            "заседания доступна по ссылке.",
        ],
        "body_en": [
            "The consortium for the development of school engineering and technology education "
            "met at Engineering and Technology School No. 777 in St Petersburg. Heads of schools "
            "from St Petersburg, Kazan, Ulyanovsk, Lipetsk, Kemerovo, Kudrovo and the Chelyabinsk "
            "region gave talks.",
            "Schools from other regions joined the broadcast and asked questions in the chat. The "
            "recording is available via the link.",
        ],
        "days": -20,
        "start": "11:00",
        "duration_minutes": 180,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "mixed",
        "venue": "school-777-main",
        "online_url": "https://live.example.org/engineering-schools-expanded-meeting",
        "recording_url": "https://video.example.org/engineering-schools-expanded-meeting",
        "speakers": ["speaker-marina-lebedeva"],
        "profile": None,
        "age_from": 18,
        "age_to": None,
        "age_rating": "16+",
        "registration_required": True,
        "capacity": 120,
        "registration_url": "https://register.example.org/engineering-schools-expanded-meeting",
        "status": "scheduled",
    },
    {
        "slug": "korolyov-rocketry-history",
        "member": "leonov-university",
        "series": None,
        "event_type": "lecture",
        "title_ru": "Королёв — город ракет: история в чертежах и людях",
        "title_en": "Korolyov, the rocket city: a history in blueprints and people",
        "summary_ru": (
            "Вечерняя лекция о конструкторских бюро, испытательных стендах и инженерах, благодаря "
            "которым подмосковный город стал столицей космонавтики."
        ),
        "summary_en": (
            "An evening lecture on the design bureaus, test stands and engineers that made a town "
            "near Moscow the capital of spaceflight."
        ),
        "body_ru": [
            "Виктор Шестаков показал редкие фотографии из заводских архивов и рассказал, как в "
            "городе проектировали двигатели для первых спутников и пилотируемых кораблей. Лекция "
            "прошла в зале «Орбита» и транслировалась онлайн; запись уже доступна.",
        ],
        "body_en": [
            "Viktor Shestakov showed rare photos from factory archives and told how engines for "
            "the first satellites and crewed spacecraft were designed in the town. The lecture "
            "took place at the Orbita hall and was streamed online; the recording is available.",
        ],
        "days": -33,
        "start": "18:00",
        "duration_minutes": 90,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "mixed",
        "venue": "venue-korolyov-orbita-hall",
        "online_url": "https://live.example.org/korolyov-rocketry-history",
        "recording_url": "https://video.example.org/korolyov-rocketry-history",
        "speakers": ["speaker-viktor-shestakov"],
        "profile": "space",
        "age_from": 12,
        "age_to": None,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "how-brains-and-networks-learn",
        "member": "novosibirsk-dnk",
        "series": None,
        "event_type": "lecture",
        "title_ru": "Как учатся мозг и нейросеть: сходства и различия",
        "title_en": None,
        "summary_ru": (
            "Нейрофизиолог сравнивает живой нейрон с искусственным и объясняет, почему нейросетям "
            "нужны миллионы примеров, а ребёнку — несколько."
        ),
        "summary_en": "",
        "body_ru": [
            "Игорь Захаров рассказал, откуда в машинном обучении взялось слово «нейрон», чем "
            "синапс отличается от веса в модели и какие идеи инженеры до сих пор подсматривают у "
            "биологов. Запись лекции доступна по ссылке.",
        ],
        "body_en": [],
        "days": -12,
        "start": "15:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Novosibirsk",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/how-brains-and-networks-learn",
        "recording_url": "https://video.example.org/how-brains-and-networks-learn",
        "speakers": ["speaker-igor-zakharov"],
        "profile": "big-data",
        "age_from": 13,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "strawberry-dna-master-class",
        "member": "kazan-dnk",
        "series": None,
        "event_type": "master_class",
        "title_ru": "Выделяем ДНК из клубники",
        "title_en": "Extracting DNA from strawberries",
        "summary_ru": (
            "Кухонная соль, моющее средство и холодный спирт: на мастер-классе школьники увидели "
            "молекулу ДНК невооружённым глазом."
        ),
        "summary_en": (
            "Table salt, washing-up liquid and cold alcohol: at this master class students saw "
            "DNA with the naked eye."
        ),
        "body_ru": [
            "Лилия Зарипова провела опыт в лаборатории Казанского ДНК, а зрители трансляции "
            "повторяли его дома по списку, опубликованному заранее. В записи есть подробная "
            "инструкция и объяснение каждого шага.",
        ],
        "body_en": [
            "Lilia Zaripova ran the experiment in the Kazan House lab while viewers of the "
            "broadcast repeated it at home from a list published beforehand. The recording "
            "includes step-by-step instructions and an explanation of each stage.",
        ],
        "days": -26,
        "start": "14:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "mixed",
        "venue": "kazan-dnk-main",
        "online_url": "https://live.example.org/strawberry-dna-master-class",
        "recording_url": "https://video.example.org/strawberry-dna-master-class",
        "speakers": ["speaker-lilia-zaripova"],
        "profile": "bio",
        "age_from": 9,
        "age_to": 14,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 16,
        "registration_url": "https://register.example.org/strawberry-dna-master-class",
        "status": "scheduled",
    },
    {
        "slug": "baikal-from-space",
        "member": "quantorium-irkutsk",
        "series": None,
        "event_type": "lecture",
        "title_ru": "Байкал из космоса: геоинформатика для школьников",
        "title_en": None,
        "summary_ru": (
            "Как по спутниковым снимкам следить за льдом, лесными пожарами и береговой линией "
            "Байкала и где взять эти снимки бесплатно."
        ),
        "summary_en": "",
        "body_ru": [
            "Юлия Мельникова показала, как сравнивать снимки одного и того же места за разные "
            "годы, и рассказала о проектах ребят из Геоквантума. В записи лекции есть ссылки на "
            "открытые архивы спутниковых данных.",
        ],
        "body_en": [],
        "days": -8,
        "start": "16:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Irkutsk",
        "attendance_mode": "mixed",
        "venue": "quantorium-irkutsk-main",
        "online_url": "https://live.example.org/baikal-from-space",
        "recording_url": "https://video.example.org/baikal-from-space",
        "speakers": ["speaker-yulia-melnikova"],
        "profile": "geo",
        "age_from": 11,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "primorye-festival-of-ideas",
        "member": "kruzhok-vladivostok",
        "series": None,
        "event_type": "festival",
        "title_ru": "Фестиваль идей и технологий в Приморье",
        "title_en": "Festival of Ideas and Technologies in Primorye",
        "summary_ru": (
            "Морская робототехника, выставка проектов и встреча поколений кружковцев: день "
            "фестиваля Кружкового движения во Владивостоке."
        ),
        "summary_en": (
            "Marine robotics, a project exhibition and a meeting of club members of all ages: a "
            "day of the Kruzhok movement festival in Vladivostok."
        ),
        "body_ru": [
            "Фестиваль собрал школьников, студентов и наставников со всего края. В бассейне "
            "прошли показательные заплывы подводных аппаратов, а на сессии о развитии кружков "
            "наградили лучших наставников Приморья.",
            "Запись трансляции открытия и основных выступлений доступна по ссылке.",
        ],
        "body_en": [
            "The festival brought together school students, university students and mentors from "
            "across the region. Underwater vehicles gave demonstration runs in the pool, and the "
            "session on club development honoured the best mentors in Primorye.",
            "The recording of the opening and main talks is available via the link.",
        ],
        "days": -52,
        "start": "10:00",
        "duration_minutes": 480,
        "time_zone": "Asia/Vladivostok",
        "attendance_mode": "mixed",
        "venue": "venue-vladivostok-marine-hall",
        "online_url": "https://live.example.org/primorye-festival-of-ideas",
        "recording_url": "https://video.example.org/primorye-festival-of-ideas",
        "speakers": ["speaker-kirill-pak"],
        "profile": "robotics",
        "age_from": 7,
        "age_to": None,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "parents-digital-safety-broadcast",
        "member": "it-cube-belgorod",
        "series": None,
        "event_type": "broadcast",
        "title_ru": "Родительское собрание онлайн: цифровая безопасность детей",
        "title_en": None,
        "summary_ru": (
            "Пароли, мошеннические сообщения и настройки приватности: что родителям стоит "
            "обсудить с ребёнком, прежде чем дарить ему смартфон."
        ),
        "summary_en": "",
        "body_ru": [
            "Максим Герасимов разобрал реальные схемы, с которыми сталкиваются школьники, и "
            "показал, как настроить детский аккаунт на популярных платформах. Запись эфира и "
            "памятка для родителей доступны по ссылке.",
        ],
        "body_en": [],
        "days": -5,
        "start": "18:30",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/parents-digital-safety-broadcast",
        "recording_url": "https://video.example.org/parents-digital-safety-broadcast",
        "speakers": ["speaker-maxim-gerasimov"],
        "profile": "it",
        "age_from": None,
        "age_to": None,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "lipetsk-teachers-digital-environment",
        "member": "lipetsk-school",
        "series": None,
        "event_type": "seminar",
        "title_ru": "Цифровая среда школы: как учителю расти профессионально",
        "title_en": None,
        "summary_ru": (
            "Методический семинар для учителей технологии, физики и информатики: наставничество "
            "внутри школы, открытые уроки онлайн и цифровое портфолио педагога."
        ),
        "summary_en": "",
        "body_ru": [
            "Опытом петербургской Школы № 777 поделилась Марина Лебедева, липецкие коллеги "
            "рассказали о собственной системе взаимных посещений уроков. Семинар прошёл онлайн, "
            "запись доступна по ссылке.",
        ],
        "body_en": [],
        "days": -15,
        "start": "15:00",
        "duration_minutes": 120,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/lipetsk-teachers-digital-environment",
        "recording_url": "https://video.example.org/lipetsk-teachers-digital-environment",
        "speakers": ["speaker-marina-lebedeva"],
        "profile": None,
        "age_from": 18,
        "age_to": None,
        "age_rating": "16+",
        "registration_required": True,
        "capacity": None,
        "registration_url": "https://register.example.org/lipetsk-teachers-digital-environment",
        "status": "scheduled",
    },
    # Upcoming events outside the series
    {
        "slug": "3d-scanning-workshop",
        "member": "top3d-partner",
        "series": None,
        "event_type": "workshop",
        "title_ru": "Практикум по 3D-сканированию: от съёмки до готовой модели",
        "title_en": "3D scanning workshop: from capture to a finished model",
        "summary_ru": (
            "Сканируем предметы ручным сканером EinScan HX, чистим облако точек и готовим модель "
            "к печати. Для школьников старших классов и педагогов."
        ),
        "summary_en": (
            "We scan objects with a handheld EinScan HX scanner, clean up the point cloud and "
            "prepare the model for printing. For older students and teachers."
        ),
        "body_ru": [
            "Павел Кузнецов расскажет, чем лазерный режим сканирования отличается от режима "
            "структурированного света и какие поверхности сканер «не любит». Затем участники в "
            "парах отсканируют небольшой предмет и доведут модель до файла, готового к печати.",
            "Приносите свои предметы размером с ладонь — интереснее работать с тем, что вам "
            "дорого.",
        ],
        "body_en": [
            "Pavel Kuznetsov explains how the laser mode differs from structured light and which "
            "surfaces scanners dislike. Then participants work in pairs to scan a small object "
            "and take the model all the way to a print-ready file.",
            "Bring your own palm-sized objects: it is more fun to work with something you care "
            "about.",
        ],
        "days": 12,
        "start": "12:00",
        "duration_minutes": 180,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "top3d-partner-main",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-pavel-kuznetsov"],
        "profile": "3d-modelling",
        "age_from": 14,
        "age_to": None,
        "age_rating": "12+",
        "registration_required": True,
        "capacity": 16,
        "registration_url": "https://register.example.org/3d-scanning-workshop",
        "status": "scheduled",
    },
    {
        "slug": "3d-scanner-in-school-lab-webinar",
        "member": "top3d-partner",
        "series": None,
        "event_type": "broadcast",
        "title_ru": "Вебинар для педагогов: 3D-сканер в школьной лаборатории",
        "title_en": None,
        "summary_ru": (
            "Какие уроки и проекты можно построить вокруг 3D-сканера, сколько стоит оснащение и "
            "как не потерять месяцы на освоение оборудования."
        ),
        "summary_en": "",
        "body_ru": [
            "Эфир для учителей технологии, руководителей кружков и центров «Точка роста». Покажем "
            "примеры проектов: цифровой музей школы, реставрация сломанных деталей, сканирование "
            "археологических находок краеведческого кружка.",
        ],
        "body_en": [],
        "days": 19,
        "start": "16:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/3d-scanner-in-school-lab-webinar",
        "recording_url": "",
        "speakers": ["speaker-pavel-kuznetsov"],
        "profile": "3d-modelling",
        "age_from": 18,
        "age_to": None,
        "age_rating": "16+",
        "registration_required": True,
        "capacity": None,
        "registration_url": "https://register.example.org/3d-scanner-in-school-lab-webinar",
        "status": "scheduled",
    },
    {
        "slug": "tyumen-quantorium-open-day",
        "member": "quantorium-tyumen",
        "series": None,
        "event_type": "open_day",
        "title_ru": "День открытых дверей Тюменского Кванториума",
        "title_en": "Open day at the Tyumen Quantorium",
        "summary_ru": (
            "Экскурсии по лабораториям, пробные занятия в квантумах и консультации педагогов "
            "перед зимним набором на бесплатные программы."
        ),
        "summary_en": (
            "Lab tours, taster sessions in each quantum and advice from teachers before the "
            "winter intake for the free programmes."
        ),
        "body_ru": [
            "Каждые полчаса от входа стартует экскурсия: Аэроквантум, Промдизайнквантум, "
            "IT-квантум, VR/AR-квантум и лаборатория высоких технологий. На пробных занятиях "
            "можно собрать простого робота, полетать на симуляторе дрона или попробовать себя в "
            "3D-печати.",
            "Педагоги расскажут, как проходит входное тестирование и как записаться через "
            "региональный Навигатор дополнительного образования.",
        ],
        "body_en": [
            "Tours leave the entrance every half hour: Aero quantum, Industrial design quantum, "
            "IT quantum, VR/AR quantum and the hi-tech lab. At the taster sessions you can build "
            "a simple robot, fly a drone simulator or try 3D printing.",
            "Teachers will explain how the entry test works and how to enrol through the regional "
            "Navigator of additional education.",
        ],
        "days": 6,
        "start": "11:00",
        "duration_minutes": 300,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "offline",
        "venue": "quantorium-tyumen-main",
        "online_url": "",
        "recording_url": "",
        "speakers": [],
        "profile": None,
        "age_from": 7,
        "age_to": 17,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "chelyabinsk-drone-field-test",
        "member": "quantorium-chelyabinsk",
        "series": None,
        "event_type": "workshop",
        "title_ru": "Полевые испытания квадрокоптеров Аэроквантума",
        "title_en": None,
        "summary_ru": (
            "Отменено: по прогнозу на день испытаний ожидается порывистый ветер до 15 м/с. Новую "
            "дату объявим дополнительно."
        ),
        "summary_en": "",
        "body_ru": [
            "Команды Аэроквантума собирались проверить свои квадрокоптеры на открытом полигоне: "
            "полёт по маршруту, сброс груза в цель и посадку на движущуюся платформу. Из-за "
            "штормового предупреждения выезд отменён.",
            "Все зарегистрированные участники получат письмо, когда назначим новую дату.",
        ],
        "body_en": [],
        "days": 4,
        "start": "10:00",
        "duration_minutes": 240,
        "time_zone": "Asia/Yekaterinburg",
        "attendance_mode": "offline",
        "venue": "venue-chelyabinsk-drone-range",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-artem-nikitin"],
        "profile": "aero",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 40,
        "registration_url": "https://register.example.org/chelyabinsk-drone-field-test",
        "status": "cancelled",
    },
    {
        "slug": "irkutsk-digital-map-lecture",
        "member": "quantorium-irkutsk",
        "series": None,
        "event_type": "lecture",
        "title_ru": "Цифровая карта родного района своими руками",
        "title_en": "Make a digital map of your neighbourhood",
        "summary_ru": (
            "Лекция переведена в онлайн-формат. Как собрать данные о своём районе, нанести их на "
            "карту в бесплатной ГИС и превратить в краеведческий проект."
        ),
        "summary_en": (
            "This lecture has moved online. How to gather data about your neighbourhood, map it "
            "in free GIS software and turn it into a local-history project."
        ),
        "body_ru": [
            "Из-за ремонта лекционного зала встреча пройдёт только онлайн, ссылка на трансляцию "
            "— на этой странице. Юлия Мельникова покажет, как работать со слоями карты, где брать "
            "открытые данные и как оформить результат для конкурса краеведческих проектов.",
        ],
        "body_en": [
            "Because the lecture hall is under repair, the session will be online only; the "
            "broadcast link is on this page. Yulia Melnikova will show how to work with map "
            "layers, where to find open data and how to present the result in a local-history "
            "contest.",
        ],
        "days": 3,
        "start": "17:00",
        "duration_minutes": 60,
        "time_zone": "Asia/Irkutsk",
        "attendance_mode": "online",
        "venue": "quantorium-irkutsk-main",
        "online_url": "https://live.example.org/irkutsk-digital-map-lecture",
        "recording_url": "",
        "speakers": ["speaker-yulia-melnikova"],
        "profile": "geo",
        "age_from": 11,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "moved_online",
    },
    {
        "slug": "kudrovo-engineering-classes-open-day",
        "member": "kudrovo-school",
        "series": None,
        "event_type": "open_day",
        "title_ru": "День открытых дверей инженерных классов",
        "title_en": None,
        "summary_ru": (
            "Для будущих пятиклассников, семиклассников и их родителей: как устроено обучение в "
            "инженерных классах, пробные уроки и встреча с партнёрами школы."
        ),
        "summary_en": "",
        "body_ru": [
            "Ученики инженерных классов покажут свои проекты, учителя проведут короткие пробные "
            "уроки робототехники и черчения, а администрация ответит на вопросы о наборе в "
            "профильные классы на следующий учебный год.",
        ],
        "body_en": [],
        "days": 17,
        "start": "10:00",
        "duration_minutes": 180,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "kudrovo-school-main",
        "online_url": "",
        "recording_url": "",
        "speakers": [],
        "profile": "robotics",
        "age_from": 10,
        "age_to": 14,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "belgorod-smart-city-hackathon",
        "member": "it-cube-belgorod",
        "series": None,
        "event_type": "hackathon",
        "title_ru": "Хакатон «Умный город Белгород»",
        "title_en": "Smart City Belgorod hackathon",
        "summary_ru": (
            "32 часа на прототип сервиса для города: задачи от городских служб и IT-компаний, "
            "наставники рядом, финальные питчи перед жюри."
        ),
        "summary_en": (
            "32 hours to prototype a service for the city: problems set by city services and IT "
            "companies, mentors on hand, final pitches to a jury."
        ),
        "body_ru": [
            "Команды из трёх–пяти школьников выбирают один из кейсов: навигация по остановкам для "
            "маломобильных горожан, карта свободных спортплощадок, бот для записи в кружки. "
            "Ночёвка не предусмотрена: площадка работает с 10:00 до 21:00 в первый день и с 9:00 "
            "до 18:00 во второй.",
            "Регистрация команд — через страницу соревнования на нашем сайте.",
        ],
        "body_en": [
            "Teams of three to five students pick one of the cases: stop navigation for people "
            "with limited mobility, a map of free sports grounds, or a bot for signing up to "
            "clubs. There is no overnight stay: the venue is open from 10:00 to 21:00 on day one "
            "and from 9:00 to 18:00 on day two.",
            "Teams register through the competition page on this site.",
        ],
        "days": 30,
        "start": "10:00",
        "duration_minutes": 1920,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "it-cube-belgorod-main",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-maxim-gerasimov"],
        "profile": "it",
        "age_from": 14,
        "age_to": 18,
        "age_rating": "12+",
        "registration_required": True,
        "capacity": 60,
        "registration_url": "https://it-cube-belgorod.example.org/hackathon/register",
        "status": "scheduled",
    },
    {
        "slug": "lipetsk-robotics-master-class",
        "member": "lipetsk-school",
        "series": None,
        "event_type": "master_class",
        "title_ru": "Мастер-класс «Робот-сортировщик» для пятиклассников",
        "title_en": None,
        "summary_ru": (
            "Собираем из конструктора робота, который различает цвета и раскладывает кубики по "
            "корзинам. Старшеклассники инженерного класса помогают младшим."
        ),
        "summary_en": "",
        "body_ru": [
            "Занятие проводят учителя технологии вместе с учениками десятого инженерного класса. "
            "Конструкторы и ноутбуки есть в школе; опыт программирования не нужен.",
        ],
        "body_en": [],
        "days": 9,
        "start": "15:00",
        "duration_minutes": 90,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "lipetsk-school-main",
        "online_url": "",
        "recording_url": "",
        "speakers": [],
        "profile": "robotics",
        "age_from": 10,
        "age_to": 12,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 20,
        "registration_url": "https://register.example.org/lipetsk-robotics-master-class",
        "status": "scheduled",
    },
    {
        "slug": "isaev-dnk-open-day",
        "member": "isaev-dnk",
        "series": None,
        "event_type": "open_day",
        "title_ru": "День открытых дверей Дома научной коллаборации имени Исаева",
        "title_en": "Open day at the Isaev House of Scientific Collaboration",
        "summary_ru": (
            "Лаборатории генной инженерии, нейротехнологий и беспилотных систем открыты для "
            "школьников и родителей. Расскажем о весеннем наборе."
        ),
        "summary_en": (
            "The genetic engineering, neurotechnology and drone labs open their doors to students "
            "and parents. Learn about the spring intake."
        ),
        "body_ru": [
            "Занятия в Доме научной коллаборации ведут преподаватели и аспиранты университета на "
            "его оборудовании. В день открытых дверей можно поработать с пипеткой-дозатором, "
            "надеть нейрогарнитуру и посмотреть на полёт квадрокоптера в аэродинамической зоне.",
        ],
        "body_en": [
            "Classes at the House are taught by university staff and postgraduates on university "
            "equipment. On the open day you can handle an automatic pipette, try on an EEG "
            "headset and watch a quadcopter fly in the test zone.",
        ],
        "days": 14,
        "start": "12:00",
        "duration_minutes": 240,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "isaev-dnk-main",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-anna-belova"],
        "profile": None,
        "age_from": 10,
        "age_to": 17,
        "age_rating": "0+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
    {
        "slug": "bionic-hand-workshop",
        "member": "novosibirsk-dnk",
        "series": None,
        "event_type": "workshop",
        "title_ru": "Воркшоп: бионическая рука на мышечных сигналах",
        "title_en": "Workshop: a bionic hand driven by muscle signals",
        "summary_ru": (
            "Снимаем сигнал с мышц предплечья, фильтруем его и заставляем напечатанную на "
            "3D-принтере кисть сжиматься в кулак."
        ),
        "summary_en": (
            "We record signals from forearm muscles, filter them and make a 3D-printed hand "
            "clench into a fist."
        ),
        "body_ru": [
            "Участники работают в командах по четыре человека: один отвечает за электроды, второй "
            "— за фильтрацию сигнала, третий — за механику, четвёртый — за программу. "
            "Онлайн-зрители смогут следить за работой команд и задавать вопросы.",
        ],
        "body_en": [
            "Participants work in teams of four: one handles the electrodes, one the signal "
            "filtering, one the mechanics and one the code. Online viewers can follow the teams "
            "and ask questions.",
        ],
        "days": 21,
        "start": "14:00",
        "duration_minutes": 180,
        "time_zone": "Asia/Novosibirsk",
        "attendance_mode": "mixed",
        "venue": "novosibirsk-dnk-main",
        "online_url": "https://live.example.org/bionic-hand-workshop",
        "recording_url": "",
        "speakers": ["speaker-igor-zakharov"],
        "profile": "neurorobotics",
        "age_from": 13,
        "age_to": 17,
        "age_rating": "12+",
        "registration_required": True,
        "capacity": 20,
        "registration_url": "https://register.example.org/bionic-hand-workshop",
        "status": "scheduled",
    },
    {
        "slug": "rukami-family-workshop-mechanical-toy",
        "member": "rukami-centre",
        "series": None,
        "event_type": "workshop",
        "title_ru": "Семейная мастерская: деревянная игрушка с механизмом",
        "title_en": "Family workshop: a wooden toy with moving parts",
        "summary_ru": (
            "Дети и родители вместе проектируют и собирают заводную игрушку с кулачковым "
            "механизмом из деталей, вырезанных на лазерном станке."
        ),
        "summary_en": (
            "Children and parents design and build a wind-up toy with a cam mechanism from "
            "laser-cut parts."
        ),
        "body_ru": [
            "Разберёмся, как вращение превращается в движение вверх-вниз, нарисуем свой кулачок и "
            "проверим, как изменится походка игрушки. Ребёнок участвует вместе со взрослым; на "
            "семью — одно место.",
        ],
        "body_en": [
            "We will see how rotation turns into up-and-down motion, draw our own cam and check "
            "how it changes the toy's gait. Each child comes with an adult; one place per family.",
        ],
        "days": 11,
        "start": "12:00",
        "duration_minutes": 120,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "offline",
        "venue": "rukami-centre-main",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-svetlana-orlova"],
        "profile": "industrial-design",
        "age_from": 7,
        "age_to": 12,
        "age_rating": "0+",
        "registration_required": True,
        "capacity": 12,
        "registration_url": "https://register.example.org/rukami-family-workshop-mechanical-toy",
        "status": "scheduled",
    },
    {
        "slug": "vladivostok-underwater-robot",
        "member": "kruzhok-vladivostok",
        "series": None,
        "event_type": "master_class",
        "title_ru": "Мастер-класс: собираем телеуправляемый подводный аппарат",
        "title_en": None,
        "summary_ru": (
            "Корпус из ПВХ-трубы, три мотора и камера: строим учебный подводный аппарат и "
            "испытываем его в бассейне кружка."
        ),
        "summary_en": "",
        "body_ru": [
            "Кирилл Пак расскажет, как решают задачу герметичности и плавучести, и поможет каждой "
            "команде отбалансировать свой аппарат. Лучшие экипажи приглашаем в сборную кружка для "
            "подготовки к соревнованиям по морской робототехнике.",
        ],
        "body_en": [],
        "days": 8,
        "start": "16:00",
        "duration_minutes": 120,
        "time_zone": "Asia/Vladivostok",
        "attendance_mode": "offline",
        "venue": "kruzhok-vladivostok-main",
        "online_url": "",
        "recording_url": "",
        "speakers": ["speaker-kirill-pak"],
        "profile": "robotics",
        "age_from": 12,
        "age_to": 17,
        "age_rating": "6+",
        "registration_required": True,
        "capacity": 18,
        "registration_url": "https://register.example.org/vladivostok-underwater-robot",
        "status": "scheduled",
    },
    {
        "slug": "leonov-admissions-live",
        "member": "leonov-university",
        "series": None,
        "event_type": "broadcast",
        "title_ru": "Прямой эфир: как поступить на инженерные направления",
        "title_en": None,
        "summary_ru": (
            "Приёмная комиссия и студенты отвечают на вопросы старшеклассников: экзамены, "
            "олимпиады НТО, целевое обучение и жизнь в общежитии."
        ),
        "summary_en": "",
        "body_ru": [
            "Отдельно поговорим о том, какие льготы дают победы в профилях Национальной "
            "технологической олимпиады и как засчитываются индивидуальные достижения. Вопросы "
            "можно задать в чате трансляции.",
        ],
        "body_en": [],
        "days": 16,
        "start": "18:00",
        "duration_minutes": 60,
        "time_zone": "Europe/Moscow",
        "attendance_mode": "online",
        "venue": None,
        "online_url": "https://live.example.org/leonov-admissions-live",
        "recording_url": "",
        "speakers": ["speaker-dmitry-sokolov"],
        "profile": None,
        "age_from": 15,
        "age_to": 18,
        "age_rating": "12+",
        "registration_required": False,
        "capacity": None,
        "registration_url": "",
        "status": "scheduled",
    },
]
