"""Demo member institutions, their venues and the people who teach and lead them. Facts (names,
places, dates, numbers) come from the seed documents; the text is ours. Contacts use reserved
example domains."""

PEOPLE = [
    {
        "slug": "vera-knyazeva",
        "name_ru": "Вера Владимировна Князева",
        "name_en": "Vera Knyazeva",
        "position_ru": (
            "Директор Инженерно-технологической школы № 777, президент Консорциума развития "
            "школьного инженерно-технологического образования"
        ),
        "position_en": (
            "Director of Engineering and Technology School No. 777, President of the Consortium "
            "for School Engineering and Technology Education"
        ),
    },
    {
        "slug": "pavel-orlov",
        "name_ru": "Павел Андреевич Орлов",
        "name_en": "Pavel Orlov",
        "position_ru": (
            "Руководитель Дома научной коллаборации имени А. М. Исаева, кандидат технических наук"
        ),
        "position_en": "Head of the Isaev House of Scientific Collaboration, PhD in Engineering",
    },
    {
        "slug": "yulia-zaitseva",
        "name_ru": "Юлия Олеговна Зайцева",
        "name_en": "Yulia Zaitseva",
        "position_ru": (
            "Педагог дополнительного образования, 3D-моделирование и компьютерная графика"
        ),
        "position_en": "Additional education teacher, 3D modelling and computer graphics",
    },
    {
        "slug": "dmitry-kovalenko",
        "name_ru": "Дмитрий Викторович Коваленко",
        "name_en": "Dmitry Kovalenko",
        "position_ru": (
            "Старший преподаватель кафедры летательных аппаратов, наставник по беспилотным системам"
        ),
        "position_en": "Senior lecturer in aircraft engineering, mentor in unmanned systems",
    },
    {
        "slug": "alina-gabdullina",
        "name_ru": "Алина Рустемовна Габдуллина",
        "name_en": "Alina Gabdullina",
        "position_ru": (
            "Кандидат биологических наук, преподаватель Дома научной коллаборации имени А. М. "
            "Бутлерова"
        ),
        "position_en": "PhD in Biology, teacher at the Butlerov House of Scientific Collaboration",
    },
    {
        "slug": "timur-safin",
        "name_ru": "Тимур Ильдарович Сафин",
        "name_en": "Timur Safin",
        "position_ru": (
            "Руководитель Дома научной коллаборации имени А. М. Бутлерова, доцент кафедры химии "
            "материалов"
        ),
        "position_en": (
            "Head of the Butlerov House of Scientific Collaboration, associate professor of "
            "materials chemistry"
        ),
    },
    {
        "slug": "gulnara-mukhametzyanova",
        "name_ru": "Гульнара Фаритовна Мухаметзянова",
        "name_en": "Gulnara Mukhametzyanova",
        "position_ru": "Этнограф, преподаватель программ по культуре народов России",
        "position_en": (
            "Ethnographer, teacher of programmes on the cultures of the peoples of Russia"
        ),
    },
    {
        "slug": "olga-vinogradova",
        "name_ru": "Ольга Павловна Виноградова",
        "name_en": "Olga Vinogradova",
        "position_ru": (
            "Руководитель Дома научной коллаборации имени М. А. Лаврентьева, нейрофизиолог"
        ),
        "position_en": (
            "Head of the Lavrentyev House of Scientific Collaboration, neurophysiologist"
        ),
    },
    {
        "slug": "sergey-lebedev",
        "name_ru": "Сергей Николаевич Лебедев",
        "name_en": "Sergey Lebedev",
        "position_ru": (
            "Преподаватель факультета информационных технологий, специалист по анализу данных"
        ),
        "position_en": "Lecturer at the Faculty of Information Technology, data scientist",
    },
    {
        "slug": "maxim-gusev",
        "name_ru": "Максим Юрьевич Гусев",
        "name_en": "Maxim Gusev",
        "position_ru": "Наставник автоквантума и энерджиквантума",
        "position_en": "Mentor of the auto and energy quanta",
    },
    {
        "slug": "ekaterina-morozova",
        "name_ru": "Екатерина Сергеевна Морозова",
        "name_en": "Ekaterina Morozova",
        "position_ru": "Наставник промдизайнквантума, лазерных технологий и VR/AR",
        "position_en": "Mentor in industrial design, laser technologies and VR/AR",
    },
    {
        "slug": "anna-tarasova",
        "name_ru": "Анна Валерьевна Тарасова",
        "name_en": "Anna Tarasova",
        "position_ru": "Наставник биоквантума и наноквантума",
        "position_en": "Mentor of the bio and nano quanta",
    },
    {
        "slug": "nikolai-ermakov",
        "name_ru": "Николай Петрович Ермаков",
        "name_en": "Nikolai Ermakov",
        "position_ru": "Наставник геоквантума, аэроквантума и космоквантума",
        "position_en": "Mentor of the geo, aero and space quanta",
    },
    {
        "slug": "denis-khabarov",
        "name_ru": "Денис Олегович Хабаров",
        "name_en": "Denis Khabarov",
        "position_ru": "Наставник робоквантума, автоквантума и энерджиквантума",
        "position_en": "Mentor of the robotics, auto and energy quanta",
    },
    {
        "slug": "ksenia-lapshina",
        "name_ru": "Ксения Викторовна Лапшина",
        "name_en": "Ksenia Lapshina",
        "position_ru": "Наставник нейроквантума и IT-квантума",
        "position_en": "Mentor of the neuro and IT quanta",
    },
    {
        "slug": "igor-polyansky",
        "name_ru": "Игорь Васильевич Полянский",
        "name_en": "Igor Polyansky",
        "position_ru": "Руководитель IT-куба, преподаватель программирования на Python",
        "position_en": "Head of the IT-cube, Python programming teacher",
    },
    {
        "slug": "daria-shevchenko",
        "name_ru": "Дарья Андреевна Шевченко",
        "name_en": "Daria Shevchenko",
        "position_ru": "Педагог дополнительного образования, веб-разработка и VR/AR",
        "position_en": "Additional education teacher, web development and VR/AR",
    },
    {
        "slug": "mikhail-ryabov",
        "name_ru": "Михаил Борисович Рябов",
        "name_en": "Mikhail Ryabov",
        "position_ru": "Учитель технологии, руководитель инженерных классов",
        "position_en": "Technology teacher, head of the engineering classes",
    },
    {
        "slug": "svetlana-komarova",
        "name_ru": "Светлана Юрьевна Комарова",
        "name_en": "Svetlana Komarova",
        "position_ru": "Учитель русского языка и литературы, руководитель школьного медиацентра",
        "position_en": (
            "Teacher of Russian language and literature, head of the school media centre"
        ),
    },
    {
        "slug": "marina-stepanova",
        "name_ru": "Марина Николаевна Степанова",
        "name_en": "Marina Stepanova",
        "position_ru": "Учитель истории, руководитель школьного музея",
        "position_en": "History teacher, curator of the school museum",
    },
    {
        "slug": "alexey-fomin",
        "name_ru": "Алексей Геннадьевич Фомин",
        "name_en": "Alexey Fomin",
        "position_ru": "Учитель физики и технологии",
        "position_en": "Physics and technology teacher",
    },
    {
        "slug": "roman-cherkasov",
        "name_ru": "Роман Сергеевич Черкасов",
        "name_en": "Roman Cherkasov",
        "position_ru": "Педагог дополнительного образования, инженер-материаловед",
        "position_en": "Additional education teacher, materials engineer",
    },
    {
        "slug": "gleb-ufimtsev",
        "name_ru": "Глеб Андреевич Уфимцев",
        "name_en": "Gleb Ufimtsev",
        "position_ru": "Основатель и наставник кружка «Уральский полигон»",
        "position_en": "Founder and mentor of the Ural Proving Ground club",
    },
    {
        "slug": "vadim-tikhonov",
        "name_ru": "Вадим Евгеньевич Тихонов",
        "name_en": "Vadim Tikhonov",
        "position_ru": "Руководитель кружка «Маяк», инженер-океанотехник",
        "position_en": "Head of the Mayak club, ocean engineer",
    },
    {
        "slug": "polina-kim",
        "name_ru": "Полина Игоревна Ким",
        "name_en": "Polina Kim",
        "position_ru": "Морской биолог, наставник по научной журналистике",
        "position_en": "Marine biologist, mentor in science journalism",
    },
    {
        "slug": "anastasia-belozyorova",
        "name_ru": "Анастасия Дмитриевна Белозёрова",
        "name_en": "Anastasia Belozyorova",
        "position_ru": "Руководитель ресурсного центра «Руками», наставник мейкерских мастерских",
        "position_en": "Head of the Rukami Resource Centre, maker workshop mentor",
    },
]

VENUES = [
    {
        "slug": "leonov-university-main",
        "city": "korolyov",
        "name_ru": "Главный корпус университета имени Леонова",
        "name_en": "LEONOV University main building",
        "address_ru": "ул. Гагарина, 42, Королёв, Московская область",
        "address_en": "42 Gagarina Street, Korolyov, Moscow Oblast",
        "latitude": 55.9143,
        "longitude": 37.826,
    },
    {
        "slug": "leonov-university-lab",
        "city": "korolyov",
        "name_ru": "Учебно-лабораторный корпус университета имени Леонова",
        "name_en": "LEONOV University laboratory building",
        "address_ru": "ул. Октябрьская, 10, Королёв, Московская область",
        "address_en": "10 Oktyabrskaya Street, Korolyov, Moscow Oblast",
        "latitude": 55.9205,
        "longitude": 37.8441,
    },
    {
        "slug": "isaev-dnk-main",
        "city": "korolyov",
        "name_ru": "Дом научной коллаборации имени А. М. Исаева",
        "name_en": "Isaev House of Scientific Collaboration",
        "address_ru": "ул. Пионерская, 8, Королёв, Московская область",
        "address_en": "8 Pionerskaya Street, Korolyov, Moscow Oblast",
        "latitude": 55.9248,
        "longitude": 37.8533,
    },
    {
        "slug": "kazan-university-main",
        "city": "kazan",
        "name_ru": "Главный корпус Казанского инженерно-технологического университета",
        "name_en": "Kazan University of Engineering and Technology main building",
        "address_ru": "ул. Толстого, 15, Казань, Республика Татарстан",
        "address_en": "15 Tolstogo Street, Kazan, Republic of Tatarstan",
        "latitude": 55.7925,
        "longitude": 49.1321,
    },
    {
        "slug": "kazan-dnk-main",
        "city": "kazan",
        "name_ru": "Дом научной коллаборации имени А. М. Бутлерова",
        "name_en": "Butlerov House of Scientific Collaboration",
        "address_ru": "ул. Бутлерова, 31, Казань, Республика Татарстан",
        "address_en": "31 Butlerova Street, Kazan, Republic of Tatarstan",
        "latitude": 55.7877,
        "longitude": 49.13,
    },
    {
        "slug": "novosibirsk-university-main",
        "city": "novosibirsk",
        "name_ru": "Главный корпус Сибирского политехнического университета",
        "name_en": "Siberian Polytechnic University main building",
        "address_ru": "Красный проспект, 86, Новосибирск",
        "address_en": "86 Krasny Prospekt, Novosibirsk",
        "latitude": 55.048,
        "longitude": 82.917,
    },
    {
        "slug": "novosibirsk-university-akademgorodok",
        "city": "novosibirsk",
        "name_ru": "Кампус Сибирского политехнического университета в Академгородке",
        "name_en": "Siberian Polytechnic University campus in Akademgorodok",
        "address_ru": "ул. Пирогова, 20, Академгородок, Новосибирск",
        "address_en": "20 Pirogova Street, Akademgorodok, Novosibirsk",
        "latitude": 54.844,
        "longitude": 83.093,
    },
    {
        "slug": "novosibirsk-dnk-main",
        "city": "novosibirsk",
        "name_ru": "Дом научной коллаборации имени М. А. Лаврентьева",
        "name_en": "Lavrentyev House of Scientific Collaboration",
        "address_ru": "ул. Ильича, 10, Академгородок, Новосибирск",
        "address_en": "10 Ilyicha Street, Akademgorodok, Novosibirsk",
        "latitude": 54.8403,
        "longitude": 83.106,
    },
    {
        "slug": "school-777-main",
        "city": "saint-petersburg",
        "name_ru": "Инженерно-технологическая школа № 777",
        "name_en": "Engineering and Technology School No. 777",
        "address_ru": "пр. Просвещения, 36, Санкт-Петербург",
        "address_en": "36 Prosvescheniya Avenue, Saint Petersburg",
        "latitude": 60.0517,
        "longitude": 30.3315,
    },
    {
        "slug": "kudrovo-school-main",
        "city": "kudrovo",
        "name_ru": "Кудровская инженерная школа № 4",
        "name_en": "Kudrovo Engineering School No. 4",
        "address_ru": "Европейский пр., 7, Кудрово, Всеволожский район, Ленинградская область",
        "address_en": "7 Yevropeysky Avenue, Kudrovo, Vsevolozhsky District, Leningrad Oblast",
        "latitude": 59.909,
        "longitude": 30.514,
    },
    {
        "slug": "lipetsk-school-main",
        "city": "lipetsk",
        "name_ru": "Инженерный лицей № 12",
        "name_en": "Engineering Lyceum No. 12",
        "address_ru": "пр. Победы, 71, Липецк",
        "address_en": "71 Pobedy Avenue, Lipetsk",
        "latitude": 52.599,
        "longitude": 39.556,
    },
    {
        "slug": "quantorium-chelyabinsk-main",
        "city": "chelyabinsk",
        "name_ru": "Детский технопарк «Кванториум» Челябинска",
        "name_en": "Quantorium Chelyabinsk children's technopark",
        "address_ru": "Свердловский пр., 51, Челябинск",
        "address_en": "51 Sverdlovsky Avenue, Chelyabinsk",
        "latitude": 55.168,
        "longitude": 61.387,
    },
    {
        "slug": "quantorium-irkutsk-main",
        "city": "irkutsk",
        "name_ru": "Детский технопарк «Кванториум» Иркутска",
        "name_en": "Quantorium Irkutsk children's technopark",
        "address_ru": "ул. Карла Маркса, 28, Иркутск",
        "address_en": "28 Karla Marksa Street, Irkutsk",
        "latitude": 52.284,
        "longitude": 104.287,
    },
    {
        "slug": "quantorium-tyumen-main",
        "city": "tyumen",
        "name_ru": "Детский технопарк «Кванториум» Тюмени",
        "name_en": "Quantorium Tyumen children's technopark",
        "address_ru": "ул. Республики, 142, Тюмень",
        "address_en": "142 Respubliki Street, Tyumen",
        "latitude": 57.141,
        "longitude": 65.564,
    },
    {
        "slug": "it-cube-belgorod-main",
        "city": "belgorod",
        "name_ru": "Центр цифрового образования «IT-куб» Белгорода",
        "name_en": "IT-cube Belgorod digital education centre",
        "address_ru": "ул. Попова, 24, Белгород",
        "address_en": "24 Popova Street, Belgorod",
        "latitude": 50.6,
        "longitude": 36.586,
    },
    {
        "slug": "kruzhok-yekaterinburg-main",
        "city": "yekaterinburg",
        "name_ru": "Мастерская кружка «Уральский полигон»",
        "name_en": "Ural Proving Ground club workshop",
        "address_ru": "ул. Малышева, 36, Екатеринбург",
        "address_en": "36 Malysheva Street, Yekaterinburg",
        "latitude": 56.837,
        "longitude": 60.6,
    },
    {
        "slug": "kruzhok-vladivostok-main",
        "city": "vladivostok",
        "name_ru": "Кружок «Маяк»",
        "name_en": "Mayak club",
        "address_ru": "ул. Светланская, 72, Владивосток",
        "address_en": "72 Svetlanskaya Street, Vladivostok",
        "latitude": 43.116,
        "longitude": 131.897,
    },
    {
        "slug": "kruzhok-vladivostok-russky",
        "city": "vladivostok",
        "name_ru": "Морской полигон кружка «Маяк» на острове Русский",
        "name_en": "Mayak club marine test site on Russky Island",
        "address_ru": "о. Русский, бухта Аякс, Владивосток",
        "address_en": "Ajax Bay, Russky Island, Vladivostok",
        "latitude": 43.027,
        "longitude": 131.9,
    },
    {
        "slug": "rukami-centre-main",
        "city": "moscow",
        "name_ru": "Ресурсный центр «Руками»",
        "name_en": "Rukami Resource Centre",
        "address_ru": "ул. Электрозаводская, 21, Москва",
        "address_en": "21 Elektrozavodskaya Street, Moscow",
        "latitude": 55.789,
        "longitude": 37.707,
    },
    {
        "slug": "top3d-partner-main",
        "city": "moscow",
        "name_ru": "Демонстрационный зал Top 3D Shop",
        "name_en": "Top 3D Shop showroom",
        "address_ru": "ул. Ленинская Слобода, 19, Москва",
        "address_en": "19 Leninskaya Sloboda Street, Moscow",
        "latitude": 55.71,
        "longitude": 37.652,
    },
]

INSTITUTIONS = [
    {
        "slug": "leonov-university",
        "kind": "university",
        "title_ru": "Технологический университет имени Леонова",
        "title_en": "LEONOV University of Technology",
        "full_name_ru": (
            "Государственное бюджетное образовательное учреждение высшего образования Московской "
            "области «Технологический университет имени дважды Героя Советского Союза, "
            "лётчика-космонавта А. А. Леонова»"
        ),
        "full_name_en": (
            "Moscow Region State Budgetary Institution of Higher Education «University of "
            "Technology named after Alexei Leonov, pilot-cosmonaut and twice Hero of the Soviet "
            "Union»"
        ),
        "summary_ru": (
            "Университет в наукограде Королёве, названный в честь лётчика-космонавта Алексея "
            "Леонова. Готовит инженеров для космической отрасли, промышленности и IT и открывает "
            "свои лаборатории школьникам."
        ),
        "summary_en": (
            "A university in the science city of Korolyov named after cosmonaut Alexei Leonov. It "
            "trains engineers for the space industry, manufacturing and IT and opens its "
            "laboratories to schoolchildren."
        ),
        "body_ru": [
            (
                "Королёв — город, где создавались первые советские ракеты и спутники, и "
                "университет рос вместе с его предприятиями. Студенты проходят практику на "
                "заводах и в конструкторских бюро отрасли, а многие выпускные работы выполняются "
                "по заказам промышленных партнёров."
            ),
            (
                "Для школьников университет работает через Дом научной коллаборации имени А. М. "
                "Исаева и субботнюю инженерную школу авиации и космонавтики. Старшеклассники "
                "занимаются в тех же аудиториях и лабораториях, что и студенты, а проекты ведут "
                "вместе с преподавателями кафедр."
            ),
        ],
        "body_en": [
            (
                "Korolyov is the town where the first Soviet rockets and satellites were built, "
                "and the university grew up alongside its enterprises. Students do their "
                "placements at factories and design bureaus of the industry, and many graduation "
                "projects are commissioned by industrial partners."
            ),
            (
                "Schoolchildren come to the university through the Isaev House of Scientific "
                "Collaboration and a Saturday school of aerospace engineering. Senior pupils work "
                "in the same classrooms and laboratories as the students and carry out projects "
                "with members of the faculty."
            ),
        ],
        "region": "moscow-oblast",
        "city": "korolyov",
        "venues": ["leonov-university-main", "leonov-university-lab"],
        "networks": ["dnk"],
        "parent": None,
        "phone": "+7 (495) 555-42-00",
        "email": "info@leonov-university.example",
        "website": "https://leonov-university.example",
        "head_name_ru": "Алексей Викторович Щербаков",
        "head_name_en": "Alexey Shcherbakov",
        "head_position_ru": "Ректор",
        "head_position_en": "Rector",
        "links": [
            ("VK", "https://vk.com/leonov_university_demo"),
            ("Telegram", "https://t.me/leonov_university_demo"),
        ],
        "school": None,
    },
    {
        "slug": "isaev-dnk",
        "kind": "science_house",
        "title_ru": "ДНК имени А. М. Исаева",
        "title_en": "Isaev House of Scientific Collaboration",
        "full_name_ru": (
            "Дом научной коллаборации имени А. М. Исаева Технологического университета имени "
            "Леонова"
        ),
        "full_name_en": (
            "Isaev House of Scientific Collaboration of LEONOV University of Technology"
        ),
        "summary_ru": (
            "Центр дополнительного образования школьников при университете имени Леонова: "
            "ракетная техника, квадрокоптеры, лазеры, 3D-моделирование и компьютерная графика на "
            "оборудовании вуза."
        ),
        "summary_en": (
            "The university's centre of additional education for schoolchildren: rocket engines, "
            "quadcopters, lasers, 3D modelling and computer graphics on university equipment."
        ),
        "body_ru": [
            (
                "Дом научной коллаборации носит имя Алексея Михайловича Исаева — конструктора "
                "ракетных двигателей, чья работа связана с Королёвом. Занятия ведут "
                "преподаватели, аспиранты и студенты университета, а проходят они в лабораториях "
                "вуза и в собственном здании Дома."
            ),
            (
                "В феврале 2022 года Дом вошёл в межрегиональный интеллектуальный консорциум "
                "«Центры Домов научной коллаборации: наука, образование, кадры», объединивший 22 "
                "ведущих университета страны. Участники консорциума вместе разрабатывают "
                "программы для школьников и ведут совместные исследовательские проекты."
            ),
            (
                "Ко Дню российской науки, 8 февраля, Дом вместе с партнёрами по консорциуму "
                "проводит неделю науки «Научный калейдоскоп»: дистанционные лекции, мастер-классы "
                "и семинары, к которым может подключиться школьник из любого региона."
            ),
        ],
        "body_en": [
            (
                "The House of Scientific Collaboration is named after Aleksei Isaev, a designer "
                "of rocket engines whose work is tied to Korolyov. Classes are taught by "
                "university lecturers, postgraduates and students and take place in the "
                "university laboratories and in the House's own building."
            ),
            (
                "In February 2022 the House joined the interregional intellectual consortium "
                "«Centres of Houses of Scientific Collaboration: science, education, personnel», "
                "which brought together 22 leading Russian universities. Its members design "
                "programmes for schoolchildren together and run joint research projects."
            ),
            (
                "For the Day of Russian Science on 8 February, the House and its consortium "
                "partners hold the «Scientific Kaleidoscope» science week: remote lectures, "
                "workshops and seminars that schoolchildren from any region can join."
            ),
        ],
        "region": "moscow-oblast",
        "city": "korolyov",
        "venues": ["isaev-dnk-main", "leonov-university-lab"],
        "networks": ["dnk"],
        "parent": "leonov-university",
        "phone": "+7 (495) 555-42-17",
        "email": "dnk@leonov-university.example",
        "website": "https://dnk.leonov-university.example",
        "head_name_ru": "Павел Андреевич Орлов",
        "head_name_en": "Pavel Orlov",
        "head_position_ru": "Руководитель Дома научной коллаборации",
        "head_position_en": "Head of the House of Scientific Collaboration",
        "links": [
            ("VK", "https://vk.com/isaev_dnk_demo"),
            ("Telegram", "https://t.me/isaev_dnk_demo"),
        ],
        "school": None,
    },
    {
        "slug": "kazan-university",
        "kind": "university",
        "title_ru": "Казанский инженерно-технологический университет",
        "title_en": "Kazan University of Engineering and Technology",
        "full_name_ru": (
            "Федеральное государственное бюджетное образовательное учреждение высшего образования "
            "«Казанский инженерно-технологический университет»"
        ),
        "full_name_en": (
            "Federal State Budgetary Institution of Higher Education «Kazan University of "
            "Engineering and Technology»"
        ),
        "summary_ru": (
            "Технический университет в Казани с сильными школами химии, биотехнологии, энергетики "
            "и программирования. Базовый вуз Дома научной коллаборации имени А. М. Бутлерова."
        ),
        "summary_en": (
            "A technical university in Kazan with strong schools of chemistry, biotechnology, "
            "energy and programming. It hosts the Butlerov House of Scientific Collaboration."
        ),
        "body_ru": [
            (
                "Университет готовит химиков-технологов, биотехнологов, энергетиков и "
                "разработчиков программного обеспечения для предприятий Татарстана. Многие "
                "лаборатории вуза созданы вместе с промышленными партнёрами и работают над их "
                "реальными задачами."
            ),
            (
                "Для школьников университет открыл Дом научной коллаборации, где старшеклассники "
                "занимаются генной инженерией, наноматериалами и нейроробототехникой. Вуз также "
                "сотрудничает с казанскими школами консорциума инженерно-технологического "
                "образования: проводит для них практикумы и принимает проекты учеников на "
                "экспертизу."
            ),
        ],
        "body_en": [
            (
                "The university trains process chemists, biotechnologists, power engineers and "
                "software developers for the industry of Tatarstan. Many of its laboratories were "
                "set up together with industrial partners and work on their real problems."
            ),
            (
                "For schoolchildren the university opened a House of Scientific Collaboration "
                "where senior pupils study genetic engineering, nanomaterials and neurorobotics. "
                "It also works with the Kazan schools of the engineering education consortium, "
                "running practical sessions for them and reviewing pupils' projects."
            ),
        ],
        "region": "tatarstan",
        "city": "kazan",
        "venues": ["kazan-university-main"],
        "networks": ["dnk", "engineering-schools"],
        "parent": None,
        "phone": "+7 (843) 555-10-20",
        "email": "info@kazan-university.example",
        "website": "https://kazan-university.example",
        "head_name_ru": "Ильдар Ринатович Хасанов",
        "head_name_en": "Ildar Khasanov",
        "head_position_ru": "Ректор",
        "head_position_en": "Rector",
        "links": [
            ("VK", "https://vk.com/kazan_university_demo"),
            ("Telegram", "https://t.me/kazan_university_demo"),
        ],
        "school": None,
    },
    {
        "slug": "kazan-dnk",
        "kind": "science_house",
        "title_ru": "ДНК имени А. М. Бутлерова",
        "title_en": "Butlerov House of Scientific Collaboration",
        "full_name_ru": (
            "Дом научной коллаборации имени А. М. Бутлерова Казанского инженерно-технологического "
            "университета"
        ),
        "full_name_en": (
            "Butlerov House of Scientific Collaboration of Kazan University of Engineering and "
            "Technology"
        ),
        "summary_ru": (
            "Казанский Дом научной коллаборации: генная инженерия, микробиология, химия "
            "наноматериалов, нейроробототехника и культура народов Поволжья для школьников 12–17 "
            "лет."
        ),
        "summary_en": (
            "The Kazan House of Scientific Collaboration: genetic engineering, microbiology, "
            "nanomaterials chemistry, neurorobotics and the cultures of the Volga peoples for "
            "schoolchildren aged 12 to 17."
        ),
        "body_ru": [
            (
                "Дом назван в честь Александра Михайловича Бутлерова, создателя теории "
                "химического строения, чьё имя неотделимо от казанской химической школы. "
                "Школьники работают здесь в лабораториях университета рядом со студентами и "
                "молодыми учёными, а группы нарочно делаются небольшими."
            ),
            (
                "Дом входит в межрегиональный консорциум Домов научной коллаборации и участвует в "
                "его общих проектах, в том числе в дистанционных лекциях недели науки «Научный "
                "калейдоскоп». Онлайн-программы Дома открыты для школьников из других регионов."
            ),
        ],
        "body_en": [
            (
                "The House is named after Alexander Butlerov, the author of the theory of "
                "chemical structure, whose name is inseparable from the Kazan school of "
                "chemistry. Schoolchildren work here in the university laboratories next to "
                "students and young researchers, and groups are deliberately kept small."
            ),
            (
                "The House belongs to the interregional consortium of Houses of Scientific "
                "Collaboration and takes part in its joint projects, including the remote "
                "lectures of the «Scientific Kaleidoscope» science week. Its online programmes "
                "are open to schoolchildren from other regions."
            ),
        ],
        "region": "tatarstan",
        "city": "kazan",
        "venues": ["kazan-dnk-main"],
        "networks": ["dnk"],
        "parent": "kazan-university",
        "phone": "+7 (843) 555-10-45",
        "email": "dnk@kazan-university.example",
        "website": "https://dnk.kazan-university.example",
        "head_name_ru": "Тимур Ильдарович Сафин",
        "head_name_en": "Timur Safin",
        "head_position_ru": "Руководитель Дома научной коллаборации",
        "head_position_en": "Head of the House of Scientific Collaboration",
        "links": [("VK", "https://vk.com/butlerov_dnk_demo")],
        "school": None,
    },
    {
        "slug": "novosibirsk-university",
        "kind": "university",
        "title_ru": "Сибирский политехнический университет",
        "title_en": "Siberian Polytechnic University",
        "full_name_ru": (
            "Федеральное государственное бюджетное образовательное учреждение высшего образования "
            "«Сибирский политехнический университет»"
        ),
        "full_name_en": (
            "Federal State Budgetary Institution of Higher Education «Siberian Polytechnic "
            "University»"
        ),
        "summary_ru": (
            "Политехнический университет в Новосибирске с кампусом в Академгородке. Работает "
            "вместе с институтами Сибирского отделения РАН и развивает Дом научной коллаборации "
            "для школьников."
        ),
        "summary_en": (
            "A polytechnic university in Novosibirsk with a campus in Akademgorodok. It works "
            "with the institutes of the Siberian Branch of the Russian Academy of Sciences and "
            "runs a House of Scientific Collaboration for schoolchildren."
        ),
        "body_ru": [
            (
                "Университет объединяет инженерные и естественнонаучные факультеты в центре "
                "Новосибирска и исследовательский кампус в Академгородке. Студенты старших курсов "
                "работают в лабораториях академических институтов, а сотрудники институтов "
                "преподают в университете."
            ),
            (
                "Дом научной коллаборации имени М. А. Лаврентьева продолжает эту традицию для "
                "школьников: старшеклассники получают научных руководителей, работают с "
                "настоящими данными и выступают на конференциях наравне со студентами."
            ),
        ],
        "body_en": [
            (
                "The university brings together engineering and science faculties in the centre "
                "of Novosibirsk and a research campus in Akademgorodok. Senior students work in "
                "the laboratories of the academic institutes, and researchers from the institutes "
                "teach at the university."
            ),
            (
                "The Lavrentyev House of Scientific Collaboration carries this tradition over to "
                "schoolchildren: senior pupils get research supervisors, work with real data and "
                "present at conferences alongside university students."
            ),
        ],
        "region": "novosibirsk-oblast",
        "city": "novosibirsk",
        "venues": ["novosibirsk-university-main", "novosibirsk-university-akademgorodok"],
        "networks": ["dnk"],
        "parent": None,
        "phone": "+7 (383) 555-30-00",
        "email": "info@novosibirsk-university.example",
        "website": "https://novosibirsk-university.example",
        "head_name_ru": "Виктор Аркадьевич Зуев",
        "head_name_en": "Viktor Zuev",
        "head_position_ru": "Ректор",
        "head_position_en": "Rector",
        "links": [
            ("VK", "https://vk.com/sibpoly_demo"),
            ("Telegram", "https://t.me/sibpoly_demo"),
        ],
        "school": None,
    },
    {
        "slug": "novosibirsk-dnk",
        "kind": "science_house",
        "title_ru": "ДНК имени М. А. Лаврентьева",
        "title_en": "Lavrentyev House of Scientific Collaboration",
        "full_name_ru": (
            "Дом научной коллаборации имени М. А. Лаврентьева Сибирского политехнического "
            "университета"
        ),
        "full_name_en": (
            "Lavrentyev House of Scientific Collaboration of Siberian Polytechnic University"
        ),
        "summary_ru": (
            "Дом научной коллаборации в Академгородке: машинное обучение, нейротехнологии, "
            "серверная веб-разработка и геоинформатика с наставниками из университета и "
            "академических институтов."
        ),
        "summary_en": (
            "A House of Scientific Collaboration in Akademgorodok: machine learning, "
            "neurotechnology, back-end web development and geoinformatics with mentors from the "
            "university and the academic institutes."
        ),
        "body_ru": [
            (
                "Дом носит имя Михаила Алексеевича Лаврентьева, математика и основателя "
                "новосибирского Академгородка, который считал, что наука начинается со школьного "
                "кружка. Многие наши наставники сами когда-то пришли в науку через летние школы и "
                "олимпиады."
            ),
            (
                "Программы Дома рассчитаны в основном на старшеклассников и идут очно, онлайн или "
                "в смешанном формате, поэтому к ним подключаются ребята со всей Новосибирской "
                "области. Дом участвует в межрегиональном консорциуме Домов научной коллаборации."
            ),
        ],
        "body_en": [
            (
                "The House is named after Mikhail Lavrentyev, the mathematician who founded "
                "Akademgorodok in Novosibirsk and believed that science starts in a school club. "
                "Many of our mentors found their own way into science through summer schools and "
                "olympiads."
            ),
            (
                "The programmes are mostly for senior pupils and run in person, online or in a "
                "blended format, so children from all over Novosibirsk Oblast can take part. The "
                "House is a member of the interregional consortium of Houses of Scientific "
                "Collaboration."
            ),
        ],
        "region": "novosibirsk-oblast",
        "city": "novosibirsk",
        "venues": ["novosibirsk-dnk-main"],
        "networks": ["dnk"],
        "parent": "novosibirsk-university",
        "phone": "+7 (383) 555-30-77",
        "email": "dnk@novosibirsk-university.example",
        "website": "https://dnk.novosibirsk-university.example",
        "head_name_ru": "Ольга Павловна Виноградова",
        "head_name_en": "Olga Vinogradova",
        "head_position_ru": "Руководитель Дома научной коллаборации",
        "head_position_en": "Head of the House of Scientific Collaboration",
        "links": [("VK", "https://vk.com/lavrentyev_dnk_demo")],
        "school": None,
    },
    {
        "slug": "school-777",
        "kind": "school",
        "title_ru": "Инженерно-технологическая школа № 777",
        "title_en": "Engineering and Technology School No. 777",
        "full_name_ru": (
            "Государственное бюджетное общеобразовательное учреждение «Инженерно-технологическая "
            "школа № 777» Санкт-Петербурга"
        ),
        "full_name_en": (
            "State Budgetary General Education Institution «Engineering and Technology School No. "
            "777», Saint Petersburg"
        ),
        "summary_ru": (
            "Петербургская школа с инженерными классами и опорная площадка Консорциума развития "
            "школьного инженерно-технологического образования, в который входят более 30 школ "
            "России."
        ),
        "summary_en": (
            "A Saint Petersburg school with engineering classes and the home base of the "
            "Consortium for School Engineering and Technology Education, which unites more than "
            "30 Russian schools."
        ),
        "body_ru": [
            (
                "Инженерное образование в школе начинается рано: во вторых классах дети собирают "
                "первых роботов, в средней школе выбирают технологические курсы, а с восьмого "
                "класса учатся в инженерных классах с проектной работой. У школы более 80 "
                "партнёров — университетов, компаний и центров дополнительного образования."
            ),
            (
                "Директор школы Вера Владимировна Князева — президент Консорциума развития "
                "школьного инженерно-технологического образования в Российской Федерации. 27 "
                "марта 2021 года школа принимала расширенное заседание консорциума в рамках "
                "Всероссийского инновационного форума «Интеллект будущего», вошедшего в программу "
                "XI Петербургского международного образовательного форума."
            ),
            (
                "На заседании выступили руководители школ из Санкт-Петербурга, Казани, "
                "Ульяновска, Липецка, Кемерова, Кудрова и Челябинской области; коллеги из других "
                "регионов подключались онлайн. Темой встречи стала внутренняя система "
                "профессионального развития учителей в цифровой образовательной среде."
            ),
        ],
        "body_en": [
            (
                "Engineering starts early at the school: second-graders build their first robots, "
                "middle-school pupils choose technology courses, and from grade 8 pupils study in "
                "engineering classes built around project work. The school has more than 80 "
                "partners, including universities, companies and additional-education centres."
            ),
            (
                "The school's director, Vera Knyazeva, is President of the Consortium for the "
                "Development of School Engineering and Technology Education in the Russian "
                "Federation. On 27 March 2021 the school hosted an expanded meeting of the "
                "consortium as part of the «Intelligence of the Future» All-Russian Innovation "
                "Forum, which was included in the programme of the XI St. Petersburg "
                "International Educational Forum."
            ),
            (
                "Heads of schools from Saint Petersburg, Kazan, Ulyanovsk, Lipetsk, Kemerovo, "
                "Kudrovo and Chelyabinsk Oblast spoke at the meeting, and colleagues from other "
                "regions joined online. The meeting discussed how schools can build their own "
                "system of professional development for teachers in a digital learning "
                "environment."
            ),
        ],
        "region": "saint-petersburg",
        "city": "saint-petersburg",
        "venues": ["school-777-main"],
        "networks": ["engineering-schools", "kruzhok"],
        "parent": None,
        "phone": "+7 (812) 555-77-77",
        "email": "info@school777.example",
        "website": "https://school777.example",
        "head_name_ru": "Вера Владимировна Князева",
        "head_name_en": "Vera Knyazeva",
        "head_position_ru": (
            "Директор школы, президент Консорциума развития школьного инженерно-технологического "
            "образования"
        ),
        "head_position_en": (
            "Director of the school, President of the Consortium for School Engineering and "
            "Technology Education"
        ),
        "links": [
            ("VK", "https://vk.com/school777_demo"),
            ("Telegram", "https://t.me/school777_demo"),
        ],
        "school": {
            "number": "777",
            "grade_from": 1,
            "grade_to": 11,
            "engineering_classes_ru": (
                "Инженерные классы в 8–11 классах с профилями «Робототехника и мехатроника», "
                "«Авиационные и космические системы» и «Информационные технологии»; "
                "пропедевтический курс робототехники во 2–4 классах."
            ),
            "engineering_classes_en": (
                "Engineering classes in grades 8–11 with robotics and mechatronics, aerospace "
                "systems and information technology profiles; an introductory robotics course in "
                "grades 2–4."
            ),
            "partners": [
                "leonov-university",
                "kazan-university",
                "novosibirsk-university",
                "top3d-partner",
                "rukami-centre",
            ],
        },
    },
    {
        "slug": "kudrovo-school",
        "kind": "school",
        "title_ru": "Кудровская инженерная школа № 4",
        "title_en": "Kudrovo Engineering School No. 4",
        "full_name_ru": (
            "Муниципальное общеобразовательное учреждение «Кудровская инженерная школа № 4» "
            "Всеволожского района Ленинградской области"
        ),
        "full_name_en": (
            "Municipal General Education Institution «Kudrovo Engineering School No. 4», "
            "Vsevolozhsky District, Leningrad Oblast"
        ),
        "summary_ru": (
            "Школа быстрорастущего Кудрова с технологическими классами, кабинетами робототехники "
            "и электротехники и школьным краеведческим музеем; участник консорциума инженерных "
            "школ."
        ),
        "summary_en": (
            "A school in fast-growing Kudrovo with technology classes, robotics and electrical "
            "engineering rooms and a local history museum; a member of the engineering schools "
            "consortium."
        ),
        "body_ru": [
            (
                "Кудрово за несколько лет превратилось из деревни на окраине Петербурга в город с "
                "десятками тысяч жителей, и школа растёт вместе с ним. Её мастерские и "
                "лаборатории с самого начала проектировались для проектного обучения, а не для "
                "уроков у доски."
            ),
            (
                "Руководители школы выступали на расширенном заседании консорциума "
                "инженерно-технологического образования весной 2021 года. Сейчас школа вместе с "
                "петербургскими коллегами разрабатывает общие курсы для технологических классов и "
                "обменивается с ними проектами учеников."
            ),
        ],
        "body_en": [
            (
                "Within a few years Kudrovo has grown from a village on the edge of Saint "
                "Petersburg into a town of tens of thousands of people, and the school is growing "
                "with it. Its workshops and laboratories were designed from the start for "
                "project-based learning rather than lessons at the blackboard."
            ),
            (
                "The school's leaders spoke at the expanded meeting of the engineering education "
                "consortium in spring 2021. The school now designs shared courses for technology "
                "classes with colleagues in Saint Petersburg and exchanges pupils' projects with "
                "them."
            ),
        ],
        "region": "leningrad-oblast",
        "city": "kudrovo",
        "venues": ["kudrovo-school-main"],
        "networks": ["engineering-schools"],
        "parent": None,
        "phone": "+7 (812) 555-40-04",
        "email": "info@kudrovo-school4.example",
        "website": "https://kudrovo-school4.example",
        "head_name_ru": "Елена Михайловна Громова",
        "head_name_en": "Elena Gromova",
        "head_position_ru": "Директор",
        "head_position_en": "Head teacher",
        "links": [("VK", "https://vk.com/kudrovo_school4_demo")],
        "school": {
            "number": "4",
            "grade_from": 1,
            "grade_to": 11,
            "engineering_classes_ru": (
                "Технологические классы в 7–9 классах и инженерный класс в 10–11 классах; "
                "элективы по электротехнике, 3D-моделированию и робототехнике."
            ),
            "engineering_classes_en": (
                "Technology classes in grades 7–9 and an engineering class in grades 10–11; "
                "electives in electrical engineering, 3D modelling and robotics."
            ),
            "partners": ["school-777", "top3d-partner", "rukami-centre"],
        },
    },
    {
        "slug": "lipetsk-school",
        "kind": "school",
        "title_ru": "Инженерный лицей № 12",
        "title_en": "Engineering Lyceum No. 12",
        "full_name_ru": (
            "Муниципальное бюджетное общеобразовательное учреждение «Инженерный лицей № 12» "
            "города Липецка"
        ),
        "full_name_en": (
            "Municipal Budgetary General Education Institution «Engineering Lyceum No. 12», Lipetsk"
        ),
        "summary_ru": (
            "Липецкий лицей с инженерными и естественнонаучными классами, который работает с "
            "металлургическими и машиностроительными предприятиями города."
        ),
        "summary_en": (
            "A Lipetsk lyceum with engineering and science classes that works closely with the "
            "city's steel and machine-building companies."
        ),
        "body_ru": [
            (
                "Лицей принимает учеников с пятого класса, а в старшей школе предлагает "
                "инженерный и естественнонаучный профили. Ключевые темы — материаловедение, "
                "черчение и компьютерная графика: они нужны будущим инженерам металлургии и "
                "машиностроения, ведущих отраслей Липецкой области."
            ),
            (
                "Лицей — участник Консорциума развития школьного инженерно-технологического "
                "образования; его руководители выступали на расширенном заседании консорциума в "
                "марте 2021 года. Практические работы старшеклассники выполняют в том числе в "
                "заводских лабораториях партнёров."
            ),
        ],
        "body_en": [
            (
                "The lyceum admits pupils from grade 5 and offers engineering and science "
                "profiles in the senior years. Its key subjects are materials science, technical "
                "drawing and computer graphics, which future engineers need in steelmaking and "
                "machine building, the leading industries of Lipetsk Oblast."
            ),
            (
                "The lyceum is a member of the Consortium for School Engineering and Technology "
                "Education; its leaders spoke at the consortium's expanded meeting in March 2021. "
                "Senior pupils do part of their practical work in the factory laboratories of "
                "partner companies."
            ),
        ],
        "region": "lipetsk-oblast",
        "city": "lipetsk",
        "venues": ["lipetsk-school-main"],
        "networks": ["engineering-schools"],
        "parent": None,
        "phone": "+7 (4742) 55-12-12",
        "email": "info@lipetsk-lyceum12.example",
        "website": "https://lipetsk-lyceum12.example",
        "head_name_ru": "Татьяна Ивановна Воронцова",
        "head_name_en": "Tatyana Vorontsova",
        "head_position_ru": "Директор лицея",
        "head_position_en": "Head of the lyceum",
        "links": [("VK", "https://vk.com/lipetsk_lyceum12_demo")],
        "school": {
            "number": "12",
            "grade_from": 5,
            "grade_to": 11,
            "engineering_classes_ru": (
                "Инженерные классы в 8–11 классах (материаловедение, черчение, основы "
                "металлургии) и естественнонаучный профиль в 10–11 классах."
            ),
            "engineering_classes_en": (
                "Engineering classes in grades 8–11 (materials science, technical drawing, "
                "introduction to metallurgy) and a science profile in grades 10–11."
            ),
            "partners": ["leonov-university", "top3d-partner"],
        },
    },
    {
        "slug": "quantorium-chelyabinsk",
        "kind": "technopark",
        "title_ru": "Кванториум Челябинск",
        "title_en": "Quantorium Chelyabinsk",
        "full_name_ru": "Детский технопарк «Кванториум» города Челябинска",
        "full_name_en": "Quantorium Children's Technopark, Chelyabinsk",
        "summary_ru": (
            "Детский технопарк сети «Кванториум» в Челябинске: автоквантум, промышленный дизайн, "
            "энергетика, лазерные технологии и VR/AR. Обучение бесплатное."
        ),
        "summary_en": (
            "A children's technopark of the Quantorium network in Chelyabinsk: auto, industrial "
            "design, energy, laser technologies and VR/AR. Tuition is free."
        ),
        "body_ru": [
            (
                "Технопарк входит в федеральную сеть «Кванториум»: в 2019 году в ней было 110 "
                "технопарков, а обучение в них ежегодно проходили около ста тысяч детей. Занятия "
                "строятся вокруг кейсов — задач из настоящей инженерной практики, которые команда "
                "решает от исследования до прототипа."
            ),
            (
                "Осенью 2019 года Челябинск принимал один из региональных мастер-классов проекта "
                "«Руками» для организаторов технологических кружков. Наставники технопарка "
                "продолжают участвовать в программе обмена практиками и приглашают коллег из школ "
                "на свои открытые занятия."
            ),
        ],
        "body_en": [
            (
                "The technopark is part of the national Quantorium network, which had 110 "
                "technoparks in 2019, with about a hundred thousand children trained in them "
                "every year. Classes are built around cases: problems from real engineering "
                "practice that a team takes from research to prototype."
            ),
            (
                "In autumn 2019 Chelyabinsk hosted one of the regional master classes of the "
                "Rukami project for organisers of technology clubs. The technopark's mentors "
                "still take part in the practice-exchange programme and invite schoolteachers to "
                "their open classes."
            ),
        ],
        "region": "chelyabinsk-oblast",
        "city": "chelyabinsk",
        "venues": ["quantorium-chelyabinsk-main"],
        "networks": ["quantorium", "rukami"],
        "parent": None,
        "phone": "+7 (351) 555-01-74",
        "email": "info@quantorium-chelyabinsk.example",
        "website": "https://quantorium-chelyabinsk.example",
        "head_name_ru": "Ирина Владимировна Лукина",
        "head_name_en": "Irina Lukina",
        "head_position_ru": "Руководитель технопарка",
        "head_position_en": "Head of the technopark",
        "links": [
            ("VK", "https://vk.com/quantorium74_demo"),
            ("Telegram", "https://t.me/quantorium74_demo"),
        ],
        "school": None,
    },
    {
        "slug": "quantorium-irkutsk",
        "kind": "technopark",
        "title_ru": "Кванториум Иркутск",
        "title_en": "Quantorium Irkutsk",
        "full_name_ru": "Детский технопарк «Кванториум» города Иркутска",
        "full_name_en": "Quantorium Children's Technopark, Irkutsk",
        "summary_ru": (
            "Иркутский детский технопарк: геоинформатика, биология, беспилотники, наноматериалы и "
            "космос. Многие кейсы посвящены Байкалу и Ангаре."
        ),
        "summary_en": (
            "The Irkutsk children's technopark: geoinformatics, biology, drones, nanomaterials "
            "and space. Many of its cases are about Lake Baikal and the Angara river."
        ),
        "body_ru": [
            (
                "Рядом с технопарком — самое глубокое озеро на планете, и многие задачи наших "
                "квантумов связаны с ним: карты побережья по снимкам с дрона, пробы воды, "
                "наблюдение за льдом со спутника. Ребята работают с теми же данными, что и "
                "исследователи."
            ),
            (
                "В 2019 году Иркутск стал одной из площадок региональных мастер-классов проекта "
                "«Руками» для организаторов кружков. Технопарк входит в сеть «Кванториум» и "
                "принимает школьников с восьми лет; все программы бесплатны."
            ),
        ],
        "body_en": [
            (
                "The deepest lake on the planet is close by, and many problems in our quanta are "
                "tied to it: shoreline maps from drone images, water samples, satellite "
                "observation of the ice. The children work with the same data as researchers do."
            ),
            (
                "In 2019 Irkutsk was one of the venues of the Rukami project's regional master "
                "classes for club organisers. The technopark belongs to the Quantorium network "
                "and takes children from the age of eight; all programmes are free."
            ),
        ],
        "region": "irkutsk-oblast",
        "city": "irkutsk",
        "venues": ["quantorium-irkutsk-main"],
        "networks": ["quantorium", "rukami"],
        "parent": None,
        "phone": "+7 (3952) 55-38-38",
        "email": "info@quantorium-irkutsk.example",
        "website": "https://quantorium-irkutsk.example",
        "head_name_ru": "Сергей Анатольевич Михеев",
        "head_name_en": "Sergey Mikheev",
        "head_position_ru": "Руководитель технопарка",
        "head_position_en": "Head of the technopark",
        "links": [("VK", "https://vk.com/quantorium38_demo")],
        "school": None,
    },
    {
        "slug": "quantorium-tyumen",
        "kind": "technopark",
        "title_ru": "Кванториум Тюмень",
        "title_en": "Quantorium Tyumen",
        "full_name_ru": "Детский технопарк «Кванториум» города Тюмени",
        "full_name_en": "Quantorium Children's Technopark, Tyumen",
        "summary_ru": (
            "Тюменский технопарк с робототехникой, нейротехнологиями, информационной "
            "безопасностью, энергетикой и автоквантумом; кейсы — от северных посёлков до "
            "беспилотного транспорта."
        ),
        "summary_en": (
            "The Tyumen technopark with robotics, neurotechnology, information security, energy "
            "and auto quanta; its cases range from remote northern settlements to driverless "
            "transport."
        ),
        "body_ru": [
            (
                "Тюменская область — край нефти, газа и больших расстояний, поэтому в кейсах "
                "технопарка много задач о том, как доставить энергию в отдалённый посёлок или "
                "автоматизировать работу там, где людям тяжело. Партнёры технопарка из "
                "энергетических компаний помогают сделать исходные данные реалистичными."
            ),
            (
                "Технопарк входит в сеть «Кванториум», а его наставники в 2019 году участвовали в "
                "тюменском мастер-классе проекта «Руками» для организаторов кружков. Все "
                "программы бесплатны, часть из них доступна детям с ограниченными возможностями "
                "здоровья."
            ),
        ],
        "body_en": [
            (
                "Tyumen Oblast is a land of oil, gas and long distances, so many of the "
                "technopark's cases are about bringing energy to a remote settlement or "
                "automating work where conditions are hard for people. Partners from energy "
                "companies help keep the data realistic."
            ),
            (
                "The technopark is part of the Quantorium network, and in 2019 its mentors took "
                "part in the Tyumen master class of the Rukami project for club organisers. All "
                "programmes are free, and some of them are adapted for children with "
                "disabilities."
            ),
        ],
        "region": "tyumen-oblast",
        "city": "tyumen",
        "venues": ["quantorium-tyumen-main"],
        "networks": ["quantorium", "rukami"],
        "parent": None,
        "phone": "+7 (3452) 55-72-72",
        "email": "info@quantorium-tyumen.example",
        "website": "https://quantorium-tyumen.example",
        "head_name_ru": "Наталья Геннадьевна Кожевникова",
        "head_name_en": "Natalya Kozhevnikova",
        "head_position_ru": "Руководитель технопарка",
        "head_position_en": "Head of the technopark",
        "links": [
            ("VK", "https://vk.com/quantorium72_demo"),
            ("Telegram", "https://t.me/quantorium72_demo"),
        ],
        "school": None,
    },
    {
        "slug": "it-cube-belgorod",
        "kind": "it_cube",
        "title_ru": "IT-куб Белгород",
        "title_en": "IT-cube Belgorod",
        "full_name_ru": "Центр цифрового образования детей «IT-куб» города Белгорода",
        "full_name_en": "IT-cube Children's Digital Education Centre, Belgorod",
        "summary_ru": (
            "Центр цифрового образования, где школьники учатся программировать на Python, делать "
            "сайты, анализировать данные и создавать приложения виртуальной и дополненной "
            "реальности."
        ),
        "summary_en": (
            "A digital education centre where schoolchildren learn Python, build websites, "
            "analyse data and create virtual and augmented reality apps."
        ),
        "body_ru": [
            (
                "IT-кубы появились в рамках национального проекта «Образование», чтобы школьники "
                "могли всерьёз заниматься информационными технологиями рядом с домом. Уже в 2019 "
                "году в двадцати таких центрах по стране обучение прошли более 80 тысяч детей."
            ),
            (
                "Белгородский IT-куб ведёт программы от начального программирования до машинного "
                "обучения, часть курсов идёт онлайн. В 2019 году Белгород принимал региональный "
                "мастер-класс проекта «Руками» для организаторов технологических кружков, и с тех "
                "пор центр дружит с мейкерским сообществом."
            ),
        ],
        "body_en": [
            (
                "IT-cubes were set up under the national project «Education» so that "
                "schoolchildren could study information technology seriously close to home. By "
                "2019 more than 80 thousand children had already been trained in twenty such "
                "centres across the country."
            ),
            (
                "The Belgorod IT-cube runs programmes from beginner programming to machine "
                "learning, and some courses are online. In 2019 Belgorod hosted a regional master "
                "class of the Rukami project for organisers of technology clubs, and the centre "
                "has been close to the maker community ever since."
            ),
        ],
        "region": "belgorod-oblast",
        "city": "belgorod",
        "venues": ["it-cube-belgorod-main"],
        "networks": ["rukami", "kruzhok"],
        "parent": None,
        "phone": "+7 (4722) 55-31-31",
        "email": "info@itcube-belgorod.example",
        "website": "https://itcube-belgorod.example",
        "head_name_ru": "Игорь Васильевич Полянский",
        "head_name_en": "Igor Polyansky",
        "head_position_ru": "Руководитель центра",
        "head_position_en": "Head of the centre",
        "links": [("VK", "https://vk.com/itcube31_demo")],
        "school": None,
    },
    {
        "slug": "kruzhok-yekaterinburg",
        "kind": "club",
        "title_ru": "Кружок «Уральский полигон»",
        "title_en": "Ural Proving Ground club",
        "full_name_ru": "Технологический кружок «Уральский полигон», Екатеринбург",
        "full_name_en": "Ural Proving Ground technology club, Yekaterinburg",
        "summary_ru": (
            "Технологический кружок Кружкового движения НТИ в Екатеринбурге: команды готовятся к "
            "Национальной технологической олимпиаде, собирают гоночные дроны и бегают "
            "ориентирование с GPS-трекерами."
        ),
        "summary_en": (
            "A technology club of the NTI Kruzhok movement in Yekaterinburg: teams prepare for "
            "the National Technology Olympiad, build racing drones and run orienteering courses "
            "with GPS trackers."
        ),
        "body_ru": [
            (
                "Кружок вырос из команды выпускников, которые сами прошли Национальную "
                "технологическую олимпиаду и захотели передать опыт младшим. Сейчас в нём "
                "занимаются школьники от третьего до одиннадцатого класса, а наставниками "
                "работают студенты и инженеры уральских компаний."
            ),
            (
                "Кружковое движение НТИ к 2021 году объединило более 300 тысяч школьников, "
                "студентов и наставников по всей стране. В 2021 году, когда движению исполнилось "
                "сто лет, в регионах прошла серия фестивалей идей и технологий, и наши участники "
                "показывали на них свои проекты."
            ),
        ],
        "body_en": [
            (
                "The club grew out of a team of graduates who had gone through the National "
                "Technology Olympiad themselves and wanted to pass on what they learned. Today it "
                "has members from grade 3 to grade 11, and its mentors are university students "
                "and engineers from Ural companies."
            ),
            (
                "By 2021 the NTI Kruzhok movement had brought together more than 300 thousand "
                "schoolchildren, students and mentors across the country. In 2021, when the "
                "movement marked its hundredth anniversary, a series of festivals of ideas and "
                "technologies took place in the regions, and our members showed their projects "
                "there."
            ),
        ],
        "region": "sverdlovsk-oblast",
        "city": "yekaterinburg",
        "venues": ["kruzhok-yekaterinburg-main"],
        "networks": ["kruzhok", "rukami"],
        "parent": None,
        "phone": "+7 (343) 555-66-96",
        "email": "hello@ural-polygon.example",
        "website": "https://ural-polygon.example",
        "head_name_ru": "Глеб Андреевич Уфимцев",
        "head_name_en": "Gleb Ufimtsev",
        "head_position_ru": "Основатель и руководитель кружка",
        "head_position_en": "Founder and head of the club",
        "links": [
            ("VK", "https://vk.com/ural_polygon_demo"),
            ("Telegram", "https://t.me/ural_polygon_demo"),
        ],
        "school": None,
    },
    {
        "slug": "kruzhok-vladivostok",
        "kind": "club",
        "title_ru": "Кружок «Маяк»",
        "title_en": "Mayak club",
        "full_name_ru": "Морской технологический кружок «Маяк», Владивосток",
        "full_name_en": "Mayak marine technology club, Vladivostok",
        "summary_ru": (
            "Морской технологический кружок во Владивостоке: подводные роботы, морская биология и "
            "научная журналистика. Испытания и экспедиции проходят у острова Русский."
        ),
        "summary_en": (
            "A marine technology club in Vladivostok: underwater robots, marine biology and "
            "science journalism. Tests and field trips take place off Russky Island."
        ),
        "body_ru": [
            (
                "Кружок работает у моря и про море: ребята строят подводные аппараты, изучают "
                "обитателей залива Петра Великого и рассказывают об этом в собственных медиа. "
                "Летом занятия переезжают на морской полигон на острове Русский."
            ),
            (
                "Организаторы кружка в 2019 году прошли Школу организаторов технологических "
                "кружков проекта «Руками» в Москве — больше половины её участников тогда приехали "
                "из регионов, от Владивостока до Краснодара. Кружок входит в Кружковое движение "
                "НТИ."
            ),
        ],
        "body_en": [
            (
                "The club works by the sea and about the sea: members build underwater vehicles, "
                "study the wildlife of Peter the Great Gulf and tell the story in their own "
                "media. In summer classes move to the marine test site on Russky Island."
            ),
            (
                "In 2019 the club's organisers attended the Rukami School of Organisers of "
                "Technology Clubs in Moscow, where more than half of the participants came from "
                "the regions, from Vladivostok to Krasnodar. The club is part of the NTI Kruzhok "
                "movement."
            ),
        ],
        "region": "primorsky-krai",
        "city": "vladivostok",
        "venues": ["kruzhok-vladivostok-main", "kruzhok-vladivostok-russky"],
        "networks": ["kruzhok"],
        "parent": None,
        "phone": "+7 (423) 555-25-25",
        "email": "hello@mayak-club.example",
        "website": "https://mayak-club.example",
        "head_name_ru": "Вадим Евгеньевич Тихонов",
        "head_name_en": "Vadim Tikhonov",
        "head_position_ru": "Руководитель кружка",
        "head_position_en": "Head of the club",
        "links": [
            ("VK", "https://vk.com/mayak_club_demo"),
            ("Telegram", "https://t.me/mayak_club_demo"),
        ],
        "school": None,
    },
    {
        "slug": "rukami-centre",
        "kind": "education_centre",
        "title_ru": "Ресурсный центр «Руками»",
        "title_en": "Rukami Resource Centre",
        "full_name_ru": "Московский ресурсный центр мейкерского движения проекта «Руками»",
        "full_name_en": "Moscow resource centre of the Rukami maker movement",
        "summary_ru": (
            "Ресурсный центр проекта «Руками» в Москве: мейкерские мастерские для детей и семей, "
            "поддержка организаторов кружков и подготовка к фестивалям и конкурсу мейкерских "
            "проектов."
        ),
        "summary_en": (
            "The Rukami project's resource centre in Moscow: maker workshops for children and "
            "families, support for club organisers and preparation for festivals and the maker "
            "projects contest."
        ),
        "body_ru": [
            (
                "«Руками» — некоммерческий проект популяризации технического творчества среди "
                "молодёжи. Он держится на трёх опорах: фестивалях в разных регионах во главе с "
                "Московским международным фестивалем, всероссийском конкурсе мейкерских проектов "
                "и программе обмена практиками для ресурсных центров. В 2019 году региональные и "
                "московский фестивали посетили более 60 тысяч человек."
            ),
            (
                "В конце ноября 2019 года в Москве прошла трёхдневная Школа организаторов "
                "технологических кружков: около ста руководителей кружков защитили проекты "
                "развития своих организаций, а онлайн-курс «Как создать кружок» в тот год собрал "
                "2,3 тысячи регистраций."
            ),
            (
                "Ресурсный центр продолжает эту работу каждый день: здесь проходят мастерские для "
                "детей и семей, консультации для наставников и отборочные показы проектов перед "
                "фестивалем."
            ),
        ],
        "body_en": [
            (
                "Rukami is a non-profit project that promotes technical creativity among young "
                "people. It rests on three pillars: festivals in different regions led by the "
                "Moscow International Festival, the all-Russian contest of maker projects, and a "
                "practice-exchange programme for resource centres. In 2019 the regional and "
                "Moscow festivals drew more than 60 thousand visitors."
            ),
            (
                "At the end of November 2019 Moscow hosted a three-day School of Organisers of "
                "Technology Clubs, where about a hundred club leaders defended development "
                "projects for their organisations; the online course «How to Create a Club» had "
                "2.3 thousand registrations that year."
            ),
            (
                "The resource centre carries on this work every day with workshops for children "
                "and families, consultations for mentors and preview shows of projects before the "
                "festival."
            ),
        ],
        "region": "moscow",
        "city": "moscow",
        "venues": ["rukami-centre-main"],
        "networks": ["rukami", "kruzhok"],
        "parent": None,
        "phone": "+7 (495) 555-19-19",
        "email": "hello@rukami-centre.example",
        "website": "https://rukami-centre.example",
        "head_name_ru": "Анастасия Дмитриевна Белозёрова",
        "head_name_en": "Anastasia Belozyorova",
        "head_position_ru": "Руководитель ресурсного центра",
        "head_position_en": "Head of the resource centre",
        "links": [
            ("VK", "https://vk.com/rukami_centre_demo"),
            ("Telegram", "https://t.me/rukami_centre_demo"),
        ],
        "school": None,
    },
    {
        "slug": "top3d-partner",
        "kind": "partner",
        "title_ru": "Top 3D Shop",
        "title_en": "Top 3D Shop",
        "full_name_ru": "Top 3D Shop — компания в области цифрового производства",
        "full_name_en": "Top 3D Shop, a digital manufacturing company",
        "summary_ru": (
            "Компания, которая поставляет оборудование для цифрового производства и проводит для "
            "школ, кружков и технопарков практикумы по 3D-сканированию и 3D-печати."
        ),
        "summary_en": (
            "A company that supplies digital manufacturing equipment and runs 3D scanning and 3D "
            "printing workshops for schools, clubs and technoparks."
        ),
        "body_ru": [
            (
                "Пока в регионах шли фестивали Кружкового движения НТИ в конце 2021 года, "
                "специалисты компании провели серию мастер-классов по работе с ручным 3D-сканером "
                "Einscan HX: как подготовить объект к сканированию, собрать модель из фрагментов "
                "и довести её до печати."
            ),
            (
                "Школам консорциума компания помогает подобрать оборудование для инженерных "
                "классов и проводит практикумы для учителей технологии и наставников кружков."
            ),
        ],
        "body_en": [
            (
                "While the festivals of the NTI Kruzhok movement were taking place in the regions "
                "in late 2021, the company's specialists ran a series of workshops on the Einscan "
                "HX handheld 3D scanner: how to prepare an object for scanning, merge the scans "
                "into one model and get it ready for printing."
            ),
            (
                "For the consortium's schools the company helps choose equipment for engineering "
                "classes and runs hands-on sessions for technology teachers and club mentors."
            ),
        ],
        "region": "moscow",
        "city": "moscow",
        "venues": ["top3d-partner-main"],
        "networks": ["kruzhok", "engineering-schools"],
        "parent": None,
        "phone": "+7 (495) 555-33-03",
        "email": "edu@top3d-partner.example",
        "website": "https://top3d-partner.example",
        "head_name_ru": "Константин Олегович Ветров",
        "head_name_en": "Konstantin Vetrov",
        "head_position_ru": "Руководитель образовательных проектов",
        "head_position_en": "Head of education projects",
        "links": [("VK", "https://vk.com/top3d_partner_demo")],
        "school": None,
    },
]
