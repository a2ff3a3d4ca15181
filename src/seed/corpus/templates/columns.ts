import { cap, count, h, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/**
 * Columns: first-person opinion, signed by a columnist. Written so that the first person never needs a
 * gendered past tense or adjective ("я бачила"), because any columnist on the beat may sign them.
 */
export const COLUMNS: Template[] = [
  {
    key: 'column-open-budgets',
    section: 'politics',
    tags: ['budget', 'local-government', 'corruption'],
    outlets: ['open-city', 'regional-news'],
    photos: ['city-council'],
    write(x) {
      const c = x.city;
      const pages = count(x.int(180, 520), W.page);
      const variant = x.chance(0.5);
      return {
        headline: variant
          ? t(
              'Відкритий бюджет — найкращі ліки від недовіри до влади',
              'Открытый бюджет — лучшее лекарство от недоверия к власти',
              'An open budget is the best cure for distrust of government',
            )
          : t(
              `Що можна дізнатися з бюджету ${c.uk.gen}, якщо просто його прочитати`,
              `Что можно узнать из бюджета ${c.ru.gen}, если просто его прочитать`,
              `What you learn from ${c.en.nom}’s budget if you simply read it`,
            ),
        lead: t(
          'Місцеві бюджети пишуть мовою, зрозумілою лише бухгалтерам. Так не має бути.',
          'Местные бюджеты пишут языком, понятным только бухгалтерам. Так быть не должно.',
          'Local budgets are written in a language only accountants understand. It should not be that way.',
        ),
        body: [
          p(
            `Щороку я відкриваю бюджет якогось міста й намагаюся прочитати його очима звичайного мешканця. Цього разу це був бюджет ${c.uk.gen}: ${pages.uk} таблиць, кодів і скорочень.`,
            `Каждый год я открываю бюджет какого-нибудь города и пытаюсь прочитать его глазами обычного жителя. На этот раз это был бюджет ${c.ru.gen}: ${pages.ru} таблиц, кодов и сокращений.`,
            `Every year I open a city’s budget and try to read it as an ordinary resident would. This time it was ${c.en.nom}’s: ${pages.en} of tables, codes and abbreviations.`,
          ),
          p(
            'Проблема не в тому, що хтось щось приховує. Проблема в тому, що документ, який визначає, скільки коштуватиме ремонт вашої школи, написаний так, ніби читачів у нього не передбачено.',
            'Проблема не в том, что кто-то что-то скрывает. Проблема в том, что документ, который определяет, сколько будет стоить ремонт вашей школы, написан так, будто читателей у него не предусмотрено.',
            'The problem is not that anyone is hiding anything. It is that the document deciding how much your school’s repairs will cost is written as if nobody were expected to read it.',
          ),
          p(
            'Тим часом довіра до влади в громадах тримається саме на таких дрібницях. Люди охочіше платять податки, коли бачать, куди вони йдуть.',
            'Между тем доверие к власти в громадах держится именно на таких мелочах. Люди охотнее платят налоги, когда видят, куда они идут.',
            'Yet trust in local government rests on exactly these details. People pay their taxes more willingly when they can see where the money goes.',
          ),
          h('Що можна зробити вже завтра', 'Что можно сделать уже завтра', 'What could be done tomorrow'),
          ul(
            t('публікувати поряд із бюджетом коротку версію на дві сторінки', 'публиковать рядом с бюджетом краткую версию на две страницы', 'publish a two-page summary alongside the budget'),
            t('показувати витрати на мапі: школа, дорога, сквер', 'показывать расходы на карте: школа, дорога, сквер', 'show spending on a map: a school, a road, a park'),
            t('щокварталу звітувати про виконання простою мовою', 'ежеквартально отчитываться об исполнении простым языком', 'report on spending every quarter in plain language'),
          ),
          p(
            'Жоден із цих кроків не потребує нових законів чи великих грошей. Потрібне лише бажання говорити з мешканцями як із дорослими людьми.',
            'Ни один из этих шагов не требует новых законов или больших денег. Нужно лишь желание говорить с жителями как со взрослыми людьми.',
            'None of this requires new laws or much money. It only takes a willingness to talk to residents as adults.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-eu-homework',
    section: 'world',
    tags: ['european-union', 'reforms'],
    outlets: ['world-observer'],
    photos: ['eu-flags'],
    write(x) {
      return {
        headline: x.chance(0.5)
          ? t('Вступ до ЄС — це не нагорода, а домашнє завдання', 'Вступление в ЕС — это не награда, а домашнее задание', 'Joining the EU is not a prize but a piece of homework')
          : t(
              'Європейська інтеграція починається в кабінеті чиновника, а не на саміті',
              'Европейская интеграция начинается в кабинете чиновника, а не на саммите',
              'European integration starts in an official’s office, not at a summit',
            ),
        lead: t(
          'Ми звикли чекати від Брюсселя історичних рішень. Але справжня робота відбувається набагато ближче.',
          'Мы привыкли ждать от Брюсселя исторических решений. Но настоящая работа происходит гораздо ближе.',
          'We are used to waiting for historic decisions from Brussels. But the real work is being done much closer to home.',
        ),
        body: [
          p(
            'Щоразу, коли Україна завершує черговий етап переговорів, у новинах з’являються урочисті фото. Я розумію цю радість, але мені завжди хочеться спитати: а що змінилося для людей?',
            'Каждый раз, когда Украина завершает очередной этап переговоров, в новостях появляются торжественные фото. Я понимаю эту радость, но мне всегда хочется спросить: а что изменилось для людей?',
            'Every time Ukraine completes another stage of the talks, the news fills with ceremonial photographs. I understand the joy, but I always want to ask: what has changed for people?',
          ),
          p(
            'Вступ — це сотні правил, які мають запрацювати не на папері, а на митниці, у суді та в місцевій раді. За різними оцінками, країні ще треба ухвалити або змінити кілька сотень нормативних актів.',
            'Вступление — это сотни правил, которые должны заработать не на бумаге, а на таможне, в суде и в местном совете. По разным оценкам, стране ещё нужно принять или изменить несколько сотен нормативных актов.',
            'Membership means hundreds of rules that have to work not on paper but at customs, in the courts and in local councils. By various estimates, the country still has to pass or amend several hundred pieces of legislation.',
          ),
          q(
            t('Європа — це не місце, куди ми їдемо. Це спосіб, у який ми живемо вдома.', 'Европа — это не место, куда мы едем. Это то, как мы живём дома.', 'Europe is not a place we travel to. It is the way we live at home.'),
            t('З листа читача до редакції', 'Из письма читателя в редакцию', 'From a reader’s letter to the editor'),
          ),
          p(
            'Я не закликаю применшувати дипломатичні успіхи. Я закликаю міряти їх інакше: скільки днів підприємець чекає на дозвіл, скільки коштує розмитнення, як швидко суд розглядає справу.',
            'Я не призываю преуменьшать дипломатические успехи. Я призываю измерять их иначе: сколько дней предприниматель ждёт разрешения, сколько стоит растаможка, как быстро суд рассматривает дело.',
            'I am not trying to play down diplomatic successes. I am asking that we measure them differently: how many days a business waits for a permit, what customs clearance costs, how quickly a court hears a case.',
          ),
          p(
            'Коли ці цифри почнуть змінюватися, ми й без урочистих фото зрозуміємо, що вже в Європі.',
            'Когда эти цифры начнут меняться, мы и без торжественных фото поймём, что уже в Европе.',
            'When those numbers start to change, we will know we are in Europe without any ceremonial photographs.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-inflation-basket',
    section: 'economy',
    tags: ['inflation', 'prices', 'pensions'],
    outlets: ['economic-herald', 'stat-service'],
    photos: ['market'],
    write(x) {
      const rate = pct(x.dec(4, 14));
      return {
        headline: t(
          `Інфляція ${rate.uk} — це не цифра, а ваш кошик у супермаркеті`,
          `Инфляция ${rate.ru} — это не цифра, а ваша корзина в супермаркете`,
          `Inflation of ${rate.en} is not a statistic. It is your shopping basket`,
        ),
        lead: t(
          'Офіційна статистика й відчуття покупця часто розходяться. Пояснюю, чому праві обидва.',
          'Официальная статистика и ощущения покупателя часто расходятся. Объясняю, почему правы оба.',
          'Official figures and shoppers’ experience often diverge. Here is why both are right.',
        ),
        body: [
          p(
            `Щоразу, коли статистики повідомляють про інфляцію на рівні ${rate.uk}, я отримую листи від читачів: «У мене ціни зросли вдвічі!» І це не перебільшення — для конкретної родини так і є.`,
            `Каждый раз, когда статистики сообщают об инфляции на уровне ${rate.ru}, я получаю письма от читателей: «У меня цены выросли вдвое!» И это не преувеличение — для конкретной семьи так и есть.`,
            `Whenever the statisticians report inflation of ${rate.en}, I get letters from readers saying their prices have doubled. That is no exaggeration: for a particular family, it can be true.`,
          ),
          p(
            'Індекс споживчих цін — це середнє по всій країні й по всьому кошику товарів. Пенсіонерка, яка витрачає більшість грошей на ліки й продукти, живе зовсім з іншою інфляцією, ніж молодий програміст.',
            'Индекс потребительских цен — это среднее по всей стране и по всей корзине товаров. Пенсионерка, которая тратит большую часть денег на лекарства и продукты, живёт совсем с другой инфляцией, чем молодой программист.',
            'The consumer price index is an average across the whole country and a whole basket of goods. A pensioner who spends most of her money on medicine and food lives with very different inflation from a young software developer.',
          ),
          h('Що з цим робити', 'Что с этим делать', 'What to do about it'),
          p(
            'Мені здається, державі варто публікувати кілька індексів: для пенсіонерів, для родин із дітьми, для мешканців сіл. Технічно це нескладно, а політично — чесніше.',
            'Мне кажется, государству стоит публиковать несколько индексов: для пенсионеров, для семей с детьми, для жителей сёл. Технически это несложно, а политически — честнее.',
            'I think the state should publish several indices: for pensioners, for families with children, for people in villages. It is technically easy and politically more honest.',
          ),
          p(
            'А поки що раджу кожному хоча б раз на місяць записувати свої основні витрати. Власна статистика — найкращий захист від чужих середніх цифр.',
            'А пока советую каждому хотя бы раз в месяц записывать свои основные расходы. Собственная статистика — лучшая защита от чужих средних цифр.',
            'In the meantime, I suggest everyone write down their main spending at least once a month. Your own statistics are the best defence against other people’s averages.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-rooftops',
    section: 'economy',
    tags: ['energy', 'environment'],
    outlets: ['energy-monitor'],
    photos: ['solar-roof'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Кожен дах може стати електростанцією. Чому держава досі цього не помітила',
          'Каждая крыша может стать электростанцией. Почему государство до сих пор этого не заметило',
          'Every roof could be a power station. Why has the state not noticed?',
        ),
        lead: t(
          'Децентралізована енергетика — це не мода, а питання національної безпеки.',
          'Децентрализованная энергетика — это не мода, а вопрос национальной безопасности.',
          'Decentralised energy is not a fad. It is a matter of national security.',
        ),
        body: [
          p(
            'Після кожної масованої атаки на енергосистему я рахую, скільки домівок залишилися без світла, а скільки — ні. Ті, в кого на даху сонячні панелі, а в коридорі акумулятор, часто навіть не помічають відключень.',
            'После каждой массированной атаки на энергосистему я считаю, сколько домов остались без света, а сколько — нет. Те, у кого на крыше солнечные панели, а в коридоре аккумулятор, часто даже не замечают отключений.',
            'After every mass attack on the grid I count how many homes lost power and how many did not. Those with solar panels on the roof and a battery in the hall often do not even notice the outages.',
          ),
          p(
            `${cap(c.uk.loc)} таких домівок уже сотні, але здебільшого це ініціатива самих мешканців. Державні програми існують, проте розібратися в них без юриста майже неможливо.`,
            `${cap(c.ru.loc)} таких домов уже сотни, но в основном это инициатива самих жителей. Государственные программы существуют, однако разобраться в них без юриста почти невозможно.`,
            `${cap(c.en.loc)} there are already hundreds of such homes, mostly thanks to residents’ own initiative. State schemes exist, but they are almost impossible to navigate without a lawyer.`,
          ),
          q(
            t(
              'Найдешевша кіловат-година — та, яку не треба передавати за сотні кілометрів.',
              'Самый дешёвый киловатт-час — тот, который не нужно передавать за сотни километров.',
              'The cheapest kilowatt-hour is the one that doesn’t have to travel hundreds of kilometres.',
            ),
            t('Стара приказка енергетиків', 'Старая поговорка энергетиков', 'An old saying among power engineers'),
          ),
          p(
            'Я пропоную просте правило: одна заява, один місяць, одна зрозуміла компенсація. Решту ринок зробить сам.',
            'Я предлагаю простое правило: одно заявление, один месяц, одна понятная компенсация. Остальное рынок сделает сам.',
            'I propose a simple rule: one application, one month, one clear subsidy. The market will do the rest.',
          ),
          p(
            'Енергосистема, що складається з мільйона маленьких джерел, не має єдиної точки, яку можна вразити. У цьому її головна сила.',
            'Энергосистема, состоящая из миллиона маленьких источников, не имеет единой точки, которую можно поразить. В этом её главная сила.',
            'A grid made of a million small sources has no single point that can be hit. That is its great strength.',
          ),
        ],
        more: [],
      };
    },
  },
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
    key: 'column-family-doctor',
    section: 'health',
    tags: ['hospitals', 'medicines'],
    outlets: ['medical-weekly'],
    photos: ['hospital-corridor', 'pharmacy'],
    write(x) {
      const patients = x.step(25, 45, 5);
      return {
        headline: t(
          'Сімейний лікар — не диспетчер направлень. Чому нам варто більше довіряти одне одному',
          'Семейный врач — не диспетчер направлений. Почему нам стоит больше доверять друг другу',
          'A family doctor is not a referral clerk. Why we should trust each other more',
        ),
        lead: t(
          'Пацієнти хочуть до «вузького спеціаліста», лікарі скаржаться на брак часу. Розірвати це коло можна.',
          'Пациенты хотят к «узкому специалисту», врачи жалуются на нехватку времени. Разорвать этот круг можно.',
          'Patients want to see a specialist; doctors complain they have no time. The circle can be broken.',
        ),
        body: [
          p(
            `Щодня до мене приходить близько ${patients} пацієнтів, і майже кожен другий просить направлення до кардіолога, невролога чи ендокринолога. Часто — без жодної потреби.`,
            `Каждый день ко мне приходит около ${patients} пациентов, и почти каждый второй просит направление к кардиологу, неврологу или эндокринологу. Часто — без всякой необходимости.`,
            `About ${patients} patients come to see me every day, and almost every other one asks to be referred to a cardiologist, neurologist or endocrinologist. Often there is no need at all.`,
          ),
          p(
            'Я розумію цих людей. Роками нас привчали, що «справжній» лікар — вузький спеціаліст, а терапевт лише виписує папірці. Але більшість проблем, з якими до мене приходять, можна і треба розв’язати на місці.',
            'Я понимаю этих людей. Годами нас приучали к тому, что «настоящий» врач — узкий специалист, а терапевт лишь выписывает бумажки. Но большинство проблем, с которыми ко мне приходят, можно и нужно решить на месте.',
            'I understand them. For years we were taught that a “real” doctor is a specialist and a GP merely fills in forms. But most of the problems people bring me can and should be dealt with on the spot.',
          ),
          q(
            t(
              'Добрий лікар лікує хворобу, а великий — пацієнта, який на неї хворіє.',
              'Хороший врач лечит болезнь, а великий — пациента, который ею болеет.',
              'The good physician treats the disease; the great physician treats the patient who has the disease.',
            ),
            t('Вільям Ослер, канадський лікар', 'Уильям Ослер, канадский врач', 'William Osler, Canadian physician'),
          ),
          p(
            'Довіра будується повільно: десятихвилинна консультація, на якій лікар встигає вислухати, а пацієнт — запитати. Для цього нам, лікарям, потрібно менше паперів, а пацієнтам — трохи більше терпіння.',
            'Доверие строится медленно: десятиминутная консультация, на которой врач успевает выслушать, а пациент — спросить. Для этого нам, врачам, нужно меньше бумаг, а пациентам — чуть больше терпения.',
            'Trust is built slowly, in a ten-minute appointment where the doctor has time to listen and the patient time to ask. For that, we doctors need less paperwork, and patients a little more patience.',
          ),
          p(
            'Наступного разу, коли ви прийдете по направлення, спробуйте спершу розповісти, що вас турбує. Можливо, воно й не знадобиться.',
            'В следующий раз, когда вы придёте за направлением, попробуйте сначала рассказать, что вас беспокоит. Возможно, оно и не понадобится.',
            'Next time you come in for a referral, try telling your doctor first what is bothering you. You may not need one after all.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-ai-schools',
    section: 'technology',
    tags: ['artificial-intelligence', 'education'],
    outlets: ['tech-review'],
    photos: ['classroom', 'startup-office'],
    write(x) {
      const share = pct(x.step(40, 75, 5), 0);
      return {
        headline: t(
          'Штучний інтелект у школі: заборонити не вийде, тож доведеться навчити',
          'Искусственный интеллект в школе: запретить не получится, значит, придётся научить',
          'AI in schools: we cannot ban it, so we had better teach it',
        ),
        lead: t(
          'Учні вже користуються чат-ботами. Питання лише в тому, чи навчимо ми їх робити це розумно.',
          'Ученики уже пользуются чат-ботами. Вопрос лишь в том, научим ли мы их делать это разумно.',
          'Pupils are already using chatbots. The only question is whether we teach them to do it wisely.',
        ),
        body: [
          p(
            `За даними опитувань, понад ${share.uk} старшокласників хоча б раз виконували домашнє завдання за допомогою чат-бота. Решта, підозрюю, просто не зізналися.`,
            `По данным опросов, более ${share.ru} старшеклассников хотя бы раз выполняли домашнее задание с помощью чат-бота. Остальные, подозреваю, просто не признались.`,
            `Surveys suggest more than ${share.en} of older pupils have used a chatbot for homework at least once. The rest, I suspect, just did not admit it.`,
          ),
          p(
            'Реакція багатьох шкіл передбачувана: заборонити, перевіряти, карати. Але ми вже проходили це з калькуляторами й інтернетом. Заборони не працюють; працюють навички.',
            'Реакция многих школ предсказуема: запретить, проверять, наказывать. Но мы уже проходили это с калькуляторами и интернетом. Запреты не работают; работают навыки.',
            'Many schools react predictably: ban it, check for it, punish it. But we have been here before with calculators and the internet. Bans do not work; skills do.',
          ),
          h('Чого варто вчити', 'Чему стоит учить', 'What we should teach'),
          ul(
            t('перевіряти факти, які видає модель', 'проверять факты, которые выдаёт модель', 'checking the facts a model produces'),
            t('формулювати запитання так, щоб отримати корисну відповідь', 'формулировать вопросы так, чтобы получить полезный ответ', 'asking questions that get useful answers'),
            t('розуміти, де закінчується допомога й починається списування', 'понимать, где заканчивается помощь и начинается списывание', 'knowing where help ends and cheating begins'),
          ),
          p(
            'Учителям для цього потрібні час і навчання, а не ще одна інструкція згори. Якщо ми не дамо їм цього, учні все одно навчаться — просто без нас.',
            'Учителям для этого нужны время и обучение, а не ещё одна инструкция сверху. Если мы не дадим им этого, ученики всё равно научатся — просто без нас.',
            'Teachers need time and training for this, not another directive from above. If we do not give them that, pupils will learn anyway, just without us.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-sport-resilience',
    section: 'sport',
    tags: ['football', 'veterans'],
    outlets: ['sport-daily'],
    photos: ['football-stadium'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Спорт під час війни — не розкіш, а спосіб залишатися собою',
          'Спорт во время войны — не роскошь, а способ оставаться собой',
          'Sport in wartime is not a luxury but a way of staying ourselves',
        ),
        lead: t(
          'Порожні трибуни й матчі, перервані сиреною, — і все одно ми вболіваємо. Це важливіше, ніж здається.',
          'Пустые трибуны и матчи, прерванные сиреной, — и всё равно мы болеем. Это важнее, чем кажется.',
          'Empty stands and matches stopped by sirens, and still we cheer. That matters more than it seems.',
        ),
        body: [
          p(
            `Минулих вихідних на стадіоні ${c.uk.loc} гру двічі зупиняли через повітряну тривогу. Глядачі слухняно спускалися в укриття, а потім поверталися й співали так, ніби нічого не сталося.`,
            `В прошлые выходные на стадионе ${c.ru.loc} игру дважды останавливали из-за воздушной тревоги. Зрители послушно спускались в укрытие, а потом возвращались и пели так, будто ничего не произошло.`,
            `Last weekend a match ${c.en.loc} was stopped twice for air-raid alerts. The crowd filed down to the shelter, then came back and sang as if nothing had happened.`,
          ),
          p(
            'Хтось скаже, що зараз не до футболу. Мені здається, все якраз навпаки.',
            'Кто-то скажет, что сейчас не до футбола. Мне кажется, всё как раз наоборот.',
            'Some will say this is no time for football. I think it is exactly the opposite.',
          ),
          p(
            'Спорт — одне з небагатьох місць, де ми переживаємо щось разом, а не кожен наодинці зі своїм телефоном. Дитяча секція, аматорська ліга, ранкова пробіжка із сусідами — усе це тримає нас разом.',
            'Спорт — одно из немногих мест, где мы переживаем что-то вместе, а не каждый наедине со своим телефоном. Детская секция, любительская лига, утренняя пробежка с соседями — всё это держит нас вместе.',
            'Sport is one of the few places where we experience something together, rather than alone with our phones. A children’s club, an amateur league, a morning run with the neighbours: all of it holds us together.',
          ),
          q(
            t('Спорт має силу змінити світ.', 'Спорт обладает силой изменить мир.', 'Sport has the power to change the world.'),
            t('Нельсон Мандела', 'Нельсон Мандела', 'Nelson Mandela'),
          ),
          p(
            'Тож ідіть на стадіон, записуйте дітей у секції, підтримуйте місцеві клуби. Це теж частина нашої стійкості.',
            'Так что идите на стадион, записывайте детей в секции, поддерживайте местные клубы. Это тоже часть нашей стойкости.',
            'So go to the match, sign your children up for a club, support your local team. It is all part of our resilience.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-veterans-home',
    section: 'defence',
    tags: ['veterans', 'jobs', 'local-government'],
    outlets: ['defence-review', 'regional-news'],
    photos: ['veterans-hub'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Ветерани повертаються додому. Чи готові до цього наші громади?',
          'Ветераны возвращаются домой. Готовы ли к этому наши громады?',
          'Veterans are coming home. Are our communities ready?',
        ),
        lead: t(
          'Повернення з війни — це не подія, а процес. І він залежить від сусідів не менше, ніж від держави.',
          'Возвращение с войны — это не событие, а процесс. И он зависит от соседей не меньше, чем от государства.',
          'Coming back from war is not an event but a process, and it depends on neighbours as much as on the state.',
        ),
        body: [
          p(
            `За оцінками, після війни в Україні будуть мільйони ветеранів і ветеранок — приблизно кожен десятий дорослий. ${cap(c.uk.loc)}, як і всюди, їх уже тисячі.`,
            `По оценкам, после войны в Украине будут миллионы ветеранов — примерно каждый десятый взрослый. ${cap(c.ru.loc)}, как и везде, их уже тысячи.`,
            `By some estimates there will be millions of veterans in Ukraine after the war, roughly one adult in ten. ${cap(c.en.loc)}, as everywhere, there are already thousands.`,
          ),
          p(
            'Держава робить чимало: виплати, реабілітація, гранти на власну справу. Але жодна програма не замінить роботодавця, який не боїться взяти ветерана на роботу, чи сусіда, який просто запросить на каву.',
            'Государство делает немало: выплаты, реабилитация, гранты на собственное дело. Но никакая программа не заменит работодателя, который не боится взять ветерана на работу, или соседа, который просто пригласит на кофе.',
            'The state does a lot: payments, rehabilitation, start-up grants. But no programme can replace an employer who is not afraid to hire a veteran, or a neighbour who simply asks them round for coffee.',
          ),
          h('Що може зробити громада', 'Что может сделать громада', 'What a community can do'),
          ul(
            t('створити ветеранський простір із психологом і юристом', 'создать ветеранское пространство с психологом и юристом', 'open a veterans’ centre with a psychologist and a lawyer'),
            t('навчити працівників ЦНАПів говорити з ветеранами', 'научить сотрудников ЦПАУ общаться с ветеранами', 'train council service staff to talk to veterans'),
            t('залучати ветеранів до ухвалення місцевих рішень', 'привлекать ветеранов к принятию местных решений', 'involve veterans in local decision-making'),
          ),
          p(
            'Ветерани — не проблема, яку треба розв’язати. Це люди, які вже довели, що здатні брати на себе відповідальність. Громади, які це зрозуміють, стануть сильнішими.',
            'Ветераны — не проблема, которую нужно решить. Это люди, которые уже доказали, что способны брать на себя ответственность. Громады, которые это поймут, станут сильнее.',
            'Veterans are not a problem to be solved. They are people who have already shown they can take responsibility. Communities that understand this will be stronger for it.',
          ),
        ],
        more: [],
      };
    },
  },
];
