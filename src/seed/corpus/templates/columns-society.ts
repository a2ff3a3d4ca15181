import { cap, count, h, p, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on society, in the columnists’ first-person voice (rules in index.ts). */
export const SOCIETY_COLUMNS: Template[] = [
  {
    key: 'column-trams',
    section: 'society',
    tags: ['public-transport', 'environment'],
    outlets: ['regional-news', 'open-city'],
    photos: ['tram', 'electric-bus'],
    write(x) {
      const c = x.city;
      return {
        headline: x.chance(0.5)
          ? t(
              'Місто для людей, а не для машин: чому я обираю громадський транспорт',
              'Город для людей, а не для машин: почему я выбираю общественный транспорт',
              'A city for people, not cars: why I choose public transport',
            )
          : t(
              `Громадський транспорт ${c.uk.gen} заслуговує на більше, ніж нарікання`,
              `Общественный транспорт ${c.ru.gen} заслуживает большего, чем жалобы`,
              `${c.en.nom}’s public transport deserves more than complaints`,
            ),
        lead: t(
          'Кожна поїздка автобусом чи трамваєм — це маленьке голосування за те, яким буде місто.',
          'Каждая поездка на автобусе или трамвае — это маленькое голосование за то, каким будет город.',
          'Every bus or tram ride is a small vote for the kind of city we want.',
        ),
        body: [
          p(
            `Я щодня їжджу на роботу громадським транспортом і щодня чую ті самі скарги: переповнено, повільно, незручно. Усе це правда. Але правда й те, що ${c.uk.loc} за останні роки з’явилися нові маршрути, а старі машини поступово замінюють.`,
            `Я каждый день езжу на работу на общественном транспорте и каждый день слышу одни и те же жалобы: переполнено, медленно, неудобно. Всё это правда. Но правда и то, что ${c.ru.loc} за последние годы появились новые маршруты, а старые машины постепенно заменяют.`,
            `I take public transport to work every day and hear the same complaints every day: crowded, slow, inconvenient. All true. But it is also true that ${c.en.loc} new routes have opened in recent years and old vehicles are gradually being replaced.`,
          ),
          p(
            'Місто не стане зручнішим, якщо кожен пересяде у власний автомобіль. Воно просто стане в заторі.',
            'Город не станет удобнее, если каждый пересядет в собственный автомобиль. Он просто встанет в пробке.',
            'A city does not become easier to live in if everyone switches to a car. It simply grinds to a halt in traffic.',
          ),
          h('Три прохання до міської влади', 'Три просьбы к городским властям', 'Three requests to City Hall'),
          ul(
            t('виділені смуги для автобусів і тролейбусів на головних вулицях', 'выделенные полосы для автобусов и троллейбусов на главных улицах', 'bus lanes on the main streets'),
            t('чесний розклад у застосунку, а не лише на табличках', 'честное расписание в приложении, а не только на табличках', 'honest real-time timetables in the app'),
            t('нічні маршрути хоча б у вихідні', 'ночные маршруты хотя бы по выходным', 'night services, at least at weekends'),
          ),
          p(
            'А від нас, пасажирів, потрібно небагато: користуватися транспортом і вимагати, щоб він ставав кращим.',
            'А от нас, пассажиров, нужно немного: пользоваться транспортом и требовать, чтобы он становился лучше.',
            'And all that is needed from us passengers is to use it, and to demand that it gets better.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-shelter-schools',
    section: 'society',
    tags: ['education', 'civil-protection', 'mental-health'],
    outlets: ['regional-news'],
    photos: ['classroom', 'shelter'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Діти, які вчаться в укриттях, заслуговують на більше, ніж співчуття',
          'Дети, которые учатся в укрытиях, заслуживают большего, чем сочувствие',
          'Children who learn in shelters deserve more than sympathy',
        ),
        lead: t(
          'Покоління, яке пішло до школи під час війни, не можна вважати «втраченим». Але про нього треба подбати вже сьогодні.',
          'Поколение, которое пошло в школу во время войны, нельзя считать «потерянным». Но о нём нужно позаботиться уже сегодня.',
          'The generation that started school during the war is not a “lost” one. But it needs looking after now.',
        ),
        body: [
          p(
            'Днями мені довелося побувати на уроці в шкільному укритті. Тридцять дітей, яскраве світло, гул вентиляції і вчителька, яка пояснює дроби так, ніби нагорі не лунає сирена.',
            'На днях мне довелось побывать на уроке в школьном укрытии. Тридцать детей, яркий свет, гул вентиляции и учительница, которая объясняет дроби так, будто наверху не звучит сирена.',
            'The other day I sat in on a lesson in a school shelter. Thirty children, bright lights, the hum of ventilation and a teacher explaining fractions as if no siren were sounding overhead.',
          ),
          p(
            `Освітні втрати вже вимірюють: за результатами досліджень, учні відстають від довоєнних однолітків на кілька місяців навчання. ${cap(c.uk.loc)} ситуація не краща й не гірша, ніж деінде.`,
            `Образовательные потери уже измеряют: по результатам исследований, ученики отстают от довоенных сверстников на несколько месяцев обучения. ${cap(c.ru.loc)} ситуация не лучше и не хуже, чем в других местах.`,
            `The learning loss is already being measured: studies show pupils are several months behind their pre-war peers. ${cap(c.en.loc)} the picture is no better and no worse than elsewhere.`,
          ),
          q(
            t('Діти швидко звикають до сирен. Саме це лякає мене найбільше.', 'Дети быстро привыкают к сиренам. Именно это пугает меня больше всего.', 'Children get used to sirens quickly. That is what frightens me most.'),
            x.speaker(role('вчитель початкових класів', 'вчителька початкових класів', 'учитель начальных классов', 'primary school teacher')),
          ),
          p(
            'Нам потрібні не лише укриття, а й психологи в кожній школі, безкоштовні літні табори, щоб надолужити програму, і гнучкий розклад для старшокласників, які працюють.',
            'Нам нужны не только укрытия, но и психологи в каждой школе, бесплатные летние лагеря, чтобы наверстать программу, и гибкое расписание для старшеклассников, которые работают.',
            'We need not only shelters but a psychologist in every school, free summer catch-up camps and flexible timetables for older pupils who work.',
          ),
          p(
            'Це коштує грошей. Але набагато дорожче обійдеться суспільству покоління, яке навчилося лише чекати відбою тривоги.',
            'Это стоит денег. Но гораздо дороже обойдётся обществу поколение, которое научилось лишь ждать отбоя тревоги.',
            'It costs money. But a generation that has learned only to wait for the all-clear will cost society far more.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-permanent-address',
    section: 'society',
    tags: ['housing', 'displaced-people', 'local-government'],
    outlets: ['regional-news'],
    photos: ['apartment-blocks'],
    write(x) {
      const c = x.city;
      const families = count(x.step(40, 220, 10), W.family);
      return {
        headline: t(
          'Переселенцям потрібне не тимчасове ліжко, а постійна адреса',
          'Переселенцам нужна не временная койка, а постоянный адрес',
          'Displaced people need a permanent address, not a temporary bed',
        ),
        lead: t(
          'Модульні містечка й гуртожитки рятували в перші місяці. Через кілька років вони стають пасткою.',
          'Модульные городки и общежития спасали в первые месяцы. Через несколько лет они становятся ловушкой.',
          'Modular towns and hostels saved lives in the first months. Years later they are becoming a trap.',
        ),
        body: [
          p(
            `У гуртожитку на околиці ${c.uk.gen} досі живе ${families.uk}, які виїхали з дому ще на початку вторгнення. Дехто з дітей пішов тут до школи, а дехто вже встиг її закінчити.`,
            `В общежитии на окраине ${c.ru.gen} до сих пор живёт ${families.ru}, уехавших из дома ещё в начале вторжения. Кто-то из детей пошёл здесь в школу, а кто-то уже успел её окончить.`,
            `On the edge of ${c.en.nom} there is a hostel where ${families.en} who fled their homes at the start of the invasion still live. Some of their children started school there; some have already finished it.`,
          ),
          p(
            'Тимчасове житло було правильним рішенням у 2022 році. Але «тимчасове» не може тривати роками: люди не можуть планувати, не вкладаються в місто й часто так і не стають у ньому своїми.',
            'Временное жильё было правильным решением в 2022 году. Но «временное» не может длиться годами: люди не могут планировать, не вкладываются в город и часто так и не становятся в нём своими.',
            'Temporary housing was the right answer in 2022. But “temporary” cannot last for years: people cannot plan, do not invest in the town and often never come to feel at home there.',
          ),
          p(
            'Тим часом у кожному обласному центрі є недобудовані будинки, порожні комунальні квартири й старі гуртожитки, які можна перебудувати. Бракує не стін, а механізму.',
            'Между тем в каждом областном центре есть недостроенные дома, пустующие коммунальные квартиры и старые общежития, которые можно перестроить. Не хватает не стен, а механизма.',
            'Meanwhile every regional centre has unfinished buildings, empty council-owned flats and old hostels that could be converted. What is missing is not walls but a mechanism.',
          ),
          h('Що могло б спрацювати', 'Что могло бы сработать', 'What could work'),
          ul(
            t('соціальна оренда з правом викупу через десять–п’ятнадцять років', 'социальная аренда с правом выкупа через десять–пятнадцать лет', 'social renting with the right to buy after ten to fifteen years'),
            t('компенсація громадам, які добудовують житло для переселенців', 'компенсация громадам, которые достраивают жильё для переселенцев', 'compensation for communities that finish housing for displaced people'),
            t('дешева іпотека без вимоги мати реєстрацію в місті', 'дешёвая ипотека без требования иметь прописку в городе', 'cheap mortgages without requiring local registration'),
          ),
          p(
            'Людина, яка має власні ключі, перестає бути переселенцем. Вона стає сусідом.',
            'Человек, у которого есть собственные ключи, перестаёт быть переселенцем. Он становится соседом.',
            'Someone who has their own keys stops being a displaced person and becomes a neighbour.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-volunteer-fatigue',
    section: 'society',
    tags: ['volunteering', 'mental-health'],
    outlets: ['regional-news'],
    write(x) {
      return {
        headline: t(
          'Волонтерська втома реальна. Допомагати іншим можна, не спалюючи себе',
          'Волонтёрская усталость реальна. Помогать другим можно, не сжигая себя',
          'Volunteer fatigue is real. You can help others without burning yourself out',
        ),
        lead: t(
          'Ті, хто тримав країну в перші місяці війни, виснажені. Про них теж треба подбати.',
          'Те, кто держал страну в первые месяцы войны, истощены. О них тоже нужно позаботиться.',
          'The people who held the country together in the first months of the war are exhausted. They need looking after too.',
        ),
        body: [
          p(
            'Мені часто пишуть волонтери. Раніше — із проханням поширити збір, тепер дедалі частіше з одним запитанням: як не кинути все, коли вже немає сил?',
            'Мне часто пишут волонтёры. Раньше — с просьбой распространить сбор, теперь всё чаще с одним вопросом: как не бросить всё, когда уже нет сил?',
            'Volunteers often write to me. They used to ask me to share a fundraiser; now, more and more often, they ask one question: how do you keep going when you have nothing left?',
          ),
          p(
            'Відповідь, яку я можу дати, не надто героїчна. Треба відпочивати. Треба ділити обов’язки. Треба дозволити собі сказати «ні» одному проханню, щоб мати сили на десять наступних.',
            'Ответ, который я могу дать, не слишком героический. Нужно отдыхать. Нужно делить обязанности. Нужно позволить себе сказать «нет» одной просьбе, чтобы были силы на десять следующих.',
            'The answer I can give is not very heroic. Rest. Share the load. Allow yourself to say no to one request so that you have the strength for the next ten.',
          ),
          q(
            t(
              'Волонтер, який вигорів, уже нікому не допоможе. Відпочинок — теж частина роботи.',
              'Выгоревший волонтёр уже никому не поможет. Отдых — тоже часть работы.',
              'A volunteer who burns out cannot help anyone. Rest is part of the job.',
            ),
            x.speaker(role('психолог', 'психологиня', 'психолог', 'psychologist')),
          ),
          p(
            'Громади й благодійні фонди теж можуть допомогти: групи підтримки для волонтерів, безкоштовні консультації психолога, просте «дякую» від місцевої влади, сказане вголос.',
            'Громады и благотворительные фонды тоже могут помочь: группы поддержки для волонтёров, бесплатные консультации психолога, простое «спасибо» от местной власти, сказанное вслух.',
            'Communities and charities can help too: support groups for volunteers, free sessions with a psychologist, a simple thank you from the council, said out loud.',
          ),
          p(
            'Війна — це марафон, а не спринт. Ми всі звикли повторювати цю фразу. Час нарешті жити так, ніби ми в неї віримо.',
            'Война — это марафон, а не спринт. Мы все привыкли повторять эту фразу. Пора наконец жить так, будто мы в неё верим.',
            'The war is a marathon, not a sprint. We all like to say so. It is time to live as if we believed it.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-railway-lifeline',
    section: 'society',
    tags: ['railways', 'public-transport'],
    outlets: ['regional-news', 'meridian'],
    photos: ['train-platform'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Залізниця стала кровоносною системою країни. Час ставитися до неї відповідно',
          'Железная дорога стала кровеносной системой страны. Пора относиться к ней соответственно',
          'The railway has become the country’s lifeline. It is time we treated it like one',
        ),
        lead: t(
          'Потяги вивозили людей з-під обстрілів і возили дипломатів до столиці. Тепер вони заслуговують на інвестиції, а не лише на вдячність.',
          'Поезда вывозили людей из-под обстрелов и возили дипломатов в столицу. Теперь они заслуживают инвестиций, а не только благодарности.',
          'Trains carried people away from the shelling and diplomats to the capital. Now they deserve investment, not just gratitude.',
        ),
        body: [
          p(
            `Я часто їжджу нічним потягом ${c.uk.to}. Вагон, чай у склянках, провідниця, яка знає всіх постійних пасажирів, — за роки війни це стало для мільйонів людей знаком того, що країна працює.`,
            `Я часто езжу ночным поездом ${c.ru.to}. Вагон, чай в стаканах, проводница, которая знает всех постоянных пассажиров, — за годы войны это стало для миллионов людей знаком того, что страна работает.`,
            `I often take the night train ${c.en.to}. The carriage, the tea in glasses, the attendant who knows all the regulars: during the war, this has become a sign for millions of people that the country still works.`,
          ),
          p(
            'Але за цією романтикою — старі вагони, зношені колії й розклад, який досі розрахований на країну, якої вже немає. Швидкісні потяги ходять лише кількома напрямками, а дорога між обласними центрами часто займає цілий день.',
            'Но за этой романтикой — старые вагоны, изношенные пути и расписание, которое до сих пор рассчитано на страну, которой уже нет. Скоростные поезда ходят лишь по нескольким направлениям, а дорога между областными центрами часто занимает целый день.',
            'But behind the romance are old carriages, worn-out track and a timetable still designed for a country that no longer exists. Fast trains run on only a few routes, and a trip between regional capitals often takes all day.',
          ),
          p(
            'Європейська колія до кордону, нові вагони, зручні пересадки між потягом і автобусом — це не розкіш. Це умова того, щоб країна після війни залишилася зв’язаною, а люди могли жити в одному місті й працювати в іншому.',
            'Европейская колея до границы, новые вагоны, удобные пересадки между поездом и автобусом — это не роскошь. Это условие того, чтобы страна после войны осталась связанной, а люди могли жить в одном городе и работать в другом.',
            'European-gauge track to the border, new carriages, easy connections between trains and buses: these are not luxuries. They are what will keep the country connected after the war and let people live in one city and work in another.',
          ),
          q(
            t(
              'Залізниця — єдиний вид транспорту, який працював навіть тоді, коли не працювало нічого.',
              'Железная дорога — единственный вид транспорта, который работал даже тогда, когда не работало ничего.',
              'The railway was the only kind of transport that kept running even when nothing else did.',
            ),
            x.speaker(role('машиніст', 'машиністка', 'машинист', 'train driver')),
          ),
          p(
            'Дякувати залізничникам — це добре. Але найкраща подяка — бюджет на оновлення, закладений не на один рік, а на десятиліття.',
            'Благодарить железнодорожников — это хорошо. Но лучшая благодарность — бюджет на обновление, заложенный не на один год, а на десятилетие.',
            'Thanking railway workers is good. But the best thanks would be a renewal budget planned not for one year but for a decade.',
          ),
        ],
        more: [],
      };
    },
  },
];
