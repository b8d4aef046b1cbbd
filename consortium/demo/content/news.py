"""Demo news of the consortium (member None) and of its member institutions.

`days_ago` dates each item back from today. Facts from the seed documents, retold as news of
the demo members; every sentence is ours."""

NEWS = [
    {
        "slug": "scientific-kaleidoscope-programme-published",
        "member": None,
        "title_ru": "Опубликована программа недели науки «Научный калейдоскоп»",
        "title_en": "Scientific Kaleidoscope science week: the programme is out",
        "summary_ru": (
            "Ко Дню российской науки университеты консорциума проведут неделю онлайн-лекций и "
            "практикумов для школьников из любых регионов."
        ),
        "summary_en": (
            "For the Day of Russian Science, the consortium's universities will hold a week of "
            "online lectures and workshops open to students from every region."
        ),
        "body_ru": [
            "Неделя пройдёт вокруг 8 февраля. В программе — лекции о биотехнологиях, ракетных "
            "двигателях, нейроинтерфейсах, компьютерной графике и 3D-моделировании, а также о "
            "культуре народов Поволжья и Сибири. Читают их преподаватели и молодые исследователи "
            "из Королёва, Казани и Новосибирска.",
            "Все занятия проходят в формате трансляций, поэтому подключиться можно из класса, "
            "кружка или дома. Регистрация нужна только на практикум по 3D-моделированию и "
            "заключительный круглый стол. Полное расписание — на странице недели в календаре "
            "событий.",
        ],
        "body_en": [
            "The week runs around 8 February. Lectures cover biotechnology, rocket engines, "
            "neural interfaces, computer graphics and 3D modelling, as well as the cultures of "
            "the peoples of the Volga region and Siberia. The speakers are lecturers and young "
            "researchers from Korolyov, Kazan and Novosibirsk.",
            "Every session is streamed, so students can join from a classroom, a club or home. "
            "Registration is needed only for the 3D modelling practicum and the closing round "
            "table. The full schedule is on the week's page in the events calendar.",
        ],
        "days_ago": 2,
        "age_rating": "0+",
    },
    {
        "slug": "kazan-dnk-prepares-for-science-week",
        "member": "kazan-dnk",
        "title_ru": "Казанский ДНК готовит три занятия для «Научного калейдоскопа»",
        "title_en": None,
        "summary_ru": (
            "3D-моделирование, генная инженерия и татарский орнамент в Blender: преподаватели "
            "Казанского Дома научной коллаборации завершают подготовку к неделе науки."
        ),
        "summary_en": "",
        "body_ru": [
            "Рустем Гайнуллин прочитает лекцию о пути детали от эскиза до 3D-печати, Лилия "
            "Зарипова расскажет о генетических ножницах без мифов и преувеличений. Самым "
            "необычным обещает стать совместный практикум инженера и этнографа, на котором "
            "участники перенесут элементы традиционного узора в трёхмерную модель.",
            "Модели, созданные на практикуме, можно будет напечатать в лаборатории ДНК. "
            "Количество онлайн-мест на практикум ограничено сотней участников, регистрация уже "
            "открыта.",
        ],
        "body_en": [],
        "days_ago": 1,
        "age_rating": "0+",
    },
    {
        "slug": "isaev-dnk-joins-interregional-consortium",
        "member": "isaev-dnk",
        "title_ru": "Дом научной коллаборации имени Исаева вошёл в межрегиональный консорциум",
        "title_en": "Isaev House of Scientific Collaboration joins the interregional consortium",
        "summary_ru": (
            "ДНК ЛЕОНОВ университета стал участником интеллектуального консорциума 22 ведущих "
            "вузов, которые вместе развивают дополнительное образование школьников."
        ),
        "summary_en": (
            "The House at LEONOV University has joined an intellectual consortium of 22 leading "
            "universities that develop additional education for school students together."
        ),
        "body_ru": [
            "Консорциум «Центры Домов научной коллаборации: наука, образование, кадры» создан, "
            "чтобы дополнительное образование успевало за развитием науки и технологий. "
            "Университеты будут вместе разрабатывать программы для школьников, делиться "
            "оборудованием и запускать исследовательские проекты с участием учёных и молодых "
            "исследователей.",
            "Для ребят из Королёва это означает доступ к занятиям и лекциям партнёров из других "
            "городов, а для школьников со всей страны — к лабораториям нашего университета. "
            "Первым совместным проектом станет онлайн-неделя науки ко Дню российской науки.",
        ],
        "body_en": [
            "The consortium, called Centres of Houses of Scientific Collaboration: Science, "
            "Education, Personnel, was set up so that additional education keeps pace with "
            "science and technology. The universities will design programmes for school students "
            "together, share equipment and launch research projects involving scientists and "
            "young researchers.",
            "For children in Korolyov this opens classes and lectures of partners in other "
            "cities; for students across the country, it opens our university's labs. The first "
            "joint project will be an online science week for the Day of Russian Science.",
        ],
        "days_ago": 212,
        "age_rating": "0+",
    },
    {
        "slug": "urals-festival-announced",
        "member": "kruzhok-yekaterinburg",
        "title_ru": "Екатеринбург примет фестиваль идей и технологий Кружкового движения",
        "title_en": "Yekaterinburg to host a Kruzhok festival of ideas and technologies",
        "summary_ru": (
            "Три дня воркшопов, выставка проектов и сессия наставников: кружок объявил программу "
            "Уральского фестиваля."
        ),
        "summary_en": (
            "Three days of workshops, a project exhibition and a mentors' session: the club has "
            "announced the programme of the Urals festival."
        ),
        "body_ru": [
            "Формат фестиваля идей и технологий родился к столетию кружкового движения в России: "
            "тогда такие праздники прошли сразу в девяти регионах, и каждый регион-организатор "
            "предлагал свою концепцию. Уральский фестиваль продолжает эту традицию и собирает "
            "кружки, вузы и технологические компании области.",
            "Посетителей ждут выставка «Технологии рядом», воркшопы по сборке квадрокоптеров и "
            "метеостанций, мастер-класс по пайке и награждение лучших наставников. Вход "
            "свободный, на воркшопы нужна регистрация.",
        ],
        "body_en": [
            "The festival of ideas and technologies format was born for the centenary of the "
            "Kruzhok movement in Russia, when such festivals took place in nine regions at once, "
            "each host region offering its own concept. The Urals festival carries on the "
            "tradition and brings together the region's clubs, universities and tech companies.",
            "Visitors can expect the Technology Next Door exhibition, workshops on building "
            "quadcopters and weather stations, a soldering master class and awards for the best "
            "mentors. Entry is free; workshops require registration.",
        ],
        "days_ago": 6,
        "age_rating": "0+",
    },
    {
        "slug": "primorye-festival-results",
        "member": "kruzhok-vladivostok",
        "title_ru": "Фестиваль идей и технологий в Приморье: как это было",
        "title_en": None,
        "summary_ru": (
            "Больше двух тысяч гостей, заплывы подводных роботов и награды лучшим наставникам края."
        ),
        "summary_en": "",
        "body_ru": [
            "Фестиваль во Владивостоке собрал школьников, студентов, родителей и наставников со "
            "всего Приморского края. Главным зрелищем стали показательные заплывы телеуправляемых "
            "подводных аппаратов, собранных в кружках Владивостока, Находки и Артёма.",
            "На сессии о развитии кружкового движения в регионе наставники обсудили, как "
            "удерживать ребят после первого года занятий, и наградили пятерых лучших "
            "руководителей кружков. Запись трансляции доступна на странице фестиваля.",
        ],
        "body_en": [],
        "days_ago": 51,
        "age_rating": "0+",
    },
    {
        "slug": "primorye-clubs-contest-results",
        "member": "kruzhok-vladivostok",
        "title_ru": "Подведены итоги конкурса технологических кружков Приморья",
        "title_en": "Primorye technology clubs contest: the results",
        "summary_ru": (
            "Кружок морской робототехники «Глубина» победил в региональном этапе и вместе с двумя "
            "призёрами представит край на всероссийском конкурсе."
        ),
        "summary_en": (
            "The Glubina marine robotics club won the regional stage and will represent Primorye "
            "at the national contest together with two runners-up."
        ),
        "body_ru": [
            "В этом году заявки подали кружки из двенадцати муниципалитетов края. После заочной "
            "экспертизы портфолио в финал вышли десять коллективов, которые представили свою "
            "работу на очной защите в зале «Морской фасад».",
            "Первое место — у «Глубины» с аппаратом для осмотра причалов, второе — у клуба "
            "«Пиксель» из Находки, третье — у кружка «Юный энергетик» из Уссурийска. Все три "
            "кружка получат гранты на оборудование.",
        ],
        "body_en": [
            "Clubs from twelve municipalities of the region applied this year. After the review "
            "of their portfolios, ten teams reached the final and presented their work in person "
            "at the Sea Front hall.",
            "First place went to Glubina and its pier inspection vehicle, second to the Pixel "
            "club from Nakhodka and third to the Young Power Engineer club from Ussuriysk. All "
            "three receive equipment grants.",
        ],
        "days_ago": 28,
        "age_rating": "0+",
    },
    {
        "slug": "rukami-school-of-club-organisers",
        "member": "rukami-centre",
        "title_ru": "Школа организаторов технологических кружков подвела итоги",
        "title_en": "The School of Technology Club Organisers wraps up",
        "summary_ru": (
            "2,3 тысячи человек записались на онлайн-курс «Как создать кружок», около ста "
            "организаторов приехали на трёхдневный интенсив в Москву."
        ),
        "summary_en": (
            "2,300 people signed up for the How to Create a Club online course, and about a "
            "hundred organisers came to Moscow for a three-day intensive."
        ),
        "body_ru": [
            "Программа обмена практиками длилась три месяца. Сначала шёл онлайн-курс, затем "
            "региональные мастер-классы в Белгороде, Челябинске, Санкт-Петербурге, Тюмени, "
            "Иркутске, Новосибирске, Екатеринбурге и Великом Новгороде — их посетили больше "
            "четырёхсот человек. Финалом стала очная школа в ресурсном центре «Руками».",
            "На интенсиве разбирали, как сделать кружок устойчивым, как искать партнёров среди "
            "компаний и вузов и как рассказывать о своей работе. Больше половины участников "
            "приехали из регионов — от Владивостока и Анадыря до Краснодара. Выпускники защитили "
            "проекты развития своих кружков и получили удостоверения о повышении квалификации.",
        ],
        "body_en": [
            "The practice exchange programme ran for three months: first the online course, then "
            "regional master classes in Belgorod, Chelyabinsk, St Petersburg, Tyumen, Irkutsk, "
            "Novosibirsk, Yekaterinburg and Veliky Novgorod, attended by more than four hundred "
            "people. It ended with an in-person school at the Rukami resource centre.",
            "The intensive covered how to make a club sustainable, how to find partners among "
            "companies and universities and how to talk about your work. More than half of the "
            "participants came from the regions, from Vladivostok and Anadyr to Krasnodar. The "
            "graduates defended development plans for their clubs and received professional "
            "development certificates.",
        ],
        "days_ago": 44,
        "age_rating": "0+",
    },
    {
        "slug": "rukami-contest-registration-open",
        "member": "rukami-centre",
        "title_ru": "Открыт приём заявок на конкурс мейкерских проектов «Руками»",
        "title_en": "Applications open for the Rukami maker projects contest",
        "summary_ru": (
            "Участвовать могут авторы от 10 до 25 лет, которые довели свою идею хотя бы до "
            "работающего прототипа."
        ),
        "summary_en": (
            "Makers aged 10 to 25 can apply if their idea has reached at least a working prototype."
        ),
        "body_ru": [
            "Конкурс ищет вещи, сделанные своими руками: приборы, механизмы, игры, арт-объекты, "
            "полезные устройства для дома и города. Заявку подаёт автор, а рассказ о проекте "
            "может быть в любом формате — от фотоотчёта до короткого видео.",
            "Лучшие проекты получат стенд на Московском фестивале «Руками», сертификаты на "
            "оборудование и три месяца работы с наставником. Приём заявок продлится два месяца.",
        ],
        "body_en": [
            "The contest looks for things people have made themselves: devices, mechanisms, "
            "games, art objects, useful gadgets for home or town. The author applies, and the "
            "project story can take any form, from a photo report to a short video.",
            "The best projects win a stand at the Rukami festival in Moscow, equipment vouchers "
            "and three months with a mentor. Applications are open for two months.",
        ],
        "days_ago": 20,
        "age_rating": "0+",
    },
    {
        "slug": "engineering-schools-consortium-meeting",
        "member": "school-777",
        "title_ru": "В Школе № 777 прошло расширенное заседание консорциума инженерных школ",
        "title_en": (
            "School No. 777 hosts an expanded meeting of the engineering-schools consortium"
        ),
        "summary_ru": (
            "Руководители школ из шести городов и Челябинской области обсудили, как выстроить "
            "профессиональный рост учителей внутри школы."
        ),
        "summary_en": (
            "Heads of schools from six cities and the Chelyabinsk region discussed how to build "
            "teachers' professional growth inside the school."
        ),
        "body_ru": [
            "Тема заседания — внутренняя система профессионального развития педагогов и "
            "возможности цифровой образовательной среды. Опытом поделились руководители школ "
            "Санкт-Петербурга, Казани, Ульяновска, Липецка, Кемерова, Кудрова и Челябинской "
            "области; коллеги из других регионов подключились онлайн.",
            "Консорциум по развитию школьного инженерно-технологического образования сегодня "
            "объединяет более 30 школ страны и более 80 партнёров Школы № 777 — вузы, предприятия "
            "и общественные организации. Запись трансляции опубликована на странице события.",
        ],
        "body_en": [
            "The meeting's theme was an in-school system of professional development for teachers "
            "and what a digital learning environment can offer. Heads of schools from St "
            "Petersburg, Kazan, Ulyanovsk, Lipetsk, Kemerovo, Kudrovo and the Chelyabinsk region "
            "shared their experience; colleagues from other regions joined online.",
            "The consortium for the development of school engineering and technology education "
            "now unites more than 30 schools and more than 80 partners of School No. 777: "
            "universities, companies and public organisations. The broadcast recording is on the "
            "event page.",
        ],
        "days_ago": 19,
        "age_rating": "0+",
    },
    {
        "slug": "kudrovo-school-mentoring-model",
        "member": "kudrovo-school",
        "title_ru": "Кудровская школа представила модель наставничества для молодых учителей",
        "title_en": None,
        "summary_ru": (
            "На заседании консорциума инженерных школ директор рассказал, как опытные педагоги "
            "сопровождают коллег в первые два года работы."
        ),
        "summary_en": "",
        "body_ru": [
            "Каждый молодой учитель получает наставника из другого предметного объединения: "
            "учитель физики работает в паре с учителем технологии, информатик — с математиком. "
            "Так рождаются межпредметные проекты, которые потом становятся основой занятий "
            "инженерных классов.",
            "Модель вызвала интерес у коллег из Липецка и Казани; школы договорились провести "
            "совместный онлайн-семинар для молодых педагогов весной.",
        ],
        "body_en": [],
        "days_ago": 17,
        "age_rating": "0+",
    },
    {
        "slug": "lipetsk-digital-portfolio-seminar",
        "member": "lipetsk-school",
        "title_ru": "Учителя липецкой школы собрали цифровые портфолио",
        "title_en": None,
        "summary_ru": (
            "По итогам методического семинара каждый педагог инженерного направления завёл "
            "электронное портфолио с открытыми уроками и проектами учеников."
        ),
        "summary_en": "",
        "body_ru": [
            "На семинаре о цифровой среде школы разбирали, как учителю фиксировать свой "
            "профессиональный рост: записывать открытые уроки, собирать отзывы коллег и "
            "показывать результаты проектной работы учеников.",
            "За неделю после семинара портфолио появились у всех двадцати трёх учителей "
            "технологии, физики и информатики. Весной школа планирует провести взаимные "
            "онлайн-посещения уроков с коллегами из других школ консорциума.",
        ],
        "body_en": [],
        "days_ago": 9,
        "age_rating": "0+",
    },
    {
        "slug": "chelyabinsk-quantorium-winter-intake",
        "member": "quantorium-chelyabinsk",
        "title_ru": "Челябинский Кванториум объявляет зимний набор",
        "title_en": "Chelyabinsk Quantorium announces its winter intake",
        "summary_ru": (
            "Бесплатные программы по робототехнике, беспилотникам, биотехнологиям и VR для ребят "
            "от 10 до 17 лет. Запись — через Навигатор дополнительного образования."
        ),
        "summary_en": (
            "Free programmes in robotics, drones, biotechnology and VR for children aged 10 to "
            "17. Enrolment is through the Navigator of additional education."
        ),
        "body_ru": [
            "Кванториумы — сеть детских технопарков, где бесплатно учат изобретать и проверять "
            "свои решения на современном оборудовании. По всей стране их больше ста, и ежегодно в "
            "них занимаются около ста тысяч детей. Направления работы называются квантумами: "
            "всего их тринадцать, от биотехнологий до лазерных технологий.",
            "В зимний набор в Челябинске открыты группы Аэроквантума, Робоквантума, Биоквантума и "
            "VR/AR-квантума. Перед зачислением — короткое входное задание; подробности педагоги "
            "расскажут на консультации в субботу.",
        ],
        "body_en": [
            "Quantoriums are a network of children's technoparks that teach young people, free of "
            "charge, to invent and test their ideas on modern equipment. There are more than a "
            "hundred across the country, and about a hundred thousand children study in them each "
            "year. Their subject areas are called quanta; there are thirteen, from biotechnology "
            "to laser technology.",
            "The winter intake in Chelyabinsk opens groups in the Aero, Robotics, Bio and VR/AR "
            "quanta. Applicants complete a short entry task; teachers will explain the details at "
            "a consultation on Saturday.",
        ],
        "days_ago": 8,
        "age_rating": "0+",
    },
    {
        "slug": "irkutsk-mobile-quantorium-tour",
        "member": "quantorium-irkutsk",
        "title_ru": "Мобильный Кванториум побывал в шести сёлах Приангарья",
        "title_en": None,
        "summary_ru": (
            "За месяц выездные педагоги провели занятия по робототехнике, геоинформатике и VR для "
            "900 школьников из отдалённых районов области."
        ),
        "summary_en": "",
        "body_ru": [
            "Мобильный технопарк — это лаборатория в нескольких кейсах и автобус с педагогами. Он "
            "приезжает туда, где до ближайшего Кванториума сотни километров. Сейчас в стране "
            "работает полтора десятка таких передвижных технопарков.",
            "В этот раз маршрут прошёл через Усть-Ордынский, Эхирит-Булагатский и Баяндаевский "
            "районы. Ребята собирали роботов, учились читать спутниковые снимки и путешествовали "
            "по Байкалу в виртуальной реальности. Лучшие участники приглашены на весеннюю "
            "профильную смену в Иркутск.",
        ],
        "body_en": [],
        "days_ago": 35,
        "age_rating": "0+",
    },
    {
        "slug": "tyumen-rural-teachers-at-quantorium",
        "member": "quantorium-tyumen",
        "title_ru": "Учителя сельских школ провели занятия в Тюменском Кванториуме",
        "title_en": "Rural school teachers teach classes at the Tyumen Quantorium",
        "summary_ru": (
            "Педагоги центров «Точка роста» стажировались в технопарке и сами провели уроки для "
            "своих учеников на его оборудовании."
        ),
        "summary_en": (
            "Teachers from Growth Point centres trained at the technopark and then taught their "
            "own pupils on its equipment."
        ),
        "body_ru": [
            "Центры «Точка роста» открыты в сельских школах и дают им современное оборудование "
            "для уроков технологии, физики и информатики. Стажировка в Кванториуме помогает "
            "учителям освоить оборудование глубже и увидеть, как устроена проектная работа.",
            "В Тюмени две недели занимались восемнадцать педагогов из районов области. "
            "Кульминацией стал день, когда они привезли в технопарк своих учеников и провели для "
            "них занятия сами — под присмотром наставников Кванториума.",
        ],
        "body_en": [
            "Growth Point centres operate in rural schools and equip them for technology, physics "
            "and computer science lessons. A placement at the Quantorium helps teachers master "
            "the equipment and see how project work is organised.",
            "Eighteen teachers from across the region spent two weeks in Tyumen. The highlight "
            "was the day they brought their own pupils to the technopark and taught them there, "
            "with Quantorium mentors looking on.",
        ],
        "days_ago": 63,
        "age_rating": "0+",
    },
    {
        "slug": "belgorod-it-cube-hackathon-announced",
        "member": "it-cube-belgorod",
        "title_ru": "IT-куб объявил хакатон «Умный город Белгород»",
        "title_en": None,
        "summary_ru": (
            "Команды школьников за 32 часа создадут прототипы сервисов для горожан по задачам "
            "городских служб и IT-компаний."
        ),
        "summary_en": "",
        "body_ru": [
            "IT-кубы — центры цифрового образования детей, где школьники учатся программированию, "
            "разработке приложений и основам кибербезопасности. Белгородский IT-куб впервые "
            "проводит городской хакатон и приглашает команды из трёх–пяти учеников 8–11 классов.",
            "Среди кейсов — навигация по остановкам для маломобильных горожан и карта свободных "
            "спортплощадок. Победители получат ноутбуки и приглашение в акселератор школьных "
            "IT-проектов. Регистрация открыта на странице соревнования.",
        ],
        "body_en": [],
        "days_ago": 10,
        "age_rating": "6+",
    },
    {
        "slug": "top3d-scanning-workshops-at-festivals",
        "member": "top3d-partner",
        "title_ru": "Top 3D Shop провёл практикумы по 3D-сканированию на фестивалях кружков",
        "title_en": "Top 3D Shop runs 3D scanning workshops at Kruzhok festivals",
        "summary_ru": (
            "Инженеры компании показали школьникам ручной сканер EinScan HX и приглашают на новый "
            "практикум в Москве."
        ),
        "summary_en": (
            "The company's engineers introduced students to the EinScan HX handheld scanner and "
            "invite them to a new workshop in Moscow."
        ),
        "body_ru": [
            "На фестивалях идей и технологий Кружкового движения инженеры Top 3D Shop вели "
            "практикумы: участники сканировали собственные предметы, от игрушек до деталей "
            "велосипеда, и смотрели, как облако точек превращается в модель для печати.",
            "Практикумы оказались настолько востребованы, что компания запускает регулярные "
            "занятия в своём демонстрационном зале в Москве. Ближайший практикум — для "
            "старшеклассников и педагогов, регистрация уже открыта.",
        ],
        "body_en": [
            "At the Kruzhok movement's festivals of ideas and technologies, Top 3D Shop engineers "
            "ran hands-on sessions: participants scanned their own objects, from toys to bicycle "
            "parts, and watched a point cloud turn into a printable model.",
            "Demand was so high that the company is launching regular sessions at its showroom in "
            "Moscow. The next one is for older students and teachers, and registration is open.",
        ],
        "days_ago": 40,
        "age_rating": "0+",
    },
    {
        "slug": "novosibirsk-dnk-first-year",
        "member": "novosibirsk-dnk",
        "title_ru": "Новосибирский ДНК подвёл итоги первого учебного года",
        "title_en": None,
        "summary_ru": (
            "Почти пятьсот школьников прошли программы по нейроробототехнике, биоинформатике и "
            "веб-программированию на оборудовании университета."
        ),
        "summary_en": "",
        "body_ru": [
            "Дома научной коллаборации создаются при университетах, чтобы школьники занимались "
            "наукой рядом с настоящими исследователями. В первых полутора десятках таких центров "
            "за год обучались около шести тысяч детей; новосибирский ДНК внёс в это число почти "
            "пятьсот человек.",
            "Самым популярным направлением стала нейроробототехника: заявок было втрое больше, "
            "чем мест. В новом учебном году лаборатория откроет вторую группу, а проект "
            "бионической руки школьников представят на Национальной технологической олимпиаде.",
        ],
        "body_en": [],
        "days_ago": 96,
        "age_rating": "0+",
    },
    {
        "slug": "nto-2026-27-registration-open",
        "member": None,
        "title_ru": "Открыта регистрация на Национальную технологическую олимпиаду 2026/27",
        "title_en": "Registration opens for the 2026/27 National Technology Olympiad",
        "summary_ru": (
            "Участники консорциума проводят профили школьного трека и готовят команды к "
            "олимпиаде; для 5–7 классов работает младший трек."
        ),
        "summary_en": (
            "Consortium members host profiles of the school track and coach teams; a junior track "
            "is open for grades 5–7."
        ),
        "body_ru": [
            "Национальная технологическая олимпиада — командные инженерные соревнования, выросшие "
            "из Кружкового движения НТИ. В этом сезоне наши участники организуют профили "
            "«Автономные транспортные системы» (Новосибирский университет), «Большие данные и "
            "машинное обучение» (Казанский университет) и «Аэрокосмические системы» (ЛЕОНОВ "
            "университет).",
            "Регистрация продлится почти три месяца, отборочный этап стартует онлайн через две "
            "недели. Команды собираются из двух–пяти человек; найти товарищей помогут кружки и "
            "Кванториумы консорциума. Студенческий трек откроет регистрацию позже.",
        ],
        "body_en": [
            "The National Technology Olympiad is a series of team engineering contests that grew "
            "out of the NTI Kruzhok movement. This season our members host the Autonomous "
            "Transport Systems profile (Novosibirsk University), Big Data and Machine Learning "
            "(Kazan University) and Aerospace Systems (LEONOV University).",
            "Registration stays open for almost three months, and the online qualifying round "
            "starts in two weeks. Teams have two to five members; the consortium's clubs and "
            "Quantoriums can help you find teammates. The student track opens registration later.",
        ],
        "days_ago": 58,
        "age_rating": "0+",
    },
]
