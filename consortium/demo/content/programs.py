"""Demo additional-education programs of the member institutions (schema.org Course). Programs
with title_en None have no English version: all their *_en values are None. Registration offsets
are days from today (negative = in the past)."""

PROGRAMS = [
    {
        "slug": "chelyabinsk-auto-electric-kart",
        "member": "quantorium-chelyabinsk",
        "profile": "auto",
        "title_ru": "Автоквантум: электрокарт своими руками",
        "title_en": "Auto quantum: build your own electric kart",
        "summary_ru": (
            "Команда из шести–восьми подростков за учебный год проектирует и собирает "
            "электрокарт: раму, рулевое управление, тяговый двигатель и систему телеметрии."
        ),
        "summary_en": (
            "Over one school year a team of six to eight teenagers designs and assembles an "
            "electric kart: the frame, the steering, the traction motor and a telemetry unit."
        ),
        "goals_ru": (
            "Показать, как устроен современный автомобиль, и научить работать по инженерному "
            "циклу: расчёт, чертёж, сборка, испытания, доработка."
        ),
        "goals_en": (
            "To show how a modern car works and to practise the engineering cycle: calculate, "
            "draw, build, test, improve."
        ),
        "results_ru": (
            "Участники читают кинематическую схему, подбирают аккумулятор под заданный пробег, "
            "безопасно работают с ручным и электроинструментом и выводят карт на испытательный "
            "заезд по закрытой площадке."
        ),
        "results_en": (
            "Participants can read a kinematic diagram, size a battery for a given range, use "
            "hand and power tools safely and take the kart for a test run on a closed track."
        ),
        "body_ru": [
            (
                "Первые два месяца уходят на кейсы поменьше: разбираем редуктор, считаем "
                "передаточное число, собираем радиоуправляемую модель. Затем группа делится на "
                "подкоманды — «шасси», «электрика», «данные» — и начинается основной проект."
            ),
            (
                "В мае карт проходит техосмотр у наставника и показательные заезды на дне "
                "открытых дверей технопарка. Лучшие команды готовят проект к региональным "
                "соревнованиям по электромобилям."
            ),
        ],
        "body_en": [
            (
                "The first two months go to smaller cases: taking a gearbox apart, working out a "
                "gear ratio, building a radio-controlled model. Then the group splits into "
                "sub-teams (chassis, electrics, data) and the main project begins."
            ),
            (
                "In May the kart passes an inspection by the mentor and takes part in "
                "demonstration runs at the technopark's open day. The strongest teams prepare the "
                "project for the regional electric-vehicle competition."
            ),
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 16,
        "grade_from": 6,
        "grade_to": 10,
        "duration_weeks": 34,
        "hours": 136,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 16,
        "free_seats": 5,
        "teachers": ["maxim-gusev"],
        "venue": "quantorium-chelyabinsk-main",
        "schedule": [
            ("Группа 1", 2, "15:00", "17:00"),
            ("Группа 1", 5, "15:00", "17:00"),
            ("Группа 2", 3, "17:30", "19:30"),
            ("Группа 2", 6, "11:00", "13:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/chelyabinsk/programs/auto-electric-kart",
        "registration_opens_days": -20,
        "registration_closes_days": 25,
    },
    {
        "slug": "chelyabinsk-industrial-design",
        "member": "quantorium-chelyabinsk",
        "profile": "industrial-design",
        "title_ru": "Промдизайнквантум: от эскиза до прототипа",
        "title_en": "Industrial design: from sketch to prototype",
        "summary_ru": (
            "Вводный курс промышленного дизайна: скетчинг маркерами, макеты из пенокартона, "
            "3D-модель в CAD и напечатанный прототип бытового предмета."
        ),
        "summary_en": (
            "An introduction to industrial design: marker sketching, foam-board mock-ups, a CAD "
            "model and a printed prototype of an everyday object."
        ),
        "goals_ru": (
            "Научить смотреть на привычные вещи глазами дизайнера: кто и как ими пользуется, что "
            "в них неудобно и как это исправить формой и материалом."
        ),
        "goals_en": (
            "To teach children to look at familiar things as a designer does: who uses them and "
            "how, what is awkward about them and how shape and material can fix it."
        ),
        "results_ru": (
            "К концу курса у каждого участника есть портфолио из трёх проектов — от настольного "
            "органайзера до светильника — с эскизами, макетом и презентацией для защиты."
        ),
        "results_en": (
            "By the end of the course each participant has a portfolio of three projects, from a "
            "desk organiser to a lamp, with sketches, a mock-up and a presentation for the final "
            "review."
        ),
        "body_ru": [
            (
                "Занятия идут в мастерской с 3D-принтерами и лазерным станком. Первый кейс "
                "называется «неудобная вещь»: дети приносят предмет из дома, разбирают его "
                "недостатки и предлагают новую форму."
            ),
            (
                "Курс подойдёт тем, кто любит рисовать и мастерить, но ещё не пробовал "
                "технические программы: работе в CAD учим с нуля."
            ),
        ],
        "body_en": [
            (
                "Classes take place in a workshop with 3D printers and a laser cutter. The first "
                "case is called 'the awkward object': children bring something from home, work "
                "out what is wrong with it and propose a new shape."
            ),
            (
                "The course suits those who like drawing and making things but have never used "
                "technical software: CAD is taught from scratch."
            ),
        ],
        "level": "starter",
        "age_from": 10,
        "age_to": 14,
        "grade_from": 4,
        "grade_to": 8,
        "duration_weeks": 16,
        "hours": 64,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "open",
        "capacity": 14,
        "free_seats": 3,
        "teachers": ["ekaterina-morozova"],
        "venue": "quantorium-chelyabinsk-main",
        "schedule": [
            ("Группа А", 1, "16:00", "18:00"),
            ("Группа А", 4, "16:00", "18:00"),
            ("Группа Б", 2, "16:00", "18:00"),
            ("Группа Б", 5, "16:00", "18:00"),
        ],
        "special_needs_ru": (
            "Мастерская на первом этаже, у входа есть пандус: на курс можно прийти ребёнку на "
            "кресле-коляске."
        ),
        "special_needs_en": (
            "The workshop is on the ground floor with a ramp at the entrance, so wheelchair users "
            "can attend."
        ),
        "registration_url": "https://navigator.example/chelyabinsk/programs/industrial-design",
        "registration_opens_days": -10,
        "registration_closes_days": 30,
    },
    {
        "slug": "chelyabinsk-energy-smart-grid",
        "member": "quantorium-chelyabinsk",
        "profile": "energy",
        "title_ru": "Энерджиквантум: умная энергосеть на столе",
        "title_en": None,
        "summary_ru": (
            "Собираем настольную модель города с солнечными панелями, ветрогенератором и "
            "накопителем и учим её распределять энергию без перебоев."
        ),
        "summary_en": None,
        "goals_ru": (
            "Разобраться, откуда берётся электричество в розетке, чем традиционная энергетика "
            "отличается от возобновляемой и зачем энергосетям автоматика."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники измеряют ток и напряжение мультиметром, собирают простые цепи с "
            "контроллером и программируют для модели сценарий «безветренная ночь»."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Каждая группа отвечает за свой район модели: жилой квартал, больницу или завод. "
                "На последнем занятии районы объединяются в общую сеть, и наставник устраивает "
                "«аварию», которую нужно пережить, не отключив ни одного потребителя."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 11,
        "age_to": 15,
        "grade_from": 5,
        "grade_to": 9,
        "duration_weeks": 18,
        "hours": 72,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 4,
        "teachers": ["maxim-gusev"],
        "venue": "quantorium-chelyabinsk-main",
        "schedule": [("Группа 1", 3, "15:30", "17:30"), ("Группа 1", 6, "10:00", "12:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "chelyabinsk-laser-technologies",
        "member": "quantorium-chelyabinsk",
        "profile": "laser",
        "title_ru": "Лазерквантум: резка, гравировка и оптика",
        "title_en": "Laser quantum: cutting, engraving and optics",
        "summary_ru": (
            "Курс о том, как свет становится инструментом: физика лазера, безопасная работа на "
            "станке и векторная графика для резки и гравировки по дереву, акрилу и металлу."
        ),
        "summary_en": (
            "How light becomes a tool: the physics of lasers, safe work on a machine, and vector "
            "graphics for cutting and engraving wood, acrylic and metal."
        ),
        "goals_ru": (
            "Объяснить принцип работы лазера и его применение в промышленности, медицине и связи "
            "и научить готовить файлы для лазерного станка."
        ),
        "goals_en": (
            "To explain how a laser works and where it is used in industry, medicine and "
            "communications, and to teach how to prepare files for a laser cutter."
        ),
        "results_ru": (
            "Участник сам готовит макет в векторном редакторе, подбирает мощность и скорость под "
            "материал и собирает из вырезанных деталей работающее изделие — например, шкатулку с "
            "замком или оптическую скамью."
        ),
        "results_en": (
            "Each participant prepares a layout in a vector editor, picks the power and speed for "
            "the material and assembles a working object from the cut parts, such as a box with a "
            "latch or an optical bench."
        ),
        "body_ru": [
            (
                "Половина занятий — опыты: дифракция на компакт-диске, измерение длины волны, "
                "передача звука по лазерному лучу. Вторая половина — работа на станке под "
                "присмотром наставника и только в защитных очках."
            ),
            (
                "К станку допускаются ученики с двенадцати лет; младших мы приглашаем на курс "
                "промышленного дизайна."
            ),
        ],
        "body_en": [
            (
                "Half of the classes are experiments: diffraction on a CD, measuring a "
                "wavelength, sending sound along a laser beam. The other half is work on the "
                "machine, always supervised and always in safety goggles."
            ),
            (
                "Only participants aged twelve and over may use the machine; younger children are "
                "welcome on the industrial design course."
            ),
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 20,
        "hours": 80,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "waitlist",
        "capacity": 10,
        "free_seats": 0,
        "teachers": ["ekaterina-morozova", "maxim-gusev"],
        "venue": "quantorium-chelyabinsk-main",
        "schedule": [("Группа 1", 2, "17:00", "19:00"), ("Группа 1", 4, "17:00", "19:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/chelyabinsk/programs/laser-technologies",
        "registration_opens_days": -40,
        "registration_closes_days": 10,
    },
    {
        "slug": "chelyabinsk-vr-first-scene",
        "member": "quantorium-chelyabinsk",
        "profile": "vr-ar",
        "title_ru": "VR/AR-квантум: первая виртуальная сцена",
        "title_en": None,
        "summary_ru": (
            "Снимаем панорамы на 360 градусов, моделируем простые объекты и собираем из них "
            "интерактивную экскурсию по Челябинску для VR-шлема и смартфона."
        ),
        "summary_en": None,
        "goals_ru": (
            "Познакомить с технологиями виртуальной и дополненной реальности и показать, из каких "
            "ремёсел складывается VR-проект: съёмка, 3D-графика, программирование, сценарий."
        ),
        "goals_en": None,
        "results_ru": (
            "Команда выпускает экскурсию из пяти–семи сцен с подсказками и AR-меткой на плакате, "
            "а каждый участник осваивает основы работы в игровом движке."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Курс рассчитан на новичков: программировать начинаем визуальными блоками и "
                "только к концу переходим к первым скриптам. Половина занятий проходит онлайн, "
                "поэтому курс удобно совмещать с загруженной школьной неделей."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 10,
        "age_to": 13,
        "grade_from": 4,
        "grade_to": 7,
        "duration_weeks": 12,
        "hours": 36,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "soon",
        "capacity": 12,
        "free_seats": 12,
        "teachers": ["ekaterina-morozova"],
        "venue": "quantorium-chelyabinsk-main",
        "schedule": [
            ("Группа 1, онлайн", 3, "18:00", "19:00"),
            ("Группа 1, очно", 6, "12:00", "14:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/chelyabinsk/programs/vr-first-scene",
        "registration_opens_days": 14,
        "registration_closes_days": 40,
    },
    {
        "slug": "irkutsk-geo-baikal-mapping",
        "member": "quantorium-irkutsk",
        "profile": "geo",
        "title_ru": "Геоквантум: Байкал на карте",
        "title_en": "Geo quantum: mapping Lake Baikal",
        "summary_ru": (
            "Учимся работать со спутниковыми снимками, GPS-приёмником и съёмкой с дрона, чтобы "
            "составить собственную карту участка байкальского побережья."
        ),
        "summary_en": (
            "Participants learn to work with satellite images, a GPS receiver and drone surveys "
            "to make their own map of a stretch of the Baikal shore."
        ),
        "goals_ru": (
            "Познакомить с геоинформатикой как профессией и научить собирать, обрабатывать и "
            "наглядно показывать пространственные данные."
        ),
        "goals_en": (
            "To introduce geoinformatics as a profession and teach how spatial data are "
            "collected, processed and presented clearly."
        ),
        "results_ru": (
            "Участники строят ортофотоплан по снимкам с дрона, собирают слои карты в ГИС и "
            "публикуют веб-карту с итогами летней полевой практики."
        ),
        "results_en": (
            "Participants build an orthophoto map from drone images, assemble map layers in a GIS "
            "and publish a web map with the results of the summer field trip."
        ),
        "body_ru": [
            (
                "Зимой работаем в технопарке: картографические проекции, ГИС, обработка снимков. "
                "В июне группа на три дня выезжает в Листвянку, снимает береговую линию и "
                "отмечает на карте места, где волонтёрам стоит убрать мусор."
            ),
            "Полевой выезд бесплатный и проходит с письменного согласия родителей.",
        ],
        "body_en": [
            (
                "In winter we work at the technopark: map projections, GIS, image processing. In "
                "June the group spends three days in Listvyanka, surveying the shoreline and "
                "marking the spots where volunteers should clear litter."
            ),
            "The field trip is free and requires written consent from parents.",
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 36,
        "hours": 144,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 14,
        "free_seats": 6,
        "teachers": ["nikolai-ermakov"],
        "venue": "quantorium-irkutsk-main",
        "schedule": [("Группа 1", 1, "15:00", "17:00"), ("Группа 1", 3, "15:00", "17:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/irkutsk/programs/geo-baikal-mapping",
        "registration_opens_days": -15,
        "registration_closes_days": 20,
    },
    {
        "slug": "irkutsk-bio-baikal-microworld",
        "member": "quantorium-irkutsk",
        "profile": "bio",
        "title_ru": "Биоквантум: микромир байкальской воды",
        "title_en": "Bio quantum: the microworld of Baikal water",
        "summary_ru": (
            "Исследуем планктон, бактерии и водоросли Байкала и Ангары: от отбора проб и "
            "микроскопии до посевов на питательные среды и простого ПЦР-анализа."
        ),
        "summary_en": (
            "Plankton, bacteria and algae of Lake Baikal and the Angara: from sampling and "
            "microscopy to growing cultures and a simple PCR test."
        ),
        "goals_ru": (
            "Показать, как работает настоящая биологическая лаборатория, и научить ставить "
            "эксперимент с контролем, повторностями и честным учётом результатов."
        ),
        "goals_en": (
            "To show how a real biology laboratory works and teach how to set up an experiment "
            "with controls, repeats and honest records."
        ),
        "results_ru": (
            "Каждый участник ведёт лабораторный журнал, работает с микроскопом и дозатором и "
            "представляет собственное мини-исследование на весенней конференции технопарка."
        ),
        "results_en": (
            "Each participant keeps a lab notebook, handles a microscope and a pipette and "
            "presents a small study of their own at the technopark's spring conference."
        ),
        "body_ru": [
            (
                "Пробы берём вместе: зимой — из лунки во льду, весной — с берега Ангары. Эпишура, "
                "крошечный байкальский рачок, который фильтрует воду озера, под микроскопом "
                "выглядит совсем не так, как на картинке в учебнике."
            ),
        ],
        "body_en": [
            (
                "We take samples together: through a hole in the ice in winter and from the "
                "Angara bank in spring. Epischura, the tiny crustacean that filters Baikal's "
                "water, looks nothing like the picture in the textbook once you see it under a "
                "microscope."
            ),
        ],
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 32,
        "hours": 128,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 10,
        "free_seats": 2,
        "teachers": ["anna-tarasova"],
        "venue": "quantorium-irkutsk-main",
        "schedule": [("Группа 1", 2, "16:00", "18:00"), ("Группа 1", 5, "16:00", "18:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/irkutsk/programs/bio-baikal-microworld",
        "registration_opens_days": -30,
        "registration_closes_days": 15,
    },
    {
        "slug": "irkutsk-aero-uav",
        "member": "quantorium-irkutsk",
        "profile": "aero",
        "title_ru": "Аэроквантум: конструирование и пилотирование беспилотников",
        "title_en": None,
        "summary_ru": (
            "Собираем мультикоптер из набора, настраиваем полётный контроллер и учимся "
            "пилотировать — сначала в симуляторе, потом в зале с защитной сеткой."
        ),
        "summary_en": None,
        "goals_ru": (
            "Дать основы аэродинамики и устройства беспилотных авиационных систем, научить "
            "безопасному пилотированию и правилам использования воздушного пространства."
        ),
        "goals_en": None,
        "results_ru": (
            "Участник сам паяет силовую часть, прошивает контроллер, выполняет упражнения "
            "«квадрат» и «восьмёрка» в ручном режиме и проходит зачётную трассу."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Правила полётов разбираем на первом же занятии: где летать можно, где нельзя и "
                "почему. За пределами технопарка группа летает только на согласованных площадках "
                "и только с наставником."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 11,
        "age_to": 16,
        "grade_from": 5,
        "grade_to": 10,
        "duration_weeks": 24,
        "hours": 96,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 1,
        "teachers": ["nikolai-ermakov"],
        "venue": "quantorium-irkutsk-main",
        "schedule": [("Группа 1", 4, "15:00", "17:00"), ("Группа 1", 6, "11:00", "13:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/irkutsk/programs/aero-uav",
        "registration_opens_days": -25,
        "registration_closes_days": 5,
    },
    {
        "slug": "irkutsk-nano-microscope",
        "member": "quantorium-irkutsk",
        "profile": "nano",
        "title_ru": "Наноквантум: что видно в микроскоп",
        "title_en": None,
        "summary_ru": (
            "Знакомство с наноматериалами для младших школьников: выращиваем кристаллы, делаем "
            "ткань, которую не смачивает вода, и разглядываем крыло бабочки в цифровой микроскоп."
        ),
        "summary_en": None,
        "goals_ru": (
            "Пробудить интерес к физике и химии через опыты и показать, что свойства вещества "
            "зависят от его строения на самых малых масштабах."
        ),
        "goals_en": None,
        "results_ru": (
            "Дети ведут дневник наблюдений, готовят препараты для цифрового микроскопа, измеряют "
            "форму капли на разных поверхностях и объясняют своими словами, что такое нанометр."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Занятия короткие и плотные: за полтора часа успеваем задать вопрос, проверить "
                "его опытом и зарисовать результат. Реактивы используем только безопасные, "
                "работаем в перчатках и очках."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 8,
        "age_to": 11,
        "grade_from": 2,
        "grade_to": 5,
        "duration_weeks": 14,
        "hours": 42,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 7,
        "teachers": ["anna-tarasova"],
        "venue": "quantorium-irkutsk-main",
        "schedule": [
            ("Младшая группа", 3, "14:00", "15:30"),
            ("Младшая группа", 6, "10:00", "11:30"),
        ],
        "special_needs_ru": (
            "Подходит детям с нарушениями слуха: инструкция к каждому опыту дублируется на "
            "карточке со схемой."
        ),
        "special_needs_en": None,
        "registration_url": "https://navigator.example/irkutsk/programs/nano-microscope",
        "registration_opens_days": -5,
        "registration_closes_days": 30,
    },
    {
        "slug": "irkutsk-space-cubesat",
        "member": "quantorium-irkutsk",
        "profile": "space",
        "title_ru": "Космоквантум: спутник формата CubeSat",
        "title_en": "Space quantum: a CubeSat satellite",
        "summary_ru": (
            "Проектная программа для старшеклассников: команда разрабатывает учебный наноспутник "
            "формата 1U, собирает его из модулей и испытывает на стенде и на высотном зонде."
        ),
        "summary_en": (
            "A project programme for senior students: the team designs a 1U educational "
            "nanosatellite, assembles it from modules and tests it on a bench and on a "
            "high-altitude balloon."
        ),
        "goals_ru": (
            "Познакомить с устройством космических аппаратов и с тем, как распределяется работа в "
            "настоящей команде: питание, связь, ориентация, полезная нагрузка."
        ),
        "goals_en": (
            "To introduce the design of spacecraft and show how work is shared in a real team: "
            "power, communications, attitude control, payload."
        ),
        "results_ru": (
            "Команда выпускает техническое описание аппарата, проводит испытания на вибростенде и "
            "в термокамере и принимает телеметрию на собственную наземную станцию во время полёта "
            "зонда."
        ),
        "results_en": (
            "The team writes a technical description of the satellite, runs vibration and thermal "
            "chamber tests and receives telemetry at its own ground station during the balloon "
            "flight."
        ),
        "body_ru": [
            (
                "В программу принимаем ребят, которые прошли вводный модуль любого квантума или "
                "уже работали с Arduino. Собеседование короткое: нам важно, чтобы участник был "
                "готов к долгой командной работе."
            ),
            (
                "Зонд запускается весной в хорошую погоду; дату согласуем с авиационными службами "
                "и объявляем заранее."
            ),
        ],
        "body_en": [
            (
                "We take participants who have completed the introductory module of any quantum "
                "or have worked with Arduino. The interview is short: what matters is readiness "
                "for long-term teamwork."
            ),
            (
                "The balloon is launched in spring in good weather; the date is agreed with the "
                "aviation authorities and announced in advance."
            ),
        ],
        "level": "advanced",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 36,
        "hours": 216,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "closed",
        "capacity": 8,
        "free_seats": 0,
        "teachers": ["nikolai-ermakov"],
        "venue": "quantorium-irkutsk-main",
        "schedule": [
            ("Проектная команда", 2, "16:00", "19:00"),
            ("Проектная команда", 6, "11:00", "14:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -120,
        "registration_closes_days": -60,
    },
    {
        "slug": "tyumen-robotics-manipulator",
        "member": "quantorium-tyumen",
        "profile": "robotics",
        "title_ru": "Робоквантум: промышленный манипулятор",
        "title_en": "Robotics quantum: an industrial robot arm",
        "summary_ru": (
            "Собираем и программируем учебный шестиосевой манипулятор: учим его снимать детали с "
            "конвейера, сортировать их по цвету и укладывать в тару."
        ),
        "summary_en": (
            "Participants assemble and program a six-axis educational robot arm and teach it to "
            "take parts off a conveyor, sort them by colour and pack them."
        ),
        "goals_ru": (
            "Показать, как устроены роботизированные линии современных предприятий, и дать основы "
            "мехатроники: приводы, датчики, кинематика, управляющая программа."
        ),
        "goals_en": (
            "To show how robotic lines in modern factories work and to teach the basics of "
            "mechatronics: drives, sensors, kinematics and control software."
        ),
        "results_ru": (
            "Участники пишут на Python программу управления манипулятором, подключают камеру "
            "технического зрения и запускают на демонстрационном стенде мини-цех из трёх "
            "операций."
        ),
        "results_en": (
            "Participants write a Python program to control the arm, connect a machine-vision "
            "camera and run a three-step mini production line on a demonstration stand."
        ),
        "body_ru": [
            (
                "Курс продолжает вводный модуль робототехники: мы рассчитываем, что участник уже "
                "собирал мобильного робота и знает, что такое цикл и условие. На первом занятии "
                "проводим короткое тестирование, чтобы подобрать задачи по силам."
            ),
        ],
        "body_en": [
            (
                "The course follows the introductory robotics module: we expect participants to "
                "have built a mobile robot and to know what a loop and a condition are. A short "
                "test in the first class helps us pick tasks at the right level."
            ),
        ],
        "level": "advanced",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 30,
        "hours": 120,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 4,
        "teachers": ["denis-khabarov"],
        "venue": "quantorium-tyumen-main",
        "schedule": [("Группа 1", 1, "16:00", "18:00"), ("Группа 1", 4, "16:00", "18:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/tyumen/programs/robotics-manipulator",
        "registration_opens_days": -14,
        "registration_closes_days": 21,
    },
    {
        "slug": "tyumen-neuro-bci",
        "member": "quantorium-tyumen",
        "profile": "neuro",
        "title_ru": "Нейроквантум: интерфейс «мозг — компьютер»",
        "title_en": "Neuro quantum: brain–computer interfaces",
        "summary_ru": (
            "Записываем электрическую активность мышц и мозга учебными нейрогарнитурами, "
            "разбираемся в сигналах и управляем с их помощью игрой и механической рукой."
        ),
        "summary_en": (
            "Recording muscle and brain activity with educational headsets, making sense of the "
            "signals and using them to control a game and a mechanical hand."
        ),
        "goals_ru": (
            "Познакомить с основами нейрофизиологии и нейротехнологий и показать, как биосигнал "
            "превращается в команду для устройства."
        ),
        "goals_en": (
            "To introduce the basics of neurophysiology and neurotechnology and show how a "
            "biosignal becomes a command for a device."
        ),
        "results_ru": (
            "Участники снимают ЭМГ и ЭЭГ, фильтруют сигнал, выделяют в нём признаки и собирают "
            "свой проект — например, игру, где персонаж прыгает, когда напрягаешь мышцу руки."
        ),
        "results_en": (
            "Participants record EMG and EEG, filter the signal, extract features and build a "
            "project of their own, for example a game in which a character jumps when you tense "
            "your arm."
        ),
        "body_ru": [
            (
                "Все измерения неинвазивные и безопасные: электроды просто накладываются на кожу. "
                "Перед началом курса родители подписывают согласие на запись сигналов в учебных "
                "целях, и данные не покидают технопарк."
            ),
        ],
        "body_en": [
            (
                "All measurements are non-invasive and safe: the electrodes simply rest on the "
                "skin. Before the course parents sign a consent to the recording of signals for "
                "teaching purposes, and the data never leave the technopark."
            ),
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 16,
        "grade_from": 6,
        "grade_to": 10,
        "duration_weeks": 24,
        "hours": 96,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 10,
        "free_seats": 3,
        "teachers": ["ksenia-lapshina"],
        "venue": "quantorium-tyumen-main",
        "schedule": [("Группа 1", 2, "15:00", "17:00"), ("Группа 1", 5, "15:00", "17:00")],
        "special_needs_ru": (
            "Программа адаптирована для детей с нарушениями опорно-двигательного аппарата: "
            "рабочие места доступны для кресла-коляски, проекты подбираются с учётом моторики."
        ),
        "special_needs_en": (
            "The programme is adapted for children with musculoskeletal disorders: workstations "
            "are wheelchair-accessible and projects are chosen with motor skills in mind."
        ),
        "registration_url": "https://navigator.example/tyumen/programs/neuro-bci",
        "registration_opens_days": -7,
        "registration_closes_days": 28,
    },
    {
        "slug": "tyumen-it-security",
        "member": "quantorium-tyumen",
        "profile": "it",
        "title_ru": "IT-квантум: основы информационной безопасности",
        "title_en": None,
        "summary_ru": (
            "Как устроены пароли, шифры и сетевые атаки и как от них защищаться: курс для "
            "подростков с практикой на учебном полигоне и задачами в формате CTF."
        ),
        "summary_en": None,
        "goals_ru": (
            "Научить безопасному поведению в цифровой среде и дать первое представление о защите "
            "информации как о профессии."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники настраивают домашний роутер, находят уязвимости на специально "
            "подготовленном учебном сайте и выступают командой на школьных соревнованиях CTF."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Все задания выполняются только на учебных стендах технопарка. Этику обсуждаем на "
                "первом же занятии: взлом чужих систем без разрешения — это преступление, а не "
                "хакерское мастерство."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 28,
        "hours": 84,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 16,
        "free_seats": 9,
        "teachers": ["ksenia-lapshina"],
        "venue": "quantorium-tyumen-main",
        "schedule": [
            ("Группа 1, очно", 3, "17:00", "18:30"),
            ("Группа 1, онлайн", 6, "12:00", "13:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/tyumen/programs/it-security",
        "registration_opens_days": -10,
        "registration_closes_days": 30,
    },
    {
        "slug": "tyumen-energy-north",
        "member": "quantorium-tyumen",
        "profile": "energy",
        "title_ru": "Энерджиквантум: энергия для северного посёлка",
        "title_en": None,
        "summary_ru": (
            "Проектируем энергоснабжение удалённого посёлка на севере Тюменской области: считаем "
            "нагрузку, выбираем источники и проверяем решение на лабораторном стенде."
        ),
        "summary_en": None,
        "goals_ru": (
            "Показать, как инженеры выбирают между дизельной, солнечной и ветровой генерацией с "
            "учётом климата, логистики и стоимости, и научить простым энергетическим расчётам."
        ),
        "goals_en": None,
        "results_ru": (
            "Команда защищает проект с балансом мощности, схемой и макетом, а каждый участник "
            "осваивает работу с солнечной панелью, ветрогенератором и накопителем на стенде."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Исходные данные кейса взяты из жизни: продолжительность полярной ночи, средняя "
                "скорость ветра, стоимость доставки топлива по зимнику. Считать придётся в "
                "электронных таблицах, так что курс для тех, кто не боится цифр."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 16,
        "hours": 64,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "soon",
        "capacity": 12,
        "free_seats": 12,
        "teachers": ["denis-khabarov"],
        "venue": "quantorium-tyumen-main",
        "schedule": [("Группа 1", 4, "17:00", "19:00"), ("Группа 1", 6, "10:00", "12:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/tyumen/programs/energy-north",
        "registration_opens_days": 10,
        "registration_closes_days": 45,
    },
    {
        "slug": "tyumen-auto-driverless-model",
        "member": "quantorium-tyumen",
        "profile": "auto",
        "title_ru": "Автоквантум: беспилотная модель автомобиля",
        "title_en": None,
        "summary_ru": (
            "Превращаем радиоуправляемую модель в масштабе 1:10 в беспилотник: ставим камеру и "
            "дальномер и учим машину держать полосу и останавливаться перед «пешеходом»."
        ),
        "summary_en": None,
        "goals_ru": (
            "Объяснить устройство систем помощи водителю и автономного транспорта и дать практику "
            "сборки, программирования и испытаний мобильной платформы."
        ),
        "goals_en": None,
        "results_ru": (
            "Модель проходит учебную трассу с разметкой, знаками и препятствием без участия "
            "человека; участники умеют калибровать камеру и подбирать коэффициенты регулятора."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Работаем парами: один отвечает за «железо», другой — за код, а через месяц они "
                "меняются ролями. Перед финальным заездом устраиваем ралли между группами "
                "технопарка."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 12,
        "age_to": 16,
        "grade_from": 6,
        "grade_to": 10,
        "duration_weeks": 20,
        "hours": 80,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 6,
        "teachers": ["denis-khabarov"],
        "venue": "quantorium-tyumen-main",
        "schedule": [("Группа 2", 2, "17:00", "19:00"), ("Группа 2", 5, "17:00", "19:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/tyumen/programs/auto-driverless-model",
        "registration_opens_days": -3,
        "registration_closes_days": 40,
    },
    {
        "slug": "belgorod-python-start",
        "member": "it-cube-belgorod",
        "profile": "it",
        "title_ru": "Python с нуля",
        "title_en": "Python from scratch",
        "summary_ru": (
            "Первые шаги в программировании: переменные, циклы, функции и работа с файлами на "
            "примере небольших игр и полезных скриптов."
        ),
        "summary_en": (
            "First steps in programming: variables, loops, functions and files, learned by "
            "writing small games and handy scripts."
        ),
        "goals_ru": (
            "Развить алгоритмическое мышление и привычку писать понятный код, чтобы дальше можно "
            "было двигаться в анализ данных, веб или разработку игр."
        ),
        "goals_en": (
            "To build algorithmic thinking and the habit of writing readable code, so that "
            "learners can move on to data analysis, web development or games."
        ),
        "results_ru": (
            "Выпускник курса пишет консольные программы на пару сотен строк, пользуется "
            "отладчиком и системой контроля версий и сдаёт итоговый проект — игру или утилиту "
            "собственного замысла."
        ),
        "results_en": (
            "Graduates write console programs of a couple of hundred lines, use a debugger and "
            "version control and hand in a final project: a game or a tool of their own design."
        ),
        "body_ru": [
            (
                "Курс идёт онлайн: два вебинара в неделю и домашние задания с автоматической "
                "проверкой. Куратор отвечает на вопросы в чате курса в течение дня, а раз в месяц "
                "проходит разбор лучших решений."
            ),
        ],
        "body_en": [
            (
                "The course is online: two webinars a week and homework with automatic checking. "
                "A tutor answers questions in the course chat during the day, and once a month we "
                "review the best solutions together."
            ),
        ],
        "level": "starter",
        "age_from": 11,
        "age_to": 15,
        "grade_from": 5,
        "grade_to": 9,
        "duration_weeks": 32,
        "hours": 64,
        "format": "online",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 30,
        "free_seats": 11,
        "teachers": ["igor-polyansky"],
        "venue": None,
        "schedule": [
            ("Онлайн-поток 1", 2, "18:00", "19:00"),
            ("Онлайн-поток 1", 4, "18:00", "19:00"),
        ],
        "special_needs_ru": "Вебинары сопровождаются субтитрами, записи доступны до конца курса.",
        "special_needs_en": (
            "Webinars have subtitles, and recordings remain available until the end of the course."
        ),
        "registration_url": "https://navigator.example/belgorod/programs/python-start",
        "registration_opens_days": -21,
        "registration_closes_days": 14,
    },
    {
        "slug": "belgorod-web-first-sites",
        "member": "it-cube-belgorod",
        "profile": "web-programming",
        "title_ru": "Веб-разработка: первые сайты",
        "title_en": "Web development: your first websites",
        "summary_ru": (
            "HTML, CSS и немного JavaScript: за семестр участники делают сайт-визитку, страницу "
            "школьного события и небольшую интерактивную викторину."
        ),
        "summary_en": (
            "HTML, CSS and a little JavaScript: in one term participants build a personal page, a "
            "page for a school event and a small interactive quiz."
        ),
        "goals_ru": (
            "Объяснить, как устроен веб, научить вёрстке по макету и основам адаптивного дизайна "
            "и приучить проверять сайт на доступность."
        ),
        "goals_en": (
            "To explain how the web works, teach layout from a design mock-up and the basics of "
            "responsive design, and make checking accessibility a habit."
        ),
        "results_ru": (
            "Участник публикует три сайта на учебном хостинге, пользуется инструментами "
            "разработчика в браузере и проверяет контрастность и работу страницы без мыши."
        ),
        "results_en": (
            "Participants publish three sites on a training host, use the browser's developer "
            "tools and check contrast and keyboard-only navigation."
        ),
        "body_ru": [
            (
                "Одно занятие целиком посвящено доступности: включаем экранный диктор и пробуем "
                "пройти собственный сайт с закрытыми глазами. Обычно после этого ребята сами "
                "переделывают половину вёрстки."
            ),
        ],
        "body_en": [
            (
                "One whole class is about accessibility: we switch on a screen reader and try to "
                "get through our own site with our eyes closed. Afterwards participants usually "
                "redo half of their layout on their own initiative."
            ),
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 16,
        "grade_from": 6,
        "grade_to": 10,
        "duration_weeks": 16,
        "hours": 64,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "open",
        "capacity": 14,
        "free_seats": 2,
        "teachers": ["daria-shevchenko"],
        "venue": "it-cube-belgorod-main",
        "schedule": [
            ("Группа 1", 1, "17:00", "19:00"),
            ("Группа 1", 4, "17:00", "19:00"),
            ("Группа 2", 2, "17:00", "19:00"),
            ("Группа 2", 5, "17:00", "19:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/belgorod/programs/web-first-sites",
        "registration_opens_days": -12,
        "registration_closes_days": 18,
    },
    {
        "slug": "belgorod-data-science",
        "member": "it-cube-belgorod",
        "profile": "big-data",
        "title_ru": "Анализ данных и машинное обучение",
        "title_en": None,
        "summary_ru": (
            "Курс для старшеклассников, которые уже знают Python: таблицы pandas, графики и "
            "первые модели машинного обучения на открытых данных Белгородской области."
        ),
        "summary_en": None,
        "goals_ru": (
            "Познакомить с профессиями аналитика данных и инженера машинного обучения и научить "
            "полному циклу: вопрос, данные, очистка, модель, вывод."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники готовят исследование на реальном наборе данных — например, об урожайности "
            "или дорожном трафике — и защищают его перед специалистами местных компаний."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Для записи нужен базовый Python: циклы, функции, списки и словари. Если вы "
                "только начинаете, сначала пройдите курс «Python с нуля»."
            ),
        ],
        "body_en": None,
        "level": "advanced",
        "age_from": 15,
        "age_to": 17,
        "grade_from": 9,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 96,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "waitlist",
        "capacity": 15,
        "free_seats": 0,
        "teachers": ["igor-polyansky"],
        "venue": "it-cube-belgorod-main",
        "schedule": [
            ("Группа 1, очно", 2, "16:00", "18:00"),
            ("Группа 1, онлайн", 5, "18:00", "20:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/belgorod/programs/data-science",
        "registration_opens_days": -35,
        "registration_closes_days": 7,
    },
    {
        "slug": "belgorod-vr-unity",
        "member": "it-cube-belgorod",
        "profile": "vr-ar",
        "title_ru": "Разработка VR/AR-приложений на Unity",
        "title_en": "Building VR and AR apps in Unity",
        "summary_ru": (
            "Делаем приложения дополненной и виртуальной реальности: от AR-открытки на смартфоне "
            "до VR-тренажёра, который проверяет знание правил пожарной безопасности."
        ),
        "summary_en": (
            "Participants make augmented and virtual reality apps, from an AR postcard on a phone "
            "to a VR simulator that tests knowledge of fire safety rules."
        ),
        "goals_ru": (
            "Научить основам C# и работе в движке Unity и показать, как проектировать удобное "
            "взаимодействие в виртуальной реальности."
        ),
        "goals_en": (
            "To teach the basics of C# and the Unity engine and show how to design comfortable "
            "interaction in virtual reality."
        ),
        "results_ru": (
            "Каждый участник выпускает AR-приложение для смартфона, а команда — VR-тренажёр для "
            "шлема, который проходит испытания на младших школьниках."
        ),
        "results_en": (
            "Each participant releases an AR app for a smartphone, and each team builds a VR "
            "simulator for a headset that is play-tested by younger pupils."
        ),
        "body_ru": [
            (
                "Тему командного тренажёра ребята выбирают сами: это может быть эвакуация из "
                "здания школы, первая помощь при ожоге или переход дороги в тёмное время суток."
            ),
        ],
        "body_en": [
            (
                "The teams choose the topic of their simulator themselves: evacuating the school "
                "building, first aid for a burn or crossing the road after dark."
            ),
        ],
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 96,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 5,
        "teachers": ["daria-shevchenko"],
        "venue": "it-cube-belgorod-main",
        "schedule": [("Группа 1", 2, "17:00", "19:00"), ("Группа 1", 6, "12:00", "14:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/belgorod/programs/vr-unity",
        "registration_opens_days": -5,
        "registration_closes_days": 20,
    },
    {
        "slug": "isaev-rocket-engines",
        "member": "isaev-dnk",
        "profile": "space",
        "title_ru": "Как устроен ракетный двигатель",
        "title_en": "How a rocket engine works",
        "summary_ru": (
            "Программа Дома научной коллаборации для старшеклассников: термодинамика, горение и "
            "устройство жидкостных ракетных двигателей с практикой на оборудовании университета."
        ),
        "summary_en": (
            "A programme of the House of Scientific Collaboration for senior students: "
            "thermodynamics, combustion and the design of liquid-propellant rocket engines, with "
            "practice on university equipment."
        ),
        "goals_ru": (
            "Познакомить школьников с ракетным двигателестроением — отраслью, с которой связаны "
            "история Королёва и имя Алексея Михайловича Исаева, — и показать, как прийти в эту "
            "профессию."
        ),
        "goals_en": (
            "To introduce schoolchildren to rocket engine engineering, the field tied to the "
            "history of Korolyov and to the name of Aleksei Isaev, and to show how to enter the "
            "profession."
        ),
        "results_ru": (
            "Участники рассчитывают тягу и удельный импульс учебного двигателя, работают с "
            "3D-моделью камеры сгорания и запускают модельные ракеты на полигоне под контролем "
            "инструктора."
        ),
        "results_en": (
            "Participants calculate the thrust and specific impulse of a training engine, work "
            "with a 3D model of a combustion chamber and launch model rockets at a test site "
            "under an instructor's supervision."
        ),
        "body_ru": [
            (
                "Занятия ведут преподаватели и аспиранты университета в учебных лабораториях "
                "кафедры. В программу входят экскурсия на предприятие ракетно-космической отрасли "
                "и встреча с инженерами-двигателистами."
            ),
            (
                "Итоговая работа — эскизный проект двигательной установки небольшой ракеты с "
                "расчётами и защитой перед преподавателями."
            ),
        ],
        "body_en": [
            (
                "Classes are taught by university lecturers and postgraduates in the department's "
                "teaching laboratories. The programme includes a visit to a space industry "
                "company and a meeting with engine designers."
            ),
            (
                "The final work is a preliminary design of a propulsion system for a small "
                "rocket, with calculations, defended in front of the lecturers."
            ),
        ],
        "level": "advanced",
        "age_from": 15,
        "age_to": 17,
        "grade_from": 9,
        "grade_to": 11,
        "duration_weeks": 30,
        "hours": 120,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 20,
        "free_seats": 6,
        "teachers": ["pavel-orlov", "dmitry-kovalenko"],
        "venue": "leonov-university-lab",
        "schedule": [("Группа 1", 3, "16:00", "18:00"), ("Группа 1", 6, "10:00", "12:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": (
            "https://navigator.example/moscow-oblast/programs/isaev-rocket-engines"
        ),
        "registration_opens_days": -10,
        "registration_closes_days": 25,
    },
    {
        "slug": "isaev-quadcopters",
        "member": "isaev-dnk",
        "profile": "quadcopters",
        "title_ru": "Квадрокоптеры: сборка и программирование полёта",
        "title_en": "Quadcopters: assembly and flight programming",
        "summary_ru": (
            "Собираем квадрокоптер на открытом полётном контроллере, настраиваем его и пишем "
            "программы автономного полёта по точкам и посадки на метку."
        ),
        "summary_en": (
            "Participants build a quadcopter on an open-source flight controller, tune it and "
            "write programs for autonomous waypoint flight and landing on a marker."
        ),
        "goals_ru": (
            "Научить устройству и программированию беспилотных летательных аппаратов и показать, "
            "как дроны применяются в мониторинге, логистике и съёмке."
        ),
        "goals_en": (
            "To teach how unmanned aircraft are built and programmed and to show how drones are "
            "used for monitoring, logistics and filming."
        ),
        "results_ru": (
            "Участник собирает и настраивает квадрокоптер, пишет на Python сценарий автономного "
            "полёта и вместе с командой выполняет групповую задачу для трёх дронов."
        ),
        "results_en": (
            "Each participant builds and tunes a quadcopter, writes an autonomous flight script "
            "in Python and completes a group mission with a team of three drones."
        ),
        "body_ru": [
            (
                "Полёты проходят в зале с защитной сеткой, а весной — на открытой площадке "
                "кампуса. На основе курса команды готовятся к профилю «Летающая робототехника» "
                "Национальной технологической олимпиады."
            ),
        ],
        "body_en": [
            (
                "Flights take place in a hall with a safety net and, in spring, on an open area "
                "of the campus. Teams use the course to prepare for the Flying Robotics profile "
                "of the National Technology Olympiad."
            ),
        ],
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 28,
        "hours": 112,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 16,
        "free_seats": 7,
        "teachers": ["dmitry-kovalenko"],
        "venue": "isaev-dnk-main",
        "schedule": [("Группа 1", 2, "16:00", "18:00"), ("Группа 1", 5, "16:00", "18:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/moscow-oblast/programs/isaev-quadcopters",
        "registration_opens_days": -8,
        "registration_closes_days": 30,
    },
    {
        "slug": "isaev-3d-engineering",
        "member": "isaev-dnk",
        "profile": "3d-modelling",
        "title_ru": "3D-моделирование в инженерном проектировании",
        "title_en": None,
        "summary_ru": (
            "От эскиза к чертежу и сборке: осваиваем отечественную САПР, моделируем детали, "
            "собираем из них узлы и печатаем их на 3D-принтере."
        ),
        "summary_en": None,
        "goals_ru": (
            "Дать навыки параметрического моделирования и оформления чертежей по ЕСКД, которые "
            "пригодятся в любом инженерном вузе."
        ),
        "goals_en": None,
        "results_ru": (
            "Участник строит модель по чертежу и чертёж по модели, собирает узел из "
            "десяти–пятнадцати деталей и защищает модель собственного механизма."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Программа подходит и как продолжение школьного черчения, и как подготовка к "
                "инженерным олимпиадам. Очные занятия идут в компьютерном классе Дома, "
                "онлайн-занятия — разбор домашних моделей; дома можно работать в бесплатной "
                "учебной версии САПР."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 72,
        "format": "blended",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "open",
        "capacity": 18,
        "free_seats": 10,
        "teachers": ["yulia-zaitseva"],
        "venue": "isaev-dnk-main",
        "schedule": [
            ("Группа 1, очно", 1, "16:30", "18:00"),
            ("Группа 1, онлайн", 4, "17:00", "18:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": (
            "https://navigator.example/moscow-oblast/programs/isaev-3d-engineering"
        ),
        "registration_opens_days": -20,
        "registration_closes_days": 20,
    },
    {
        "slug": "isaev-computer-graphics",
        "member": "isaev-dnk",
        "profile": "computer-graphics",
        "title_ru": "Компьютерная графика и анимация",
        "title_en": "Computer graphics and animation",
        "summary_ru": (
            "Онлайн-курс о том, как рождается изображение на экране: композиция, свет, "
            "3D-моделирование, текстуры и анимация в свободном пакете Blender."
        ),
        "summary_en": (
            "An online course on how an image on screen is made: composition, light, 3D "
            "modelling, textures and animation in the free Blender package."
        ),
        "goals_ru": (
            "Развить художественный вкус и технические навыки трёхмерной графики и показать, где "
            "они нужны: в кино, играх, архитектуре и научной визуализации."
        ),
        "goals_en": (
            "To develop artistic taste and technical skills in 3D graphics and to show where they "
            "are needed: in film, games, architecture and scientific visualisation."
        ),
        "results_ru": (
            "К концу курса у каждого участника готов анимационный ролик на 15–20 секунд и "
            "несколько отрендеренных сцен для портфолио."
        ),
        "results_en": (
            "By the end of the course every participant has a 15–20 second animated clip and "
            "several rendered scenes for a portfolio."
        ),
        "body_ru": [
            (
                "Курс вырос из лекций, которые Дом научной коллаборации читал во время недели "
                "науки «Научный калейдоскоп», и теперь открыт для школьников из любого региона."
            ),
        ],
        "body_en": [
            (
                "The course grew out of lectures the House of Scientific Collaboration gave "
                "during the «Scientific Kaleidoscope» science week, and it is now open to "
                "schoolchildren from any region."
            ),
        ],
        "level": "starter",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 12,
        "hours": 36,
        "format": "online",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 40,
        "free_seats": 22,
        "teachers": ["yulia-zaitseva"],
        "venue": None,
        "schedule": [("Онлайн-группа", 6, "11:00", "14:00")],
        "special_needs_ru": (
            "Записи занятий с субтитрами; задания можно сдавать в своём темпе в течение недели."
        ),
        "special_needs_en": (
            "Recordings have subtitles, and assignments can be handed in at your own pace within "
            "the week."
        ),
        "registration_url": (
            "https://navigator.example/moscow-oblast/programs/isaev-computer-graphics"
        ),
        "registration_opens_days": -30,
        "registration_closes_days": 10,
    },
    {
        "slug": "isaev-laser-optics",
        "member": "isaev-dnk",
        "profile": "laser",
        "title_ru": "Лазеры и оптика в космической технике",
        "title_en": None,
        "summary_ru": (
            "Разбираемся, как лазеры измеряют расстояния, передают данные между спутниками и "
            "обрабатывают материалы для космических аппаратов."
        ),
        "summary_en": None,
        "goals_ru": (
            "Показать связь школьной оптики с современной космической техникой и научить ставить "
            "эксперимент с лазерным излучением по правилам безопасности."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники собирают модель лазерного дальномера и линии оптической связи, "
            "обрабатывают результаты измерений и пишут короткую исследовательскую работу."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Занятия проходят в оптической лаборатории университета. С мощными лазерами "
                "работает только преподаватель, школьники используют безопасные источники "
                "излучения."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 16,
        "hours": 48,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "soon",
        "capacity": 12,
        "free_seats": 12,
        "teachers": ["pavel-orlov"],
        "venue": "leonov-university-lab",
        "schedule": [("Группа 1", 4, "16:00", "19:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/moscow-oblast/programs/isaev-laser-optics",
        "registration_opens_days": 7,
        "registration_closes_days": 35,
    },
    {
        "slug": "kazan-genetic-engineering",
        "member": "kazan-dnk",
        "profile": "genetic-engineering",
        "title_ru": "Генная инженерия: от ДНК к белку",
        "title_en": "Genetic engineering: from DNA to protein",
        "summary_ru": (
            "Лабораторный курс для старшеклассников: выделяем ДНК, ставим ПЦР и электрофорез и "
            "встраиваем в бактерии ген светящегося белка."
        ),
        "summary_en": (
            "A laboratory course for senior students: extracting DNA, running PCR and gel "
            "electrophoresis, and putting a gene for a glowing protein into bacteria."
        ),
        "goals_ru": (
            "Дать представление о молекулярной биологии и биотехнологии, о возможностях и "
            "ограничениях генной инженерии и о связанных с ней этических вопросах."
        ),
        "goals_en": (
            "To give an idea of molecular biology and biotechnology, of what genetic engineering "
            "can and cannot do, and of the ethical questions it raises."
        ),
        "results_ru": (
            "Участники сами выполняют базовые молекулярно-биологические методики, ведут протокол "
            "эксперимента и обсуждают его результаты языком науки."
        ),
        "results_en": (
            "Participants carry out basic molecular biology techniques on their own, keep an "
            "experimental record and discuss their results in the language of science."
        ),
        "body_ru": [
            (
                "Работаем в учебной лаборатории университета на том же оборудовании, что и "
                "студенты. Группы маленькие — не больше десяти человек, чтобы каждый всё сделал "
                "своими руками."
            ),
            (
                "Финальный эксперимент — бактерии, которые светятся в ультрафиолете, — обычно "
                "становится главным событием курса."
            ),
        ],
        "body_en": [
            (
                "We work in the university's teaching laboratory on the same equipment as the "
                "students. Groups are small, no more than ten people, so that everyone does "
                "everything with their own hands."
            ),
            (
                "The final experiment, bacteria that glow under ultraviolet light, is usually the "
                "highlight of the course."
            ),
        ],
        "level": "advanced",
        "age_from": 15,
        "age_to": 17,
        "grade_from": 9,
        "grade_to": 11,
        "duration_weeks": 20,
        "hours": 80,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "waitlist",
        "capacity": 10,
        "free_seats": 0,
        "teachers": ["alina-gabdullina"],
        "venue": "kazan-dnk-main",
        "schedule": [("Группа 1", 6, "10:00", "14:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": (
            "https://navigator.example/tatarstan/programs/kazan-genetic-engineering"
        ),
        "registration_opens_days": -45,
        "registration_closes_days": 5,
    },
    {
        "slug": "kazan-nanomaterials",
        "member": "kazan-dnk",
        "profile": "nano",
        "title_ru": "Наноматериалы и полимеры",
        "title_en": "Nanomaterials and polymers",
        "summary_ru": (
            "Синтезируем наночастицы серебра, получаем гидрогели и биоразлагаемый пластик и "
            "изучаем их свойства на приборах университетской лаборатории."
        ),
        "summary_en": (
            "Participants synthesise silver nanoparticles, make hydrogels and biodegradable "
            "plastic and study their properties with the instruments of a university laboratory."
        ),
        "goals_ru": (
            "Показать, как химия и физика создают материалы с заданными свойствами, и познакомить "
            "с профессиями химика-технолога и материаловеда."
        ),
        "goals_en": (
            "To show how chemistry and physics create materials with the properties we need and "
            "to introduce the professions of process chemist and materials scientist."
        ),
        "results_ru": (
            "Участники проводят синтез по методике, снимают спектры поглощения, измеряют "
            "вязкость, сравнивают образцы и представляют результаты в виде научного постера."
        ),
        "results_en": (
            "Participants follow a synthesis protocol, record absorption spectra, measure "
            "viscosity, compare samples and present the results as a scientific poster."
        ),
        "body_ru": [
            (
                "Казань — один из центров химической промышленности России, поэтому в курсе много "
                "встреч с инженерами местных предприятий и экскурсий в заводские лаборатории."
            ),
        ],
        "body_en": [
            (
                "Kazan is one of the centres of Russia's chemical industry, so the course "
                "includes many meetings with engineers from local companies and visits to factory "
                "laboratories."
            ),
        ],
        "level": "basic",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 96,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 5,
        "teachers": ["timur-safin"],
        "venue": "kazan-dnk-main",
        "schedule": [("Группа 1", 3, "15:00", "17:00"), ("Группа 1", 6, "15:00", "17:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/tatarstan/programs/kazan-nanomaterials",
        "registration_opens_days": -15,
        "registration_closes_days": 15,
    },
    {
        "slug": "kazan-culture-of-peoples",
        "member": "kazan-dnk",
        "profile": "culture-of-peoples",
        "title_ru": "Культура народов Поволжья: цифровой архив",
        "title_en": None,
        "summary_ru": (
            "Собираем семейные истории, песни и рецепты народов Поволжья, оцифровываем их и "
            "публикуем в открытом онлайн-архиве с картой и лентой времени."
        ),
        "summary_en": None,
        "goals_ru": (
            "Воспитать уважение к культурному многообразию России и научить методам полевой "
            "этнографии и цифровой гуманитаристики."
        ),
        "goals_en": None,
        "results_ru": (
            "Каждый участник записывает и расшифровывает интервью со старшим родственником или "
            "соседом, готовит карточку для архива и участвует в онлайн-выставке проекта."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Программа идёт онлайн, поэтому в ней занимаются школьники не только из Казани, "
                "но и из районов Татарстана, из Чувашии и Марий Эл. Занятия проходят на русском "
                "языке, а материалы можно собирать на любом языке народов России."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 12,
        "age_to": 16,
        "grade_from": 6,
        "grade_to": 10,
        "duration_weeks": 14,
        "hours": 28,
        "format": "online",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 50,
        "free_seats": 31,
        "teachers": ["gulnara-mukhametzyanova"],
        "venue": None,
        "schedule": [
            ("Онлайн-группа", 2, "17:00", "18:00"),
            ("Онлайн-группа", 4, "17:00", "18:00"),
        ],
        "special_needs_ru": (
            "Материалы курса доступны в версии для слабовидящих, все видео с субтитрами."
        ),
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -10,
        "registration_closes_days": 20,
    },
    {
        "slug": "kazan-neurorobotics",
        "member": "kazan-dnk",
        "profile": "neurorobotics",
        "title_ru": "Нейроробототехника: управление роботом силой мышц",
        "title_en": "Neurorobotics: controlling a robot with your muscles",
        "summary_ru": (
            "Соединяем нейротехнологии и робототехнику: считываем сигналы мышц и мозга и "
            "превращаем их в команды для роботизированной кисти и мобильной платформы."
        ),
        "summary_en": (
            "Where neurotechnology meets robotics: reading muscle and brain signals and turning "
            "them into commands for a robotic hand and a mobile platform."
        ),
        "goals_ru": (
            "Показать, как создаются бионические протезы и нейроинтерфейсы, и дать опыт "
            "инженерной работы на стыке биологии, электроники и программирования."
        ),
        "goals_en": (
            "To show how bionic prostheses and neural interfaces are made and to give experience "
            "of engineering at the meeting point of biology, electronics and programming."
        ),
        "results_ru": (
            "Команда собирает прототип бионической кисти с ЭМГ-датчиком и испытывает его по "
            "протоколу, который составляет сама."
        ),
        "results_en": (
            "The team builds a prototype bionic hand driven by an EMG sensor and tests it against "
            "a protocol it writes itself."
        ),
        "body_ru": [
            (
                "Курс разработан вместе с сотрудниками университетской лаборатории "
                "нейротехнологий. Для участия нужны начальные навыки программирования на любом "
                "языке и готовность разбираться в биологии."
            ),
        ],
        "body_en": [
            (
                "The course was designed together with the staff of the university's "
                "neurotechnology laboratory. Participants need basic programming skills in any "
                "language and a willingness to get to grips with biology."
            ),
        ],
        "level": "advanced",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 30,
        "hours": 120,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 4,
        "teachers": ["timur-safin"],
        "venue": "kazan-dnk-main",
        "schedule": [("Группа 1", 2, "16:00", "18:00"), ("Группа 1", 5, "16:00", "18:00")],
        "special_needs_ru": (
            "Лаборатория доступна для маломобильных участников, задания можно адаптировать под "
            "особенности моторики."
        ),
        "special_needs_en": (
            "The laboratory is accessible to participants with reduced mobility, and tasks can be "
            "adapted to individual motor skills."
        ),
        "registration_url": "https://navigator.example/tatarstan/programs/kazan-neurorobotics",
        "registration_opens_days": -12,
        "registration_closes_days": 25,
    },
    {
        "slug": "kazan-microbiology",
        "member": "kazan-dnk",
        "profile": "bio",
        "title_ru": "Микробиология для школьников",
        "title_en": None,
        "summary_ru": (
            "Знакомимся с миром бактерий и грибов: выращиваем колонии, окрашиваем препараты и "
            "проверяем, как действуют антисептики и почему курс антибиотиков нельзя бросать на "
            "середине."
        ),
        "summary_en": None,
        "goals_ru": (
            "Познакомить с основами микробиологии и правилами работы с микроорганизмами и "
            "показать, зачем микробиология нужна медицине и пищевой промышленности."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники готовят и окрашивают препараты, работают с чашками Петри в стерильных "
            "условиях и ставят собственный опыт на антимикробную активность."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Работаем только с безопасными для человека штаммами и пробами из окружающей "
                "среды. Перед первым занятием все проходят инструктаж по биологической "
                "безопасности."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 12,
        "age_to": 15,
        "grade_from": 6,
        "grade_to": 9,
        "duration_weeks": 16,
        "hours": 48,
        "format": "in_person",
        "payment": "certificate",
        "price": None,
        "enrolment_status": "soon",
        "capacity": 12,
        "free_seats": 12,
        "teachers": ["alina-gabdullina"],
        "venue": "kazan-dnk-main",
        "schedule": [("Группа 2", 4, "15:00", "18:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/tatarstan/programs/kazan-microbiology",
        "registration_opens_days": 5,
        "registration_closes_days": 30,
    },
    {
        "slug": "novosibirsk-machine-learning",
        "member": "novosibirsk-dnk",
        "profile": "big-data",
        "title_ru": "Машинное обучение на реальных данных",
        "title_en": "Machine learning on real data",
        "summary_ru": (
            "Курс для старшеклассников в смешанном формате: лекции онлайн, практика в "
            "вычислительном классе и проекты на данных институтов Академгородка."
        ),
        "summary_en": (
            "A blended course for senior students: lectures online, practice in a computer lab "
            "and projects on data from the research institutes of Akademgorodok."
        ),
        "goals_ru": (
            "Научить строить, обучать и честно оценивать модели машинного обучения и показать, "
            "как они помогают учёным — от биологии до физики плазмы."
        ),
        "goals_en": (
            "To teach how to build, train and honestly evaluate machine learning models and to "
            "show how they help scientists, from biology to plasma physics."
        ),
        "results_ru": (
            "Участники осваивают scikit-learn и PyTorch, соревнуются на внутренней платформе "
            "курса и выполняют проект с научным руководителем из академического института."
        ),
        "results_en": (
            "Participants learn scikit-learn and PyTorch, compete on the course's internal "
            "platform and complete a project with a supervisor from an academic institute."
        ),
        "body_ru": [
            (
                "Примеры тем для проектов: распознавание пыльцы на снимках микроскопа, прогноз "
                "ледостава на Оби по данным метеостанций, поиск аномалий в показаниях датчиков."
            ),
            (
                "Для записи нужно решить вступительное задание на Python; на него даётся неделя, "
                "выполнять можно дома."
            ),
        ],
        "body_en": [
            (
                "Sample project topics: recognising pollen in microscope images, forecasting when "
                "the Ob freezes from weather station data, finding anomalies in sensor readings."
            ),
            "To enrol, solve an entrance task in Python; you have a week and can do it at home.",
        ],
        "level": "advanced",
        "age_from": 15,
        "age_to": 17,
        "grade_from": 9,
        "grade_to": 11,
        "duration_weeks": 28,
        "hours": 112,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 25,
        "free_seats": 9,
        "teachers": ["sergey-lebedev"],
        "venue": "novosibirsk-dnk-main",
        "schedule": [
            ("Поток 1, онлайн-лекция", 2, "18:00", "20:00"),
            ("Поток 1, практика", 6, "11:00", "13:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/novosibirsk/programs/machine-learning",
        "registration_opens_days": -20,
        "registration_closes_days": 10,
    },
    {
        "slug": "novosibirsk-neuro-eeg",
        "member": "novosibirsk-dnk",
        "profile": "neuro",
        "title_ru": "Нейротехнологии: читаем электроэнцефалограмму",
        "title_en": None,
        "summary_ru": (
            "Как записывают и расшифровывают активность мозга: устройство ЭЭГ, ритмы мозга, "
            "внимание и утомление — с практикой на исследовательском оборудовании."
        ),
        "summary_en": None,
        "goals_ru": (
            "Познакомить с нейронаукой как областью исследований и научить планировать простой "
            "психофизиологический эксперимент."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники проводят эксперимент с записью ЭЭГ на добровольцах из группы, обрабатывают "
            "сигналы и выступают с докладом на школьной секции научной конференции."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Курс ведут сотрудники и аспиранты нейрофизиологической лаборатории. Эксперименты "
                "проходят по тем же этическим правилам, что и настоящие исследования: с "
                "информированным согласием участников и их родителей."
            ),
        ],
        "body_en": None,
        "level": "advanced",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 20,
        "hours": 60,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 10,
        "free_seats": 2,
        "teachers": ["olga-vinogradova"],
        "venue": "novosibirsk-dnk-main",
        "schedule": [("Группа 1", 5, "15:00", "18:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/novosibirsk/programs/neuro-eeg",
        "registration_opens_days": -10,
        "registration_closes_days": 15,
    },
    {
        "slug": "novosibirsk-web-backend",
        "member": "novosibirsk-dnk",
        "profile": "web-programming",
        "title_ru": "Серверное веб-программирование",
        "title_en": None,
        "summary_ru": (
            "Онлайн-курс о том, что происходит на сервере после нажатия кнопки: HTTP, базы "
            "данных, API и небольшое веб-приложение на Python и Django."
        ),
        "summary_en": None,
        "goals_ru": (
            "Научить проектировать и писать серверную часть веб-приложений и работать с базами "
            "данных так, как это делают настоящие команды разработки."
        ),
        "goals_en": None,
        "results_ru": (
            "Каждый участник разрабатывает и разворачивает веб-сервис с базой данных и API — "
            "например, журнал кружка или систему бронирования лабораторного оборудования."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Занятия идут в прямом эфире, а код участников на ревью проверяют "
                "студенты-наставники факультета информационных технологий. Нужен начальный опыт "
                "программирования на Python."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 72,
        "format": "online",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 30,
        "free_seats": 17,
        "teachers": ["sergey-lebedev"],
        "venue": None,
        "schedule": [
            ("Онлайн-группа", 3, "18:30", "20:00"),
            ("Онлайн-группа", 6, "12:00", "13:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -15,
        "registration_closes_days": 20,
    },
    {
        "slug": "novosibirsk-gis",
        "member": "novosibirsk-dnk",
        "profile": "geo",
        "title_ru": "Геоинформационные системы: Новосибирск на карте",
        "title_en": "GIS: Novosibirsk on the map",
        "summary_ru": (
            "Знакомимся с ГИС и открытыми геоданными: строим карты доступности школ и парков, "
            "анализируем застройку и проверяем гипотезы на полевых выходах."
        ),
        "summary_en": (
            "An introduction to GIS and open geodata: mapping how accessible schools and parks "
            "are, analysing the city's development and checking hypotheses on field walks."
        ),
        "goals_ru": (
            "Научить основам пространственного анализа и картографии и показать, как геоданные "
            "помогают планировать город."
        ),
        "goals_en": (
            "To teach the basics of spatial analysis and cartography and show how geodata help to "
            "plan a city."
        ),
        "results_ru": (
            "Участники работают в QGIS, собирают данные мобильным приложением и представляют "
            "аналитическую карту по проблеме своего района."
        ),
        "results_en": (
            "Participants work in QGIS, collect data with a mobile app and present an analytical "
            "map of a problem in their own neighbourhood."
        ),
        "body_ru": [
            (
                "Итоговые карты ребята показывают на открытой защите, куда мы приглашаем "
                "специалистов по городскому планированию. Их вопросы обычно оказываются самой "
                "полезной частью курса."
            ),
        ],
        "body_en": [
            (
                "Participants present their final maps at an open review to which we invite urban "
                "planning specialists. Their questions usually turn out to be the most useful "
                "part of the course."
            ),
        ],
        "level": "basic",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 18,
        "hours": 54,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 16,
        "free_seats": 8,
        "teachers": ["sergey-lebedev"],
        "venue": "novosibirsk-university-main",
        "schedule": [
            ("Группа 1, очно", 4, "16:00", "17:30"),
            ("Группа 1, онлайн", 6, "11:00", "12:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/novosibirsk/programs/gis",
        "registration_opens_days": -6,
        "registration_closes_days": 24,
    },
    {
        "slug": "school-777-junior-robotics",
        "member": "school-777",
        "profile": "robotics",
        "title_ru": "Первые роботы: конструирование для младших школьников",
        "title_en": "First robots: construction for primary pupils",
        "summary_ru": (
            "Кружок для учеников 2–4 классов: собираем механизмы и роботов из образовательного "
            "конструктора и учимся программировать их блоками."
        ),
        "summary_en": (
            "A club for pupils in grades 2–4: building mechanisms and robots from an educational "
            "kit and programming them with blocks."
        ),
        "goals_ru": (
            "Развить пространственное мышление, интерес к технике и умение работать в паре и "
            "заложить основу для будущих инженерных классов."
        ),
        "goals_en": (
            "To develop spatial thinking, an interest in technology and the ability to work in "
            "pairs, laying the groundwork for the engineering classes later on."
        ),
        "results_ru": (
            "Дети собирают модели с зубчатыми передачами и датчиками, пишут программы с циклами и "
            "условиями и показывают свой проект на школьном фестивале робототехники."
        ),
        "results_en": (
            "Children build models with gears and sensors, write programs with loops and "
            "conditions and show their project at the school robotics festival."
        ),
        "body_ru": [
            (
                "Занятия проходят сразу после уроков в кабинете робототехники, так что ученикам "
                "начальной школы никуда не нужно ехать. Если останутся места, принимаем детей и "
                "из других школ района."
            ),
        ],
        "body_en": [
            (
                "Classes take place straight after lessons in the robotics room, so primary "
                "pupils do not have to travel anywhere. If places remain, children from other "
                "schools in the district are welcome too."
            ),
        ],
        "level": "starter",
        "age_from": 8,
        "age_to": 10,
        "grade_from": 2,
        "grade_to": 4,
        "duration_weeks": 30,
        "hours": 30,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 24,
        "free_seats": 6,
        "teachers": ["mikhail-ryabov"],
        "venue": "school-777-main",
        "schedule": [("2 класс", 2, "13:30", "14:30"), ("3–4 классы", 4, "14:00", "15:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "school-777-engineering-project",
        "member": "school-777",
        "profile": "3d-modelling",
        "title_ru": "Инженерный проект: от идеи до защиты",
        "title_en": "Engineering project: from idea to defence",
        "summary_ru": (
            "Годовой проектный курс инженерных классов: участники находят реальную проблему, "
            "моделируют решение в САПР, изготавливают прототип и защищают его перед партнёрами "
            "школы."
        ),
        "summary_en": (
            "A year-long project course for the engineering classes: participants find a real "
            "problem, model a solution in CAD, make a prototype and defend it in front of the "
            "school's partners."
        ),
        "goals_ru": (
            "Научить вести проект полного цикла и представлять инженерное решение "
            "профессиональному сообществу."
        ),
        "goals_en": (
            "To teach how to run a project through its full cycle and present an engineering "
            "solution to professionals."
        ),
        "results_ru": (
            "Каждая команда создаёт работающий прототип с 3D-моделью, чертежами и пояснительной "
            "запиской; лучшие проекты представляются на форуме «Интеллект будущего»."
        ),
        "results_en": (
            "Each team builds a working prototype with a 3D model, drawings and an explanatory "
            "note; the best projects are presented at the «Intelligence of the Future» forum."
        ),
        "body_ru": [
            (
                "На промежуточных защитах экспертами выступают инженеры и преподаватели из вузов "
                "и компаний — партнёров школы и консорциума."
            ),
            (
                "Курс входит в учебный план инженерных классов, но на свободные места принимаем "
                "учеников других школ консорциума."
            ),
        ],
        "body_en": [
            (
                "At the interim reviews the experts are engineers and lecturers from universities "
                "and companies that partner with the school and the consortium."
            ),
            (
                "The course is part of the engineering classes' curriculum, but pupils from other "
                "consortium schools can take any free places."
            ),
        ],
        "level": "advanced",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 34,
        "hours": 102,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 30,
        "free_seats": 4,
        "teachers": ["mikhail-ryabov"],
        "venue": "school-777-main",
        "schedule": [
            ("8–9 классы", 1, "15:00", "16:30"),
            ("8–9 классы", 3, "15:00", "16:30"),
            ("10–11 классы", 2, "15:00", "16:30"),
            ("10–11 классы", 5, "15:00", "16:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "school-777-media-centre",
        "member": "school-777",
        "profile": "media",
        "title_ru": "Школьный медиацентр",
        "title_en": None,
        "summary_ru": (
            "Пишем, снимаем и монтируем материалы о школе и инженерной жизни консорциума: "
            "новости, репортажи с соревнований, подкасты и прямые трансляции."
        ),
        "summary_en": None,
        "goals_ru": (
            "Научить основам журналистики и медиапроизводства, ответственному обращению с "
            "информацией и работе в редакции."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники выпускают школьную газету и видеовыпуски, ведут трансляции с мероприятий и "
            "знают, когда для публикации фотографии нужно согласие."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Медиацентр освещает и события консорциума — заседания, форумы и фестивали, к "
                "которым онлайн подключаются школы из разных регионов."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 32,
        "hours": 64,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 15,
        "free_seats": 3,
        "teachers": ["svetlana-komarova"],
        "venue": "school-777-main",
        "schedule": [("Редакция", 4, "15:30", "17:30")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "school-777-uav-systems",
        "member": "school-777",
        "profile": "aero",
        "title_ru": "Беспилотные авиационные системы",
        "title_en": "Unmanned aircraft systems",
        "summary_ru": (
            "Курс для инженерных классов: от теории полёта и авиамоделизма до сборки беспилотника "
            "самолётного типа и аэрофотосъёмки."
        ),
        "summary_en": (
            "A course for the engineering classes: from flight theory and model aircraft to "
            "building a fixed-wing drone and carrying out an aerial survey."
        ),
        "goals_ru": (
            "Дать углублённую подготовку по авиационной технике и подготовить учеников к "
            "олимпиадам и соревнованиям по беспилотным системам."
        ),
        "goals_en": (
            "To give in-depth training in aviation technology and prepare pupils for olympiads "
            "and competitions in unmanned systems."
        ),
        "results_ru": (
            "Ученики проектируют и собирают беспилотник самолётного типа, выполняют полётное "
            "задание с аэрофотосъёмкой и обрабатывают полученные снимки."
        ),
        "results_en": (
            "Pupils design and build a fixed-wing drone, fly a mission with an aerial survey and "
            "process the images they take."
        ),
        "body_ru": [
            (
                "Чем самолёт отличается от квадрокоптера, становится понятно уже на первом "
                "полёте: он не может зависнуть над точкой и прощает меньше ошибок. Поэтому первые "
                "тридцать часов мы летаем в симуляторе."
            ),
        ],
        "body_en": [
            (
                "The difference between a plane and a quadcopter becomes clear on the very first "
                "flight: a plane cannot hover over a spot and forgives fewer mistakes. That is "
                "why the first thirty hours are spent in a simulator."
            ),
        ],
        "level": "advanced",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 32,
        "hours": 128,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "soon",
        "capacity": 12,
        "free_seats": 12,
        "teachers": ["mikhail-ryabov"],
        "venue": "school-777-main",
        "schedule": [("Группа 1", 2, "16:00", "18:00"), ("Группа 1", 6, "10:00", "12:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "https://navigator.example/spb/programs/school-777-uav-systems",
        "registration_opens_days": 12,
        "registration_closes_days": 40,
    },
    {
        "slug": "kudrovo-young-electrician",
        "member": "kudrovo-school",
        "profile": "energy",
        "title_ru": "Юный электротехник: энергия в нашем доме",
        "title_en": None,
        "summary_ru": (
            "Откуда в квартире свет и тепло, сколько энергии тратит семья и как её сберечь: "
            "собираем схемы, измеряем потребление и проводим энергоаудит своего дома."
        ),
        "summary_en": None,
        "goals_ru": (
            "Дать первые знания по электротехнике и энергетике и привить навыки безопасного "
            "обращения с электричеством и бережного потребления."
        ),
        "goals_en": None,
        "results_ru": (
            "Ученики собирают электрические цепи на макетной плате, пользуются ваттметром, "
            "проводят энергоаудит квартиры и предлагают семье план экономии."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Многие дома в Кудрове построены недавно и по современным нормам "
                "энергоэффективности. На занятиях мы выясняем, что это значит на практике и куда "
                "всё-таки уходит лишнее тепло."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 10,
        "age_to": 13,
        "grade_from": 4,
        "grade_to": 7,
        "duration_weeks": 16,
        "hours": 32,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 15,
        "free_seats": 8,
        "teachers": ["alexey-fomin"],
        "venue": "kudrovo-school-main",
        "schedule": [("5–6 классы", 3, "14:30", "16:30")],
        "special_needs_ru": "Кабинет на первом этаже, занятия доступны для маломобильных детей.",
        "special_needs_en": None,
        "registration_url": "https://navigator.example/lenobl/programs/kudrovo-young-electrician",
        "registration_opens_days": -10,
        "registration_closes_days": 20,
    },
    {
        "slug": "kudrovo-local-history",
        "member": "kudrovo-school",
        "profile": "local-history",
        "title_ru": "Краеведение: от деревни Кудрово до нового города",
        "title_en": None,
        "summary_ru": (
            "Изучаем историю места, где стоит школа: от старинной деревни до одного из самых "
            "быстрорастущих городов Ленинградской области. Работаем с архивами, картами и "
            "воспоминаниями жителей."
        ),
        "summary_en": None,
        "goals_ru": (
            "Воспитать интерес к истории малой родины и научить работе с историческими "
            "источниками: архивными документами, старыми картами, устными свидетельствами."
        ),
        "goals_en": None,
        "results_ru": (
            "Ученики составляют маршрут краеведческой экскурсии по Кудрову и окрестностям, "
            "проводят её для младших классов и оформляют страницу школьного виртуального музея."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Часть занятий проходит на выездах: в районном музее, в архиве и там, где на "
                "картах прошлого века ещё стоят дома и дороги, почти исчезнувшие с современных "
                "карт."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 11,
        "age_to": 15,
        "grade_from": 5,
        "grade_to": 9,
        "duration_weeks": 30,
        "hours": 60,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 20,
        "free_seats": 11,
        "teachers": ["marina-stepanova"],
        "venue": "kudrovo-school-main",
        "schedule": [("Группа 1", 5, "14:30", "16:30")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "lipetsk-steel-materials",
        "member": "lipetsk-school",
        "profile": "nano",
        "title_ru": "Материаловедение: сталь под микроскопом",
        "title_en": None,
        "summary_ru": (
            "Курс инженерного лицея о том, как устроены металлы и сплавы, почему сталь бывает "
            "разной и что видно на шлифе под оптическим и электронным микроскопом."
        ),
        "summary_en": None,
        "goals_ru": (
            "Познакомить с материаловедением и металлургией — ведущей отраслью Липецкой области — "
            "и показать, как строение материала определяет его свойства."
        ),
        "goals_en": None,
        "results_ru": (
            "Лицеисты готовят металлографические шлифы, измеряют твёрдость образцов, наблюдают, "
            "как меняется структура после закалки и отпуска, и пишут отчёт по результатам."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Часть практических работ проходит в заводской лаборатории партнёра лицея: там "
                "ребята видят те же методы контроля, которыми пользуются на производстве."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 14,
        "age_to": 17,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 24,
        "hours": 72,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 16,
        "free_seats": 5,
        "teachers": ["roman-cherkasov"],
        "venue": "lipetsk-school-main",
        "schedule": [
            ("Инженерный класс", 2, "15:00", "16:30"),
            ("Инженерный класс", 4, "15:00", "16:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "lipetsk-computer-graphics",
        "member": "lipetsk-school",
        "profile": "computer-graphics",
        "title_ru": "Компьютерная графика и дизайн",
        "title_en": None,
        "summary_ru": (
            "Растровая и векторная графика, типографика и вёрстка: лицеисты оформляют афиши, "
            "инфографику и презентации для школьных и городских проектов."
        ),
        "summary_en": None,
        "goals_ru": (
            "Развить визуальную культуру и дать практические навыки работы в графических "
            "редакторах, которые пригодятся в проектах и будущей профессии."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники собирают портфолио из десяти работ, в том числе фирменный стиль школьного "
            "мероприятия и инфографику по собственному исследованию."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Курс открыт для учеников 5–8 классов лицея и других школ города. Работаем в "
                "свободных программах, поэтому задания можно повторить на домашнем компьютере."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 11,
        "age_to": 14,
        "grade_from": 5,
        "grade_to": 8,
        "duration_weeks": 28,
        "hours": 56,
        "format": "in_person",
        "payment": "paid",
        "price": 8400,
        "enrolment_status": "open",
        "capacity": 14,
        "free_seats": 6,
        "teachers": ["roman-cherkasov"],
        "venue": "lipetsk-school-main",
        "schedule": [("Группа 1", 3, "14:00", "16:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -10,
        "registration_closes_days": 30,
    },
    {
        "slug": "yekaterinburg-nto-autonomous",
        "member": "kruzhok-yekaterinburg",
        "profile": "autonomous-transport",
        "title_ru": "Автономные транспортные системы: подготовка к НТО",
        "title_en": "Autonomous transport systems: NTO preparation",
        "summary_ru": (
            "Кружок для команд, которые готовятся к профилю «Автономные транспортные системы» "
            "Национальной технологической олимпиады: навигация, компьютерное зрение, командная "
            "работа."
        ),
        "summary_en": (
            "A club for teams preparing for the Autonomous Transport Systems profile of the "
            "National Technology Olympiad: navigation, computer vision and teamwork."
        ),
        "goals_ru": (
            "Подготовить команды из двух–пяти человек к отборочным этапам и финалу олимпиады и "
            "научить распределять роли в инженерной команде."
        ),
        "goals_en": (
            "To prepare teams of two to five for the qualifying rounds and the final of the "
            "olympiad and to teach how to share roles in an engineering team."
        ),
        "results_ru": (
            "Команда программирует робота для навигации по полигону с разметкой и препятствиями, "
            "разбирает задачи прошлых лет и проходит пробный командный тур в формате финала."
        ),
        "results_en": (
            "The team programs a robot to navigate a test field with road markings and obstacles, "
            "works through past years' problems and sits a mock team round in the format of the "
            "final."
        ),
        "body_ru": [
            (
                "Наставники кружка — выпускники, которые сами проходили олимпиаду, и инженеры "
                "компаний-партнёров. Учимся не только решать задачи, но и спокойно переживать "
                "неудачи на соревнованиях."
            ),
            "Принимаем и сложившиеся команды, и одиночек: к октябрю команду находят все.",
        ],
        "body_en": [
            (
                "The club's mentors are graduates who went through the olympiad themselves and "
                "engineers from partner companies. We learn not only to solve problems but also "
                "to take setbacks at competitions calmly."
            ),
            (
                "Both ready-made teams and individuals are welcome: by October everyone has found "
                "a team."
            ),
        ],
        "level": "advanced",
        "age_from": 14,
        "age_to": 18,
        "grade_from": 8,
        "grade_to": 11,
        "duration_weeks": 26,
        "hours": 104,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 20,
        "free_seats": 7,
        "teachers": ["gleb-ufimtsev"],
        "venue": "kruzhok-yekaterinburg-main",
        "schedule": [
            ("Сборная кружка, очно", 2, "17:00", "19:00"),
            ("Сборная кружка, онлайн-разбор", 5, "18:00", "20:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -30,
        "registration_closes_days": 14,
    },
    {
        "slug": "yekaterinburg-orienteering-gps",
        "member": "kruzhok-yekaterinburg",
        "profile": "orienteering",
        "title_ru": "Спортивное ориентирование с GPS-трекерами",
        "title_en": None,
        "summary_ru": (
            "Бегаем по карте в лесопарках Екатеринбурга, а потом разбираем свои треки: строим "
            "графики скорости, сравниваем варианты пути и ищем, где можно было выиграть минуту."
        ),
        "summary_en": None,
        "goals_ru": (
            "Развить выносливость, умение читать карту и принимать решения на бегу, а заодно "
            "научить обрабатывать данные GPS-треков."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники проходят дистанции разной сложности, ведут дневник тренировок с разбором "
            "треков и выступают на городских соревнованиях по ориентированию."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Тренировки идут на улице в любую погоду, кроме сильного мороза; зимой переходим "
                "на лыжное ориентирование. Нужна удобная спортивная одежда, компас выдаём."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 9,
        "age_to": 14,
        "grade_from": 3,
        "grade_to": 8,
        "duration_weeks": 36,
        "hours": 108,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 25,
        "free_seats": 12,
        "teachers": ["gleb-ufimtsev"],
        "venue": "kruzhok-yekaterinburg-main",
        "schedule": [
            ("Младшая группа", 3, "16:00", "17:30"),
            ("Младшая группа", 6, "11:00", "12:30"),
        ],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": None,
        "registration_closes_days": None,
    },
    {
        "slug": "yekaterinburg-fpv-racing",
        "member": "kruzhok-yekaterinburg",
        "profile": "quadcopters",
        "title_ru": "Гонки дронов: FPV-пилотирование",
        "title_en": None,
        "summary_ru": (
            "Собираем гоночный квадрокоптер, настраиваем видеосвязь и тренируемся летать от "
            "первого лица — от симулятора до трассы с воротами."
        ),
        "summary_en": None,
        "goals_ru": (
            "Развить координацию и скорость реакции и научить собирать, паять и настраивать "
            "беспилотники."
        ),
        "goals_en": None,
        "results_ru": (
            "Каждый участник собирает собственный гоночный дрон, проходит трассу кружка на время "
            "и выступает на межрегиональных соревнованиях по дрон-рейсингу."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Первые недели летаем только в симуляторе: так ошибки обходятся дешевле. Защитные "
                "очки и правила полётной площадки обязательны для всех, включая наставников."
            ),
        ],
        "body_en": None,
        "level": "basic",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 20,
        "hours": 80,
        "format": "in_person",
        "payment": "paid",
        "price": 12000,
        "enrolment_status": "open",
        "capacity": 10,
        "free_seats": 2,
        "teachers": ["gleb-ufimtsev"],
        "venue": "kruzhok-yekaterinburg-main",
        "schedule": [("Группа 1", 1, "17:00", "19:00"), ("Группа 1", 4, "17:00", "19:00")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -5,
        "registration_closes_days": 25,
    },
    {
        "slug": "vladivostok-underwater-robotics",
        "member": "kruzhok-vladivostok",
        "profile": "robotics",
        "title_ru": "Подводная робототехника",
        "title_en": "Underwater robotics",
        "summary_ru": (
            "Проектируем и собираем телеуправляемый подводный аппарат — корпус, герметизация, "
            "движители, камера — и испытываем его в бассейне и в бухте у острова Русский."
        ),
        "summary_en": (
            "Designing and building a remotely operated underwater vehicle (hull, sealing, "
            "thrusters, camera) and testing it in a pool and in a bay off Russky Island."
        ),
        "goals_ru": (
            "Познакомить с морской техникой и профессиями океанотехники и научить проектировать "
            "устройство для сложной среды, где ошибка в герметизации стоит всего аппарата."
        ),
        "goals_en": (
            "To introduce marine technology and ocean engineering careers and to teach how to "
            "design a device for a harsh environment, where one sealing mistake costs the whole "
            "vehicle."
        ),
        "results_ru": (
            "Команда выпускает работающий подводный аппарат, выполняет миссию по поиску и подъёму "
            "предмета со дна и готовит проект к соревнованиям по морской робототехнике."
        ),
        "results_en": (
            "The team produces a working underwater vehicle, completes a mission to find and lift "
            "an object from the seabed and prepares the project for marine robotics competitions."
        ),
        "body_ru": [
            (
                "В море выходим только в тёплое время года, в спасательных жилетах и с двумя "
                "взрослыми на борту. Зимой аппараты испытываются в бассейне спортивного "
                "комплекса-партнёра."
            ),
        ],
        "body_en": [
            (
                "We go to sea only in the warm season, in life jackets and with two adults on "
                "board. In winter the vehicles are tested in the pool of a partner sports centre."
            ),
        ],
        "level": "basic",
        "age_from": 12,
        "age_to": 17,
        "grade_from": 6,
        "grade_to": 11,
        "duration_weeks": 32,
        "hours": 128,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 3,
        "teachers": ["vadim-tikhonov"],
        "venue": "kruzhok-vladivostok-main",
        "schedule": [
            ("Команда «Трепанг»", 2, "16:00", "18:00"),
            ("Команда «Трепанг»", 6, "10:00", "12:00"),
        ],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -20,
        "registration_closes_days": 20,
    },
    {
        "slug": "vladivostok-marine-biology",
        "member": "kruzhok-vladivostok",
        "profile": "bio",
        "title_ru": "Морская биология залива Петра Великого",
        "title_en": None,
        "summary_ru": (
            "Изучаем обитателей залива — морских ежей и звёзд, водоросли и планктон: собираем "
            "пробы, работаем с определителями и снимаем подводное видео аппаратом, построенным в "
            "кружке."
        ),
        "summary_en": None,
        "goals_ru": (
            "Пробудить интерес к морской биологии и охране природы Приморья и научить основам "
            "полевого биологического исследования."
        ),
        "goals_en": None,
        "results_ru": (
            "Участники составляют фотоопределитель обитателей литорали, проводят учёт на "
            "постоянной площадке и представляют результаты на городской экологической "
            "конференции."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Весной и осенью выезжаем на побережье острова Русский, а зимой работаем с "
                "зафиксированными пробами и видеозаписями в лаборатории кружка."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 10,
        "age_to": 14,
        "grade_from": 4,
        "grade_to": 8,
        "duration_weeks": 30,
        "hours": 60,
        "format": "in_person",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 15,
        "free_seats": 9,
        "teachers": ["polina-kim"],
        "venue": "kruzhok-vladivostok-russky",
        "schedule": [("Группа 1", 4, "15:30", "17:30")],
        "special_needs_ru": "",
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -10,
        "registration_closes_days": 20,
    },
    {
        "slug": "vladivostok-science-media",
        "member": "kruzhok-vladivostok",
        "profile": "media",
        "title_ru": "Научная журналистика: рассказываем о технологиях",
        "title_en": "Science journalism: telling the story of technology",
        "summary_ru": (
            "Учимся понятно и честно рассказывать о науке и технологиях: пишем заметки, снимаем "
            "короткие видео и ведём медиа кружка в соцсетях."
        ),
        "summary_en": (
            "Learning to write about science and technology clearly and honestly: short articles, "
            "short videos and the club's social media channels."
        ),
        "goals_ru": (
            "Научить проверять факты, брать интервью у учёных и инженеров и переводить сложные "
            "идеи на язык широкой аудитории."
        ),
        "goals_en": (
            "To teach how to check facts, interview scientists and engineers and put complex "
            "ideas into words a wide audience understands."
        ),
        "results_ru": (
            "Участники готовят серию материалов о проектах кружка и учёных Дальнего Востока, "
            "делают репортажи с фестивалей Кружкового движения и собирают собственное портфолио."
        ),
        "results_en": (
            "Participants produce a series of pieces about the club's projects and Far Eastern "
            "scientists, report from Kruzhok movement festivals and build a portfolio of their "
            "own."
        ),
        "body_ru": [
            (
                "Формат смешанный: раз в неделю встречаемся в кружке, а в остальное время "
                "работает онлайн-редакция, где тексты разбираем вместе с наставником."
            ),
        ],
        "body_en": [
            (
                "The format is blended: we meet at the club once a week, and the rest of the time "
                "an online newsroom is open where texts are reviewed with the mentor."
            ),
        ],
        "level": "starter",
        "age_from": 13,
        "age_to": 17,
        "grade_from": 7,
        "grade_to": 11,
        "duration_weeks": 20,
        "hours": 40,
        "format": "blended",
        "payment": "free",
        "price": None,
        "enrolment_status": "open",
        "capacity": 14,
        "free_seats": 6,
        "teachers": ["polina-kim"],
        "venue": "kruzhok-vladivostok-main",
        "schedule": [("Редакция", 3, "17:00", "19:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -5,
        "registration_closes_days": 25,
    },
    {
        "slug": "rukami-family-workshop",
        "member": "rukami-centre",
        "profile": "industrial-design",
        "title_ru": "Семейная мейкерская: мастерим вместе с родителями",
        "title_en": None,
        "summary_ru": (
            "Субботняя и воскресная мастерская для дошкольников и младших школьников вместе с "
            "родителями: картонные механизмы, простые электрические цепи, игрушки из вторсырья."
        ),
        "summary_en": None,
        "goals_ru": (
            "Вовлечь в техническое творчество самых маленьких и показать родителям, как "
            "поддерживать интерес ребёнка к конструированию дома."
        ),
        "goals_en": None,
        "results_ru": (
            "За курс семья собирает восемь проектов — от игрушки на резиномоторе до светящейся "
            "открытки — и показывает лучший из них на фестивале «Руками»."
        ),
        "results_en": None,
        "body_ru": [
            (
                "Каждое занятие заканчивается «выставкой на подоконнике»: дети рассказывают друг "
                "другу, что получилось, что нет и почему. Все материалы выдаём на месте, покупать "
                "ничего не нужно."
            ),
        ],
        "body_en": None,
        "level": "starter",
        "age_from": 5,
        "age_to": 8,
        "grade_from": None,
        "grade_to": None,
        "duration_weeks": 8,
        "hours": 16,
        "format": "in_person",
        "payment": "paid",
        "price": 6400,
        "enrolment_status": "open",
        "capacity": 10,
        "free_seats": 3,
        "teachers": ["anastasia-belozyorova"],
        "venue": "rukami-centre-main",
        "schedule": [
            ("Семейная группа 1", 6, "11:00", "13:00"),
            ("Семейная группа 2", 7, "11:00", "13:00"),
        ],
        "special_needs_ru": (
            "Приглашаем семьи с детьми с особенностями развития: группы небольшие, темп "
            "подстраиваем под ребёнка."
        ),
        "special_needs_en": None,
        "registration_url": "",
        "registration_opens_days": -14,
        "registration_closes_days": 10,
    },
    {
        "slug": "rukami-wearable-electronics",
        "member": "rukami-centre",
        "profile": "robotics",
        "title_ru": "Носимая электроника: светящиеся и умные вещи",
        "title_en": "Wearable electronics: clothes that glow and think",
        "summary_ru": (
            "Вшиваем светодиоды, датчики и микроконтроллеры в одежду и аксессуары: от рюкзака с "
            "поворотниками до браслета, который считает шаги."
        ),
        "summary_en": (
            "Sewing LEDs, sensors and microcontrollers into clothes and accessories, from a "
            "backpack with turn signals to a bracelet that counts steps."
        ),
        "goals_ru": (
            "Соединить дизайн и мехатронику, показать, как проектируются удобные и безопасные "
            "носимые устройства, и дать основы программирования микроконтроллеров."
        ),
        "goals_en": (
            "To bring design and mechatronics together, show how comfortable and safe wearable "
            "devices are designed and teach the basics of microcontroller programming."
        ),
        "results_ru": (
            "Каждый участник создаёт и программирует собственное носимое устройство и "
            "представляет его на всероссийском конкурсе мейкерских проектов."
        ),
        "results_en": (
            "Each participant designs and programs a wearable device of their own and enters it "
            "in the all-Russian maker projects contest."
        ),
        "body_ru": [
            (
                "Курс вырос из мастер-классов на фестивалях «Руками» и подходит даже тем, кто ни "
                "разу не держал в руках паяльник: работаем токопроводящей нитью и готовыми "
                "модулями."
            ),
        ],
        "body_en": [
            (
                "The course grew out of master classes at Rukami festivals and suits even those "
                "who have never held a soldering iron: we work with conductive thread and "
                "ready-made modules."
            ),
        ],
        "level": "starter",
        "age_from": 11,
        "age_to": 15,
        "grade_from": 5,
        "grade_to": 9,
        "duration_weeks": 10,
        "hours": 30,
        "format": "in_person",
        "payment": "paid",
        "price": 9000,
        "enrolment_status": "open",
        "capacity": 12,
        "free_seats": 4,
        "teachers": ["anastasia-belozyorova"],
        "venue": "rukami-centre-main",
        "schedule": [("Группа 1", 3, "17:00", "20:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -7,
        "registration_closes_days": 21,
    },
    {
        "slug": "leonov-aerospace-engineering-school",
        "member": "leonov-university",
        "profile": "aero",
        "title_ru": "Инженерная школа авиации и космонавтики",
        "title_en": "Aerospace engineering school",
        "summary_ru": (
            "Субботняя школа университета для старшеклассников: лекции преподавателей, работа в "
            "аэродинамической лаборатории и собственный проект летательного аппарата."
        ),
        "summary_en": (
            "The university's Saturday school for senior students: lectures by faculty members, "
            "work in the aerodynamics laboratory and a project on an aircraft of their own."
        ),
        "goals_ru": (
            "Помочь старшеклассникам осознанно выбрать инженерное направление и подготовиться к "
            "учёбе в техническом вузе."
        ),
        "goals_en": (
            "To help senior pupils make an informed choice of an engineering field and prepare "
            "for studying at a technical university."
        ),
        "results_ru": (
            "Участники продувают модели в аэродинамической трубе, рассчитывают подъёмную силу и "
            "защищают проект беспилотного летательного аппарата перед преподавателями "
            "университета."
        ),
        "results_en": (
            "Participants test models in a wind tunnel, calculate lift and defend a design of an "
            "unmanned aircraft in front of university lecturers."
        ),
        "body_ru": [
            (
                "Лекции читают преподаватели кафедр, а практику ведут в лабораториях, где "
                "занимаются студенты. Выпускники школы получают сертификат университета, а лучшие "
                "проекты рекомендуются на конференцию молодых исследователей."
            ),
        ],
        "body_en": [
            (
                "Lectures are given by faculty members, and practice takes place in the "
                "laboratories used by the students. Graduates receive a university certificate, "
                "and the best projects are recommended to a young researchers' conference."
            ),
        ],
        "level": "advanced",
        "age_from": 15,
        "age_to": 18,
        "grade_from": 10,
        "grade_to": 11,
        "duration_weeks": 30,
        "hours": 90,
        "format": "in_person",
        "payment": "paid",
        "price": 18000,
        "enrolment_status": "open",
        "capacity": 40,
        "free_seats": 15,
        "teachers": ["dmitry-kovalenko", "pavel-orlov"],
        "venue": "leonov-university-main",
        "schedule": [("Поток 10–11 классов", 6, "10:00", "13:00")],
        "special_needs_ru": "",
        "special_needs_en": "",
        "registration_url": "",
        "registration_opens_days": -25,
        "registration_closes_days": 10,
    },
]
