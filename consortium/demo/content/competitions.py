"""Demo competitions: National Technology Olympiad tracks (junior, school profiles, student),
the Rukami maker-projects contest, a hackathon and a Kruzhok clubs contest, with their stages.

Dates are offsets in days from today. Facts from the seed documents; every sentence is ours."""

COMPETITIONS = [
    {
        "slug": "nto-junior",
        "member": "kruzhok-yekaterinburg",
        "title_ru": "НТО Junior: командная инженерная олимпиада для 5–7 классов",
        "title_en": "NTO Junior: a team engineering olympiad for grades 5–7",
        "summary_ru": (
            "Младший трек Национальной технологической олимпиады: ребята решают изобретательские "
            "задачи, а затем в команде доводят идею до работающего прототипа."
        ),
        "summary_en": (
            "The junior track of the National Technology Olympiad: children solve inventive "
            "problems and then turn an idea into a working prototype as a team."
        ),
        "body_ru": [
            "Задания младшего трека не требуют специальной подготовки: важнее любопытство и "
            "умение договариваться. На отборочном этапе каждый решает задачи на логику и "
            "изобретательство, на командном — вместе с друзьями выполняет онлайн-проект.",
            "Кружок в Екатеринбурге проводит подготовительные встречи для команд Свердловской "
            "области по субботам; присоединиться можно на любом этапе.",
        ],
        "body_en": [
            "Junior-track problems need no special preparation: curiosity and the ability to work "
            "with others matter more. In the qualifying round everyone solves logic and invention "
            "problems alone; in the team round friends complete an online project together.",
            "The Yekaterinburg club runs preparation sessions for teams from the Sverdlovsk "
            "region on Saturdays; you can join at any stage.",
        ],
        "season": "2026/27",
        "track": "junior",
        "participation": "team",
        "team_size_min": 2,
        "team_size_max": 5,
        "olympiad_level": "",
        "profile": "robotics",
        "grade_from": 5,
        "grade_to": 7,
        "age_from": 10,
        "age_to": 13,
        "benefits_ru": (
            "Финалисты получают приглашения в профильные смены детских центров и дополнительные "
            "баллы при отборе в инженерные классы школ-партнёров."
        ),
        "benefits_en": (
            "Finalists are invited to specialised holiday camps and get extra points when "
            "applying to engineering classes of partner schools."
        ),
        "prizes_ru": (
            "Дипломы победителей и призёров, наборы конструкторов для команд, сертификаты на "
            "занятия в Кванториумах."
        ),
        "prizes_en": (
            "Winner and prize-winner diplomas, construction kits for teams and vouchers for "
            "Quantorium classes."
        ),
        "registration_url": "https://ntojunior.example.org/register",
        "registration_opens_days": -40,
        "registration_closes_days": 20,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация",
                "name_en": "Registration",
                "format": "online",
                "start_days": -40,
                "end_days": 20,
                "venue_ru": "Сайт олимпиады",
                "venue_en": "Olympiad website",
            },
            {
                "name_ru": "Отборочный этап (индивидуальный)",
                "name_en": "Qualifying round (individual)",
                "format": "online",
                "start_days": -10,
                "end_days": 25,
                "venue_ru": "Личный кабинет участника",
                "venue_en": "Participant's account",
            },
            {
                "name_ru": "Командный этап",
                "name_en": "Team round",
                "format": "online",
                "start_days": 40,
                "end_days": 70,
                "venue_ru": "Личный кабинет команды",
                "venue_en": "Team account",
            },
            {
                "name_ru": "Заключительный этап",
                "name_en": "Final",
                "format": "in_person",
                "start_days": 150,
                "end_days": 153,
                "venue_ru": "Дом молодёжи и технологий, Екатеринбург",
                "venue_en": "House of Youth and Technology, Yekaterinburg",
            },
        ],
    },
    {
        "slug": "nto-autonomous-transport",
        "member": "novosibirsk-university",
        "title_ru": "НТО, школьный трек: профиль «Автономные транспортные системы»",
        "title_en": "NTO school track: Autonomous Transport Systems",
        "summary_ru": (
            "Команды программируют беспилотный автомобиль, который должен проехать по "
            "городу-полигону, соблюдая разметку и сигналы светофоров."
        ),
        "summary_en": (
            "Teams program a self-driving car that has to cross a model city while obeying lane "
            "markings and traffic lights."
        ),
        "body_ru": [
            "Профиль сочетает компьютерное зрение, теорию управления и работу с датчиками. На "
            "командном этапе участники тренируются в симуляторе, а в финале их алгоритмы "
            "переносят на настоящие модели автомобилей в масштабе 1:10.",
            "Новосибирский университет проводит для участников разборы задач прошлых лет и "
            "открытые консультации по вторникам.",
        ],
        "body_en": [
            "The profile combines computer vision, control theory and sensor work. In the team "
            "round participants train in a simulator; in the final their algorithms run on real "
            "1:10 scale model cars.",
            "Novosibirsk University holds reviews of past problems and open consultations on "
            "Tuesdays.",
        ],
        "season": "2026/27",
        "track": "school",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 5,
        "olympiad_level": "2",
        "profile": "autonomous-transport",
        "grade_from": 8,
        "grade_to": 11,
        "age_from": 13,
        "age_to": 18,
        "benefits_ru": (
            "Победители и призёры заключительного этапа могут получить льготы при поступлении в "
            "вузы: зачисление без вступительных испытаний или 100 баллов ЕГЭ по профильному "
            "предмету — в соответствии с правилами приёма конкретного вуза."
        ),
        "benefits_en": (
            "Winners and prize-winners of the final can receive university admission benefits: "
            "enrolment without entrance exams or full marks for the relevant subject exam, "
            "according to each university's admission rules."
        ),
        "prizes_ru": (
            "Дипломы олимпиады, стажировки в лаборатории беспилотного транспорта университета, "
            "комплекты электроники для команд-победителей."
        ),
        "prizes_en": (
            "Olympiad diplomas, internships at the university's autonomous vehicle lab and "
            "electronics kits for the winning teams."
        ),
        "registration_url": "https://nto.example.org/profiles/autonomous-transport",
        "registration_opens_days": -60,
        "registration_closes_days": 30,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация",
                "name_en": "Registration",
                "format": "online",
                "start_days": -60,
                "end_days": 30,
                "venue_ru": "Сайт олимпиады",
                "venue_en": "Olympiad website",
            },
            {
                "name_ru": "Отборочный этап (индивидуальный)",
                "name_en": "Qualifying round (individual)",
                "format": "online",
                "start_days": -44,
                "end_days": 35,
                "venue_ru": "Личный кабинет участника",
                "venue_en": "Participant's account",
            },
            {
                "name_ru": "Командный этап",
                "name_en": "Team round",
                "format": "online",
                "start_days": 50,
                "end_days": 80,
                "venue_ru": "Онлайн-симулятор профиля",
                "venue_en": "Online profile simulator",
            },
            {
                "name_ru": "Заключительный этап",
                "name_en": "Final",
                "format": "in_person",
                "start_days": 120,
                "end_days": 125,
                "venue_ru": "Новосибирский университет, Новосибирск",
                "venue_en": "Novosibirsk University, Novosibirsk",
            },
        ],
    },
    {
        "slug": "nto-big-data",
        "member": "kazan-university",
        "title_ru": "НТО, школьный трек: профиль «Большие данные и машинное обучение»",
        "title_en": "NTO school track: Big Data and Machine Learning",
        "summary_ru": (
            "Настоящие наборы данных, собственные модели и честная метрика на скрытой выборке: "
            "профиль для тех, кто хочет понять, как учатся алгоритмы."
        ),
        "summary_en": (
            "Real data sets, your own models and an honest score on a hidden test set: a profile "
            "for those who want to understand how algorithms learn."
        ),
        "body_ru": [
            "На отборочном этапе участники решают задачи по математике, информатике и анализу "
            "данных. Командный этап — соревнование моделей: нужно предсказать, например, спрос на "
            "городской прокат самокатов по погоде и дню недели.",
            "Казанский университет организует подготовительный онлайн-интенсив: восемь занятий по "
            "Python, pandas и основам машинного обучения.",
        ],
        "body_en": [
            "In the qualifying round participants solve problems in mathematics, computer science "
            "and data analysis. The team round is a modelling contest: for instance, predicting "
            "demand for city scooter hire from the weather and day of the week.",
            "Kazan University runs an online preparation course: eight sessions on Python, pandas "
            "and machine-learning basics.",
        ],
        "season": "2026/27",
        "track": "school",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 4,
        "olympiad_level": "1",
        "profile": "big-data",
        "grade_from": 8,
        "grade_to": 11,
        "age_from": 13,
        "age_to": 18,
        "benefits_ru": (
            "Победители и призёры заключительного этапа могут получить льготы при поступлении в "
            "вузы: зачисление без вступительных испытаний или 100 баллов ЕГЭ по профильному "
            "предмету — в соответствии с правилами приёма конкретного вуза."
        ),
        "benefits_en": (
            "Winners and prize-winners of the final can receive university admission benefits: "
            "enrolment without entrance exams or full marks for the relevant subject exam, "
            "according to each university's admission rules."
        ),
        "prizes_ru": "Дипломы олимпиады, летняя школа по анализу данных в Казани для финалистов.",
        "prizes_en": (
            "Olympiad diplomas and a summer school on data analysis in Kazan for finalists."
        ),
        "registration_url": "https://nto.example.org/profiles/big-data",
        "registration_opens_days": -60,
        "registration_closes_days": 30,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация",
                "name_en": "Registration",
                "format": "online",
                "start_days": -60,
                "end_days": 30,
                "venue_ru": "Сайт олимпиады",
                "venue_en": "Olympiad website",
            },
            {
                "name_ru": "Отборочный этап (индивидуальный)",
                "name_en": "Qualifying round (individual)",
                "format": "online",
                "start_days": -44,
                "end_days": 35,
                "venue_ru": "Личный кабинет участника",
                "venue_en": "Participant's account",
            },
            {
                "name_ru": "Командный этап",
                "name_en": "Team round",
                "format": "online",
                "start_days": 50,
                "end_days": 80,
                "venue_ru": "Онлайн-симулятор профиля",
                "venue_en": "Online profile simulator",
            },
            {
                "name_ru": "Заключительный этап",
                "name_en": "Final",
                "format": "in_person",
                "start_days": 120,
                "end_days": 125,
                "venue_ru": "Казанский университет, Казань",
                "venue_en": "Kazan University, Kazan",
            },
        ],
    },
    {
        "slug": "nto-aerospace-systems",
        "member": "leonov-university",
        "title_ru": "НТО, школьный трек: профиль «Аэрокосмические системы»",
        "title_en": "NTO school track: Aerospace Systems",
        "summary_ru": (
            "Команды проектируют и собирают малый спутник, программируют его бортовую систему и "
            "принимают телеметрию на наземной станции."
        ),
        "summary_en": (
            "Teams design and assemble a small satellite, program its onboard system and receive "
            "telemetry at a ground station."
        ),
        "body_ru": [
            "В профиле соединяются физика, электроника и программирование. Финал проходит в "
            "Королёве: команды собирают конструктор спутника, проверяют его на вибростенде и "
            "выполняют миссию — съёмку заданного участка поверхности.",
        ],
        "body_en": [
            "The profile brings together physics, electronics and programming. The final takes "
            "place in Korolyov: teams assemble a satellite kit, test it on a vibration stand and "
            "fly a mission to photograph a given area of the surface.",
        ],
        "season": "2026/27",
        "track": "school",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 5,
        "olympiad_level": "2",
        "profile": "space",
        "grade_from": 9,
        "grade_to": 11,
        "age_from": 14,
        "age_to": 18,
        "benefits_ru": (
            "Победители и призёры заключительного этапа могут получить льготы при поступлении в "
            "вузы: зачисление без вступительных испытаний или 100 баллов ЕГЭ по профильному "
            "предмету — в соответствии с правилами приёма конкретного вуза."
        ),
        "benefits_en": (
            "Winners and prize-winners of the final can receive university admission benefits: "
            "enrolment without entrance exams or full marks for the relevant subject exam, "
            "according to each university's admission rules."
        ),
        "prizes_ru": (
            "Дипломы олимпиады, экскурсия на предприятия ракетно-космической отрасли, приглашение "
            "в проектную смену ЛЕОНОВ университета."
        ),
        "prizes_en": (
            "Olympiad diplomas, a tour of space-industry plants and an invitation to a LEONOV "
            "University project camp."
        ),
        "registration_url": "https://nto.example.org/profiles/aerospace",
        "registration_opens_days": -60,
        "registration_closes_days": 30,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация",
                "name_en": "Registration",
                "format": "online",
                "start_days": -60,
                "end_days": 30,
                "venue_ru": "Сайт олимпиады",
                "venue_en": "Olympiad website",
            },
            {
                "name_ru": "Отборочный этап (индивидуальный)",
                "name_en": "Qualifying round (individual)",
                "format": "online",
                "start_days": -44,
                "end_days": 35,
                "venue_ru": "Личный кабинет участника",
                "venue_en": "Participant's account",
            },
            {
                "name_ru": "Командный этап",
                "name_en": "Team round",
                "format": "online",
                "start_days": 50,
                "end_days": 80,
                "venue_ru": "Онлайн-симулятор профиля",
                "venue_en": "Online profile simulator",
            },
            {
                "name_ru": "Заключительный этап",
                "name_en": "Final",
                "format": "in_person",
                "start_days": 120,
                "end_days": 125,
                "venue_ru": "ЛЕОНОВ университет, Королёв",
                "venue_en": "LEONOV University, Korolyov",
            },
        ],
    },
    {
        "slug": "nto-student-unmanned-aircraft",
        "member": "leonov-university",
        "title_ru": "НТО, студенческий трек: профиль «Беспилотные авиационные системы»",
        "title_en": "NTO student track: Unmanned Aircraft Systems",
        "summary_ru": (
            "Инженерные соревнования для студентов: команда разрабатывает беспилотник для "
            "автономной доставки груза и защищает решение перед экспертами отрасли."
        ),
        "summary_en": (
            "An engineering contest for university students: each team develops a drone for "
            "autonomous cargo delivery and defends it before industry experts."
        ),
        "body_ru": [
            "Студенческий трек открыт для студентов вузов и колледжей. Отбор состоит из "
            "онлайн-теста и инженерного кейса, а финальная неделя проходит на лётном поле: "
            "команды выполняют полётную миссию с поиском площадки и точной посадкой.",
        ],
        "body_en": [
            "The student track is open to university and college students. Selection consists of "
            "an online test and an engineering case; the final week is spent on an airfield, "
            "where teams fly a mission that includes finding a landing site and landing "
            "precisely.",
        ],
        "season": "2026/27",
        "track": "student",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 5,
        "olympiad_level": "",
        "profile": "aero",
        "grade_from": None,
        "grade_to": None,
        "age_from": 17,
        "age_to": 25,
        "benefits_ru": (
            "Финалисты получают приоритет при отборе на стажировки в компаниях-партнёрах и в "
            "магистратуру ЛЕОНОВ университета."
        ),
        "benefits_en": (
            "Finalists get priority for internships at partner companies and for LEONOV "
            "University's master's programmes."
        ),
        "prizes_ru": "Денежные призы командам-победителям и гранты на доработку проектов.",
        "prizes_en": (
            "Cash prizes for the winning teams and grants to develop their projects further."
        ),
        "registration_url": "https://nto.example.org/student/unmanned-aircraft",
        "registration_opens_days": 10,
        "registration_closes_days": 70,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация",
                "name_en": "Registration",
                "format": "online",
                "start_days": 10,
                "end_days": 70,
                "venue_ru": "Сайт олимпиады",
                "venue_en": "Olympiad website",
            },
            {
                "name_ru": "Отборочный этап: тест и инженерный кейс",
                "name_en": "Qualifying round: test and engineering case",
                "format": "online",
                "start_days": 40,
                "end_days": 80,
                "venue_ru": "Личный кабинет команды",
                "venue_en": "Team account",
            },
            {
                "name_ru": "Командный этап: проект и лётные испытания",
                "name_en": "Team round: design and flight tests",
                "format": "blended",
                "start_days": 95,
                "end_days": 125,
                "venue_ru": "Онлайн и лётные площадки вузов-партнёров",
                "venue_en": "Online and partner universities' airfields",
            },
            {
                "name_ru": "Финал",
                "name_en": "Final",
                "format": "in_person",
                "start_days": 160,
                "end_days": 165,
                "venue_ru": "Лётное поле ЛЕОНОВ университета, Королёв",
                "venue_en": "LEONOV University airfield, Korolyov",
            },
        ],
    },
    {
        "slug": "rukami-maker-projects-contest",
        "member": "rukami-centre",
        "title_ru": "Всероссийский конкурс мейкерских проектов «Руками»",
        "title_en": "Rukami All-Russian Maker Projects Contest",
        "summary_ru": (
            "Конкурс для авторов, которые сами придумали и сделали вещь: прибор, механизм, игру, "
            "арт-объект или полезное устройство для дома и города."
        ),
        "summary_en": (
            "A contest for makers who invented and built something themselves: a device, a "
            "mechanism, a game, an art object or a useful gadget for home or town."
        ),
        "body_ru": [
            "Принимаются проекты, доведённые хотя бы до работающего прототипа. Эксперты оценивают "
            "идею, качество исполнения и то, насколько понятно автор рассказывает о своём пути: "
            "от первых эскизов до ошибок и переделок.",
            "Лучшие проекты покажут на Московском фестивале «Руками», а их авторы проведут "
            "мастер-классы для посетителей.",
        ],
        "body_en": [
            "Projects must have reached at least a working prototype. The experts assess the "
            "idea, the quality of the build and how clearly the author explains the journey, from "
            "first sketches to mistakes and rebuilds.",
            "The best projects will be shown at the Rukami festival in Moscow, where their "
            "authors will run master classes for visitors.",
        ],
        "season": "2026/27",
        "track": "school",
        "participation": "individual",
        "team_size_min": None,
        "team_size_max": None,
        "olympiad_level": "",
        "profile": "industrial-design",
        "grade_from": None,
        "grade_to": None,
        "age_from": 10,
        "age_to": 25,
        "benefits_ru": "",
        "benefits_en": "",
        "prizes_ru": (
            "Стенд на Московском фестивале «Руками», сертификаты на оборудование для мастерской, "
            "менторская поддержка проекта в течение трёх месяцев."
        ),
        "prizes_en": (
            "A stand at the Rukami festival in Moscow, vouchers for workshop equipment and three "
            "months of mentoring for the project."
        ),
        "registration_url": "https://rukami.example.org/contest/apply",
        "registration_opens_days": -20,
        "registration_closes_days": 60,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Приём заявок",
                "name_en": "Applications",
                "format": "online",
                "start_days": -20,
                "end_days": 60,
                "venue_ru": "Сайт конкурса",
                "venue_en": "Contest website",
            },
            {
                "name_ru": "Заочная экспертиза",
                "name_en": "Expert review",
                "format": "online",
                "start_days": 61,
                "end_days": 80,
                "venue_ru": "",
                "venue_en": "",
            },
            {
                "name_ru": "Очная защита и выставка",
                "name_en": "Presentations and exhibition",
                "format": "in_person",
                "start_days": 100,
                "end_days": 101,
                "venue_ru": "Ресурсный центр «Руками», Москва",
                "venue_en": "Rukami resource centre, Moscow",
            },
        ],
    },
    {
        "slug": "belgorod-smart-city-hackathon",
        "member": "it-cube-belgorod",
        "title_ru": "Хакатон «Умный город Белгород»",
        "title_en": "Smart City Belgorod hackathon",
        "summary_ru": (
            "Командный хакатон для школьников: за два дня создать прототип сервиса, который решит "
            "настоящую задачу горожан."
        ),
        "summary_en": (
            "A team hackathon for school students: two days to prototype a service that solves a "
            "real problem for local residents."
        ),
        "body_ru": [
            "Кейсы предоставили городские службы и IT-компании Белгорода. Перед хакатоном пройдёт "
            "онлайн-установочная встреча: расскажем о кейсах, правилах и критериях оценки, "
            "поможем найти команду тем, кто регистрируется в одиночку.",
        ],
        "body_en": [
            "The cases come from city services and Belgorod IT companies. An online briefing "
            "before the hackathon covers the cases, rules and judging criteria, and helps solo "
            "applicants find a team.",
        ],
        "season": "2026/27",
        "track": "school",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 5,
        "olympiad_level": "",
        "profile": "it",
        "grade_from": 8,
        "grade_to": 11,
        "age_from": 14,
        "age_to": 18,
        "benefits_ru": (
            "Команды-победители получают приглашение в акселератор школьных IT-проектов IT-куба."
        ),
        "benefits_en": (
            "Winning teams are invited to the IT-cube accelerator for school IT projects."
        ),
        "prizes_ru": (
            "Ноутбук каждому участнику команды-победителя, одноплатные компьютеры для призёров, "
            "стажировка в партнёрской IT-компании."
        ),
        "prizes_en": (
            "A laptop for each member of the winning team, single-board computers for runners-up "
            "and an internship at a partner IT company."
        ),
        "registration_url": "https://it-cube-belgorod.example.org/hackathon/register",
        "registration_opens_days": -10,
        "registration_closes_days": 25,
        "results_ru": "",
        "results_en": "",
        "stages": [
            {
                "name_ru": "Регистрация команд",
                "name_en": "Team registration",
                "format": "online",
                "start_days": -10,
                "end_days": 25,
                "venue_ru": "",
                "venue_en": "",
            },
            {
                "name_ru": "Установочная встреча",
                "name_en": "Briefing",
                "format": "online",
                "start_days": 27,
                "end_days": 27,
                "venue_ru": "Онлайн-трансляция",
                "venue_en": "Online broadcast",
            },
            {
                "name_ru": "Хакатон и защита проектов",
                "name_en": "Hackathon and pitches",
                "format": "in_person",
                "start_days": 30,
                "end_days": 31,
                "venue_ru": "IT-куб, Белгород",
                "venue_en": "IT-cube, Belgorod",
            },
        ],
    },
    {
        "slug": "kruzhok-clubs-contest-primorye",
        "member": "kruzhok-vladivostok",
        "title_ru": "Конкурс технологических кружков Приморья",
        "title_en": "Primorye Technology Clubs Contest",
        "summary_ru": (
            "Региональный этап конкурса кружков Кружкового движения НТИ: клубы рассказывают, как "
            "они работают, чему учат и что успели сделать за год."
        ),
        "summary_en": (
            "The regional stage of the NTI Kruzhok movement clubs contest: clubs show how they "
            "work, what they teach and what they achieved over the year."
        ),
        "body_ru": [
            "В конкурсе участвуют кружки целиком: наставник и ребята. Экспертов интересуют не "
            "только проекты, но и устройство сообщества — как кружок принимает новичков, с кем "
            "сотрудничает и как распределяет роли.",
            "Победители представляют Приморский край на всероссийском этапе.",
        ],
        "body_en": [
            "Clubs take part as a whole: the mentor and the members. The experts look not only at "
            "projects but at how the community works: how the club welcomes newcomers, who it "
            "partners with and how it shares roles.",
            "The winners represent Primorsky Krai at the national stage.",
        ],
        "season": "2026",
        "track": "school",
        "participation": "team",
        "team_size_min": 3,
        "team_size_max": 30,
        "olympiad_level": "",
        "profile": "robotics",
        "grade_from": None,
        "grade_to": None,
        "age_from": 10,
        "age_to": 18,
        "benefits_ru": "Победители проходят на всероссийский этап конкурса кружков.",
        "benefits_en": "The winners go through to the national stage of the clubs contest.",
        "prizes_ru": (
            "Гранты на оборудование для трёх лучших кружков, поездка наставников на всероссийскую "
            "конференцию Кружкового движения."
        ),
        "prizes_en": (
            "Equipment grants for the three best clubs and a trip for their mentors to the "
            "national Kruzhok movement conference."
        ),
        "registration_url": "https://kruzhok-vladivostok.example.org/contest",
        "registration_opens_days": -120,
        "registration_closes_days": -60,
        "results_ru": (
            "Первое место занял кружок морской робототехники «Глубина» с телеуправляемым "
            "аппаратом для осмотра причалов. Второе — клуб «Пиксель» из Находки с проектом "
            "цифрового музея города, третье — кружок «Юный энергетик» из Уссурийска. Все три "
            "кружка получают гранты и представят край на всероссийском этапе."
        ),
        "results_en": (
            "First place went to the Glubina marine robotics club for its remote vehicle for "
            "inspecting piers. Second was the Pixel club from Nakhodka with a digital city "
            "museum, third the Young Power Engineer club from Ussuriysk. All three receive grants "
            "and will represent the region at the national stage."
        ),
        "stages": [
            {
                "name_ru": "Приём заявок",
                "name_en": "Applications",
                "format": "online",
                "start_days": -120,
                "end_days": -60,
                "venue_ru": "",
                "venue_en": "",
            },
            {
                "name_ru": "Экспертиза портфолио кружков",
                "name_en": "Review of club portfolios",
                "format": "online",
                "start_days": -59,
                "end_days": -40,
                "venue_ru": "",
                "venue_en": "",
            },
            {
                "name_ru": "Очная презентация кружков",
                "name_en": "Club presentations",
                "format": "in_person",
                "start_days": -30,
                "end_days": -30,
                "venue_ru": "Выставочный зал «Морской фасад», Владивосток",
                "venue_en": "Sea Front exhibition hall, Vladivostok",
            },
        ],
    },
]
