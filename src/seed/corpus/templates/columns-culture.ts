import { cap, count, fmt, h, p, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on culture, in the columnists’ first-person voice (rules in index.ts). */
export const CULTURE_COLUMNS: Template[] = [
  {
    key: 'column-books',
    section: 'culture',
    tags: ['books', 'heritage'],
    outlets: ['culture-map'],
    photos: ['book-fair'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Книжка як спротив: чому українські видавці заслуговують на нашу підтримку',
          'Книга как сопротивление: почему украинские издатели заслуживают нашей поддержки',
          'Books as resistance: why Ukrainian publishers deserve our support',
        ),
        lead: t(
          'Український книжковий ринок переживає несподіваний розквіт. Але він крихкіший, ніж здається.',
          'Украинский книжный рынок переживает неожиданный расцвет. Но он более хрупкий, чем кажется.',
          'Ukraine’s book market is enjoying an unexpected boom. But it is more fragile than it looks.',
        ),
        body: [
          p(
            `На останньому книжковому фестивалі ${c.uk.loc} черги стояли не лише до відомих авторів, а й до стендів маленьких видавництв. Такого ажіотажу не пригадують навіть ветерани галузі.`,
            `На последнем книжном фестивале ${c.ru.loc} очереди стояли не только к известным авторам, но и к стендам маленьких издательств. Такого ажиотажа не припоминают даже ветераны отрасли.`,
            `At the last book festival ${c.en.loc}, people queued not only for famous authors but at the stands of small publishers. Even industry veterans cannot remember anything like it.`,
          ),
          p(
            'За цим стоїть проста річ: люди шукають у книжках мову, якою можна говорити про пережите. Жоден серіал цього не замінить.',
            'За этим стоит простая вещь: люди ищут в книгах язык, на котором можно говорить о пережитом. Никакой сериал этого не заменит.',
            'The reason is simple: people are looking to books for a language in which to talk about what they have lived through. No television series can replace that.',
          ),
          p(
            'Водночас видавці працюють на межі: папір дорожчає, друкарні потерпають від відключень, а наклади, хоч і зросли, досі мізерні порівняно з європейськими.',
            'Вместе с тем издатели работают на пределе: бумага дорожает, типографии страдают от отключений, а тиражи, хоть и выросли, до сих пор ничтожны по сравнению с европейскими.',
            'Yet publishers are stretched to the limit: paper is getting dearer, printers suffer from power cuts, and print runs, though higher, are still tiny by European standards.',
          ),
          h('Що може зробити кожен', 'Что может сделать каждый', 'What each of us can do'),
          ul(
            t('купувати книжки в місцевих книгарнях, а не лише онлайн', 'покупать книги в местных книжных магазинах, а не только онлайн', 'buy from local bookshops, not just online'),
            t('записатися до бібліотеки й брати новинки', 'записаться в библиотеку и брать новинки', 'join a library and borrow new titles'),
            t('дарувати книжки замість сувенірів', 'дарить книги вместо сувениров', 'give books instead of souvenirs'),
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-empty-museum',
    section: 'culture',
    tags: ['museums', 'heritage', 'displaced-people'],
    outlets: ['culture-map'],
    photos: ['museum-hall'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Порожні вітрини — не привід зачиняти музей. Якраз навпаки',
          'Пустые витрины — не повод закрывать музей. Как раз наоборот',
          'Empty display cases are no reason to close a museum. Quite the opposite',
        ),
        lead: t(
          'Найцінніші колекції евакуйовано. Але музей — це не лише речі, а й люди, які вміють про них розповідати.',
          'Самые ценные коллекции эвакуированы. Но музей — это не только вещи, но и люди, которые умеют о них рассказывать.',
          'The most valuable collections have been evacuated. But a museum is not just objects; it is also the people who know how to talk about them.',
        ),
        body: [
          p(
            `Краєзнавчий музей ${c.uk.gen} уже кілька років працює без більшої частини колекції: найцінніше вивезли в безпечне місце. Проте щосуботи там повно дітей.`,
            `Краеведческий музей ${c.ru.gen} уже несколько лет работает без большей части коллекции: самое ценное вывезли в безопасное место. Тем не менее каждую субботу там полно детей.`,
            `${c.en.nom}’s local history museum has been working without most of its collection for several years: the most valuable pieces were moved somewhere safe. Yet every Saturday it is full of children.`,
          ),
          p(
            'Працівники музею зробили з порожніх залів простір для розмов: лекції про місто, майстер-класи, зустрічі з переселенцями, які приносять власні речі й розповідають власні історії. Виявилося, що саме цього людям і бракувало.',
            'Сотрудники музея превратили пустые залы в пространство для разговоров: лекции о городе, мастер-классы, встречи с переселенцами, которые приносят свои вещи и рассказывают свои истории. Оказалось, что именно этого людям и не хватало.',
            'The staff have turned the empty halls into a place for conversation: talks about the town, workshops, meetings with displaced people who bring their own belongings and tell their own stories. It turns out that this is exactly what people had been missing.',
          ),
          q(
            t(
              'Ми довго думали, що музей — це сховище. Виявилося, що це місце зустрічі.',
              'Мы долго думали, что музей — это хранилище. Оказалось, что это место встречи.',
              'For a long time we thought a museum was a storeroom. It turns out to be a meeting place.',
            ),
            x.speaker(role('директор краєзнавчого музею', 'директорка краєзнавчого музею', 'директор краеведческого музея', 'director of a local history museum')),
          ),
          p(
            'Мені здається, цей досвід варто зберегти й після війни. Музеї, які навчилися жити без своїх експонатів, тепер знають про свою аудиторію більше, ніж будь-коли.',
            'Мне кажется, этот опыт стоит сохранить и после войны. Музеи, которые научились жить без своих экспонатов, теперь знают о своей аудитории больше, чем когда-либо.',
            'I think this experience is worth keeping after the war. Museums that have learned to live without their exhibits now know more about their audience than ever.',
          ),
          p(
            'А нам, відвідувачам, варто просто приходити. Навіть якщо вітрини порожні, розмова — ні.',
            'А нам, посетителям, стоит просто приходить. Даже если витрины пусты, разговор — нет.',
            'As for the rest of us, we should simply go. The display cases may be empty, but the conversation is not.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-theatre-between-alerts',
    section: 'culture',
    tags: ['theatre', 'mental-health'],
    outlets: ['culture-map'],
    photos: ['theatre-stage'],
    write(x) {
      const c = x.city;
      const seats = x.step(300, 900, 50);
      const places = count(seats, W.seat);
      return {
        headline: t(
          'Театр, який грає між тривогами, — це більше, ніж вистава',
          'Театр, который играет между тревогами, — это больше, чем спектакль',
          'A theatre that plays on between air-raid alerts is more than a show',
        ),
        lead: t(
          'Квитки розкуповують за кілька годин, а вистави переривають сирени. Чому люди все одно йдуть у театр?',
          'Билеты раскупают за несколько часов, а спектакли прерывают сирены. Почему люди всё равно идут в театр?',
          'Tickets sell out within hours and sirens interrupt the performances. Why do people still go to the theatre?',
        ),
        body: [
          p(
            `Щоб потрапити на прем’єру в одному з театрів ${c.uk.gen}, квиток треба купувати за місяць. Зал на ${places.uk} заповнений до останнього ряду, навіть коли посеред другої дії лунає сирена й усі разом ідуть в укриття.`,
            `Чтобы попасть на премьеру в одном из театров ${c.ru.gen}, билет нужно покупать за месяц. Зал на ${places.ru} заполнен до последнего ряда, даже когда посреди второго действия звучит сирена и все вместе идут в укрытие.`,
            `To get into a premiere at one of ${c.en.nom}’s theatres you need to buy a ticket a month ahead. The ${fmt(seats, 'en')}-seat house is full to the last row, even when a siren sounds halfway through the second act and everyone goes down to the shelter together.`,
          ),
          p(
            'Мені здається, справа не лише в бажанні відволіктися. Театр — одне з небагатьох місць, де кілька сотень незнайомих людей дві години дихають в унісон, сміються з одного жарту й мовчать в одну паузу.',
            'Мне кажется, дело не только в желании отвлечься. Театр — одно из немногих мест, где несколько сотен незнакомых людей два часа дышат в унисон, смеются над одной шуткой и молчат в одну паузу.',
            'I do not think it is only about wanting a distraction. The theatre is one of the few places where a few hundred strangers breathe in unison for two hours, laugh at the same joke and fall silent in the same pause.',
          ),
          p(
            'Для суспільства, яке щодня переживає втрати, це не розвага. Це спосіб відчути, що ти не на самоті. Недарма найпопулярнішими стали вистави про нас сьогоднішніх — без пафосу, з гірким гумором.',
            'Для общества, которое каждый день переживает потери, это не развлечение. Это способ почувствовать, что ты не в одиночестве. Недаром самыми популярными стали спектакли о нас сегодняшних — без пафоса, с горьким юмором.',
            'For a society that suffers losses every day, this is not entertainment. It is a way of feeling that you are not alone. No wonder the most popular shows are about who we are now, told without pathos and with bitter humour.',
          ),
          h('Про що варто подбати', 'О чём стоит позаботиться', 'What needs looking after'),
          ul(
            t('укриття в кожному театрі, щоб вистави не скасовували', 'укрытие в каждом театре, чтобы спектакли не отменяли', 'a shelter in every theatre so that shows are not cancelled'),
            t('гастролі в малі міста, куди театр не приїжджав десятиліттями', 'гастроли в малые города, куда театр не приезжал десятилетиями', 'tours to small towns that have not seen a touring company in decades'),
            t('гідні зарплати акторам і технічним працівникам', 'достойные зарплаты актёрам и техническим работникам', 'decent pay for actors and stage crews'),
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-wooden-heritage',
    section: 'culture',
    tags: ['heritage', 'volunteering'],
    outlets: ['culture-map'],
    photos: ['wooden-church'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Дерев’яна спадщина зникає тихо. Врятувати її можна лише разом',
          'Деревянное наследие исчезает тихо. Спасти его можно только вместе',
          'Our wooden heritage is vanishing quietly. Only together can we save it',
        ),
        lead: t(
          'Старі дерев’яні церкви та хати руйнуються не від ракет, а від байдужості. Це можна виправити.',
          'Старые деревянные церкви и хаты разрушаются не от ракет, а от равнодушия. Это поправимо.',
          'Old wooden churches and cottages are falling apart not from missiles but from neglect. That can be put right.',
        ),
        body: [
          p(
            `${cap(c.uk.regionLoc)} ще стоять дерев’яні церкви, яким по двісті–триста років. Частину з них внесено до реєстру пам’яток, але це не рятує від дірявого даху, шашіля й пожеж.`,
            `${cap(c.ru.regionLoc)} ещё стоят деревянные церкви, которым по двести–триста лет. Часть из них внесена в реестр памятников, но это не спасает от дырявой крыши, древоточцев и пожаров.`,
            `${cap(c.en.regionLoc)} there are still wooden churches two or three hundred years old. Some are listed as monuments, but that does not protect them from leaking roofs, woodworm and fire.`,
          ),
          p(
            'Мені доводилося бачити, як за одну зиму храм, що пережив дві світові війни, перетворюється на руїну лише тому, що ніхто вчасно не замінив кілька дощок гонту. Така втрата не потрапляє в новини, але вона остаточна.',
            'Мне доводилось видеть, как за одну зиму храм, переживший две мировые войны, превращается в руины только потому, что никто вовремя не заменил несколько дощечек гонта. Такая потеря не попадает в новости, но она окончательна.',
            'I have seen a church that survived two world wars turn into a ruin in a single winter, simply because nobody replaced a few roof shingles in time. A loss like that never makes the news, but it is final.',
          ),
          q(
            t(
              'Дерево живе, доки про нього дбають. Щойно люди йдуть, іде й будівля.',
              'Дерево живёт, пока о нём заботятся. Как только люди уходят, уходит и здание.',
              'Wood lives as long as someone looks after it. When the people leave, the building goes too.',
            ),
            x.speaker(role('реставратор', 'реставраторка', 'реставратор', 'restorer')),
          ),
          p(
            'Хороша новина в тому, що рятувати дерев’яну архітектуру недорого, якщо робити це регулярно. Волонтерські толоки, студенти-архітектори, місцеві майстри — у кількох областях така модель уже працює.',
            'Хорошая новость в том, что спасать деревянную архитектуру недорого, если делать это регулярно. Волонтёрские толоки, студенты-архитекторы, местные мастера — в нескольких областях такая модель уже работает.',
            'The good news is that saving wooden buildings is cheap if it is done regularly. Volunteer work days, architecture students, local craftspeople: in several regions this model already works.',
          ),
          p(
            'Тож якщо у вашому селі є стара церква чи хата, сходіть подивитися на її дах. Можливо, саме ви помітите першу тріщину.',
            'Так что если в вашем селе есть старая церковь или хата, сходите посмотреть на её крышу. Возможно, именно вы заметите первую трещину.',
            'So if there is an old church or cottage in your village, go and take a look at its roof. You may be the one to spot the first crack.',
          ),
        ],
        more: [],
      };
    },
  },
];
