import { count, countGen, enOrdinal, eur, p, pct, q, role, t, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/world.json' with { type: 'json' };

const CHAPTERS = TEXTS.CHAPTERS;

const AID_PURPOSES = TEXTS.AID_PURPOSES;

const MOLDOVA_PROJECTS = TEXTS.MOLDOVA_PROJECTS;

/** "18-й" / "18th". */
const ordinal = (n: number) => t(`${n}-й`, `${n}-й`, enOrdinal(n));

export const WORLD: Template[] = [
  {
    key: 'eu-screening',
    section: 'world',
    tags: ['european-union', 'reforms', 'diplomacy'],
    outlets: ['world-observer', 'meridian'],
    citing: [t('з посиланням на уряд', 'со ссылкой на правительство', 'citing the government')],
    photos: ['eu-flags', 'summit-table'],
    write(x) {
      const ch = x.pick(CHAPTERS);
      const done = pct(x.int(55, 85), 0);
      const m = x.int(2, 4);
      const months = countGen(m, W.month);
      return {
        headline: t(
          `Україна та ЄС завершили скринінг розділу ${ch.uk}`,
          `Украина и ЕС завершили скрининг раздела ${ch.ru}`,
          `Ukraine and EU complete screening of ${ch.en} chapter`,
        ),
        lead: t(
          `Це ще один крок до відкриття переговорів у відповідному кластері. Брюссель має підготувати звіт протягом ${months.uk}.`,
          `Это ещё один шаг к открытию переговоров в соответствующем кластере. Брюссель должен подготовить отчёт в течение ${months.ru}.`,
          `It is another step towards opening talks on the relevant cluster. Brussels is due to report within ${months.en}.`,
        ),
        body: [
          p(
            'Під час двостороннього скринінгу українська делегація представила, наскільки законодавство країни вже відповідає нормам ЄС у цій сфері.',
            'В ходе двустороннего скрининга украинская делегация представила, насколько законодательство страны уже соответствует нормам ЕС в этой сфере.',
            'During the bilateral screening, Ukraine’s delegation set out how far the country’s laws already match EU rules in the area.',
          ),
          p(
            `За оцінкою урядовців, країна вже ухвалила близько ${done.uk} необхідних актів. Решту планують ухвалити протягом найближчих двох років.`,
            `По оценке чиновников, страна уже приняла около ${done.ru} необходимых актов. Остальные планируют принять в течение ближайших двух лет.`,
            `Officials estimate that about ${done.en} of the required legislation is already in place, with the rest due within two years.`,
          ),
          q(
            t(
              'Ми не просимо знижок. Ми хочемо, щоб кожен розділ було закрито чесно і щоб зміни відчули громадяни.',
              'Мы не просим скидок. Мы хотим, чтобы каждый раздел был закрыт честно и чтобы изменения почувствовали граждане.',
              'We are not asking for any discounts. We want every chapter closed properly and the changes felt by citizens.',
            ),
            x.speaker(role('заступник міністра закордонних справ', 'заступниця міністра закордонних справ', 'заместитель министра иностранных дел', 'deputy foreign minister')),
          ),
        ],
        more: [
          p(
            'Переговори про вступ до ЄС поділені на шість кластерів, що об’єднують 35 розділів. Кожен розділ відкривається й закривається за одностайною згодою країн — членів ЄС.',
            'Переговоры о вступлении в ЕС разделены на шесть кластеров, объединяющих 35 разделов. Каждый раздел открывается и закрывается с единогласного согласия стран — членов ЕС.',
            'Accession talks are split into six clusters covering 35 chapters. Each chapter is opened and closed by unanimous agreement of the EU’s member states.',
          ),
          p(
            'Паралельно з переговорами Україна отримує доступ до окремих програм і ринків ЄС, зокрема в енергетиці та роумінгу.',
            'Параллельно с переговорами Украина получает доступ к отдельным программам и рынкам ЕС, в частности в энергетике и роуминге.',
            'Alongside the talks, Ukraine is gaining access to some EU programmes and markets, including energy and mobile roaming.',
          ),
        ],
      };
    },
  },
  {
    key: 'poland-border',
    section: 'world',
    tags: ['poland', 'exports', 'european-union'],
    outlets: ['world-observer', 'economic-herald'],
    citing: [t('з посиланням на Державну прикордонну службу', 'со ссылкой на Государственную пограничную службу', 'citing the State Border Guard Service')],
    photos: ['border-crossing'],
    write(x) {
      const lanesN = x.int(2, 6);
      const lanes = count(lanesN, W.newLane);
      const hours = x.step(14, 40, 2);
      const lorries = countGen(x.step(900, 2600, 100), W.lorry);
      return {
        headline: t(
          `На кордоні з Польщею відкрили ${lanes.uk} для вантажівок`,
          `На границе с Польшей открыли ${lanes.ru} для грузовиков`,
          `Crossing on the Polish border opens ${lanes.en} for lorries`,
        ),
        lead: t(
          `Це має скоротити черги, які останніми тижнями сягали ${countGen(hours, W.hour).uk}.`,
          `Это должно сократить очереди, которые в последние недели достигали ${countGen(hours, W.hour).ru}.`,
          `The move should shorten queues, which have reached ${hours} hours in recent weeks.`,
        ),
        body: [
          p(
            'Нові смуги облаштували на одному з найзавантаженіших пунктів пропуску на заході країни. Роботи фінансувала польська сторона.',
            'Новые полосы обустроили на одном из самых загруженных пунктов пропуска на западе страны. Работы финансировала польская сторона.',
            'The lanes were built at one of the busiest crossings in the west of the country and paid for by Poland.',
          ),
          p(
            `Щодоби через пункт проходять близько ${lorries.uk} в обидва боки. Прикордонники також запускають електронну чергу для порожніх вантажівок.`,
            `Ежесуточно через пункт проходят около ${lorries.ru} в обе стороны. Пограничники также запускают электронную очередь для пустых грузовиков.`,
            `About ${lorries.en} cross there every day in both directions. Border guards are also introducing an electronic queue for empty lorries.`,
          ),
          q(
            t(
              'Ми розраховуємо, що до кінця місяця час очікування скоротиться щонайменше вдвічі.',
              'Мы рассчитываем, что к концу месяца время ожидания сократится как минимум вдвое.',
              'We expect waiting times to be at least halved by the end of the month.',
            ),
            x.speaker(role('речник Державної прикордонної служби', 'речниця Державної прикордонної служби', 'представитель Государственной пограничной службы', 'spokesperson for the State Border Guard Service')),
          ),
          p(
            'Перевізники просять також збільшити кількість митників на змінах і запровадити цілодобовий огляд у режимі «єдиного вікна».',
            'Перевозчики просят также увеличить количество таможенников на сменах и ввести круглосуточный досмотр в режиме «единого окна».',
            'Hauliers are also asking for more customs officers on each shift and round-the-clock one-stop inspections.',
          ),
        ],
        more: [
          p(
            'Польща — один із головних торговельних партнерів України: через польський кордон іде значна частина експорту та імпорту.',
            'Польша — один из главных торговых партнёров Украины: через польскую границу идёт значительная часть экспорта и импорта.',
            'Poland is one of Ukraine’s main trading partners, and a large share of its exports and imports crosses the Polish border.',
          ),
          p(
            'Сторони домовилися до кінця року відкрити ще один вантажний пункт пропуску.',
            'Стороны договорились до конца года открыть ещё один грузовой пункт пропуска.',
            'The two countries have agreed to open another freight crossing by the end of the year.',
          ),
        ],
      };
    },
  },
  {
    key: 'city-aid',
    section: 'world',
    tags: ['international-aid', 'utilities', 'european-union'],
    outlets: ['world-observer', 'regional-news'],
    photos: ['summit-table', 'eu-flags'],
    write(x) {
      const c = x.city;
      const money = eur(x.int(6, 85));
      const purpose = x.pick(AID_PURPOSES);
      const years = count(x.int(2, 4), W.year);
      const day = x.weekday;
      return {
        headline: t(
          `${c.uk.nom} отримає ${money.uk} на ${purpose.uk}`,
          `${c.ru.nom} получит ${money.ru} на ${purpose.ru}`,
          `${c.en.nom} to receive ${money.en} for ${purpose.en}`,
        ),
        lead: t(
          `Угоду з європейським банком розвитку підписали ${day.uk}. Частину коштів надають як грант, решту — як пільговий кредит.`,
          `Соглашение с европейским банком развития подписали ${day.ru}. Часть средств предоставляется в виде гранта, остальное — как льготный кредит.`,
          `The agreement with a European development bank was signed ${day.en}. Part of the money is a grant and the rest a cheap loan.`,
        ),
        body: [
          p(
            `Гроші спрямують на ${purpose.uk}. Роботи мають тривати ${years.uk}, а підрядників оберуть на відкритих міжнародних торгах.`,
            `Деньги направят на ${purpose.ru}. Работы должны продлиться ${years.ru}, а подрядчиков выберут на открытых международных торгах.`,
            `The money will go on ${purpose.en}. The work is due to take ${years.en}, with contractors chosen by open international tender.`,
          ),
          p(
            'Проєкт передбачає також енергоаудит і встановлення сучасних лічильників, що має знизити втрати ресурсів.',
            'Проект предусматривает также энергоаудит и установку современных счётчиков, что должно снизить потери ресурсов.',
            'The project also includes an energy audit and modern meters to cut losses.',
          ),
          q(
            t(
              'Це гроші, які ми самі не змогли б знайти ще десять років. Для мешканців це означає надійніші послуги вже найближчої зими.',
              'Это деньги, которые мы сами не смогли бы найти ещё десять лет. Для жителей это означает более надёжные услуги уже ближайшей зимой.',
              'This is money we could not have found ourselves for another ten years. For residents it means more reliable services as early as this winter.',
            ),
            x.speaker(role('заступник міського голови', 'заступниця міського голови', 'заместитель городского головы', 'deputy mayor')),
          ),
        ],
        more: [
          p(
            'Міжнародні фінансові установи цього року вже погодили кілька подібних проєктів для українських громад. Пріоритет — енергетика, вода й тепло.',
            'Международные финансовые учреждения в этом году уже одобрили несколько подобных проектов для украинских громад. Приоритет — энергетика, вода и тепло.',
            'International lenders have already approved several similar projects for Ukrainian communities this year, with energy, water and heating the priorities.',
          ),
          p(
            'Громадські організації закликають оприлюднювати всі документи закупівель.',
            'Общественные организации призывают обнародовать все документы закупок.',
            'Civic groups are calling for all procurement documents to be published.',
          ),
        ],
      };
    },
  },
  {
    key: 'sanctions-package',
    section: 'world',
    tags: ['sanctions', 'european-union', 'diplomacy'],
    outlets: ['world-observer', 'meridian'],
    photos: ['eu-flags', 'summit-table'],
    write(x) {
      const n = ordinal(x.int(14, 24));
      const firms = count(x.int(20, 140), W.company);
      const ships = count(x.int(12, 90), W.vessel);
      const day = x.weekday;
      return {
        headline: t(
          `ЄС ухвалив ${n.uk} пакет санкцій проти Росії`,
          `ЕС принял ${n.ru} пакет санкций против России`,
          `EU adopts ${n.en} package of sanctions against Russia`,
        ),
        lead: t(
          `До санкційного списку додали ще ${firms.uk} і ${ships.uk} «тіньового флоту».`,
          `В санкционный список добавили ещё ${firms.ru} и ${ships.ru} «теневого флота».`,
          `Another ${firms.en} and ${ships.en} from the “shadow fleet” have been added to the sanctions list.`,
        ),
        body: [
          p(
            `Рішення ухвалили посли країн — членів ЄС ${day.uk}. Новий пакет спрямований передусім проти обходу вже чинних обмежень через треті країни.`,
            `Решение приняли послы стран — членов ЕС ${day.ru}. Новый пакет направлен прежде всего против обхода уже действующих ограничений через третьи страны.`,
            `EU ambassadors agreed the package ${day.en}. It mainly targets the use of third countries to get round existing restrictions.`,
          ),
          p(
            'Крім того, розширено перелік товарів подвійного призначення, заборонених до експорту, — зокрема електроніки, яку використовують у виробництві дронів.',
            'Кроме того, расширен перечень товаров двойного назначения, запрещённых к экспорту, — в частности электроники, которую используют при производстве дронов.',
            'The list of dual-use goods banned from export has also been extended, notably to electronics used to make drones.',
          ),
          p(
            'У Києві рішення привітали, але закликали партнерів посилити контроль за виконанням санкцій.',
            'В Киеве решение приветствовали, но призвали партнёров усилить контроль за выполнением санкций.',
            'Kyiv welcomed the decision but urged partners to step up enforcement.',
          ),
        ],
        more: [
          p(
            'Аналітики зазначають, що санкції поступово скорочують доходи Росії від експорту енергоносіїв, хоча й не так швидко, як очікувалося.',
            'Аналитики отмечают, что санкции постепенно сокращают доходы России от экспорта энергоносителей, хотя и не так быстро, как ожидалось.',
            'Analysts say sanctions are gradually cutting Russia’s energy export revenue, though more slowly than expected.',
          ),
          q(
            t(
              'Ключове питання — не нові списки, а те, наскільки ретельно виконуються старі.',
              'Ключевой вопрос — не новые списки, а то, насколько тщательно выполняются старые.',
              'The key question is not new lists but how rigorously the old ones are enforced.',
            ),
            x.speaker(role('експерт із міжнародних санкцій', 'експертка з міжнародних санкцій', 'эксперт по международным санкциям', 'sanctions expert')),
          ),
        ],
      };
    },
  },
  {
    key: 'moldova-project',
    section: 'world',
    tags: ['moldova', 'energy', 'diplomacy'],
    outlets: ['world-observer', 'energy-monitor'],
    photos: ['summit-table', 'border-crossing'],
    write(x) {
      const project = x.pick(MOLDOVA_PROJECTS);
      const money = eur(x.int(18, 160));
      const years = count(x.int(2, 4), W.year);
      const day = x.weekday;
      return {
        headline: t(
          `Україна та Молдова домовилися про будівництво ${project.uk}`,
          `Украина и Молдова договорились о строительстве ${project.ru}`,
          `Ukraine and Moldova agree to build ${project.en}`,
        ),
        lead: t(
          `Проєкт обійдеться в ${money.uk} і має бути завершений за ${years.uk}.`,
          `Проект обойдётся в ${money.ru} и должен быть завершён за ${years.ru}.`,
          `The project will cost ${money.en} and is due to be finished within ${years.en}.`,
        ),
        body: [
          p(
            `Відповідний меморандум урядові делегації двох країн підписали ${day.uk}. Фінансування частково забезпечить Європейський Союз.`,
            `Соответствующий меморандум правительственные делегации двух стран подписали ${day.ru}. Финансирование частично обеспечит Европейский союз.`,
            `Government delegations from the two countries signed a memorandum ${day.en}. The European Union will provide part of the funding.`,
          ),
          p(
            'Сторони також домовилися спростити перетин кордону для мешканців прикордонних сіл і обмінюватися даними про вантажі в електронному вигляді.',
            'Стороны также договорились упростить пересечение границы для жителей приграничных сёл и обмениваться данными о грузах в электронном виде.',
            'The two sides also agreed to ease border crossings for people in frontier villages and to share cargo data electronically.',
          ),
          p(
            'Молдова та Україна разом рухаються до членства в ЄС і синхронізують багато реформ, зокрема в енергетиці та на митниці.',
            'Молдова и Украина вместе движутся к членству в ЕС и синхронизируют многие реформы, в частности в энергетике и на таможне.',
            'Moldova and Ukraine are moving towards EU membership together and are aligning many reforms, especially in energy and customs.',
          ),
        ],
        more: [
          q(
            t(
              'Для прикордонних громад це не абстрактна дипломатія, а робота, дороги й світло в домівках.',
              'Для приграничных громад это не абстрактная дипломатия, а работа, дороги и свет в домах.',
              'For border communities this is not abstract diplomacy but jobs, roads and power in their homes.',
            ),
            x.speaker(role('представник уряду', 'представниця уряду', 'представитель правительства', 'government representative')),
          ),
          p(
            'Товарообіг між двома країнами за останні роки помітно зріс: Молдова стала важливим транзитним маршрутом для українських вантажів.',
            'Товарооборот между двумя странами за последние годы заметно вырос: Молдова стала важным транзитным маршрутом для украинских грузов.',
            'Trade between the two countries has grown markedly in recent years, and Moldova has become an important transit route for Ukrainian goods.',
          ),
        ],
      };
    },
  },
  {
    key: 'delegation-visit',
    section: 'world',
    tags: ['diplomacy', 'international-aid', 'parliament'],
    outlets: ['world-observer', 'regional-news'],
    photos: ['summit-table'],
    write(x) {
      const c = x.city;
      const country = x.country;
      const projects = count(x.int(6, 40), W.project);
      return {
        headline: t(
          `Делегація парламенту ${country.uk[1]} приїхала ${c.uk.to}: обговорили відбудову`,
          `Делегация парламента ${country.ru[1]} приехала ${c.ru.to}: обсудили восстановление`,
          `MPs ${country.en[2]} visit ${c.en.nom} to discuss reconstruction`,
        ),
        lead: t(
          'Гості зустрілися з місцевою владою, відвідали відновлені школи та лікарню. Країна фінансує кілька проєктів у регіоні.',
          'Гости встретились с местными властями, посетили восстановленные школы и больницу. Страна финансирует несколько проектов в регионе.',
          'The visitors met local officials and toured rebuilt schools and a hospital. Their country funds several projects in the region.',
        ),
        body: [
          p(
            'Візит тривав два дні. До складу делегації увійшли депутати як від урядової коаліції, так і від опозиції.',
            'Визит продолжался два дня. В состав делегации вошли депутаты как от правящей коалиции, так и от оппозиции.',
            'The two-day visit included MPs from both the governing coalition and the opposition.',
          ),
          p(
            `За останні два роки уряд ${country.uk[1]} профінансував ${c.uk.regionLoc} ${projects.uk}.`,
            `За последние два года правительство ${country.ru[1]} профинансировало ${c.ru.regionLoc} ${projects.ru}.`,
            `Over the past two years the government of ${country.en[1]} has funded ${projects.en} ${c.en.regionLoc}.`,
          ),
          p(
            'Сторони обговорили нові проєкти у сфері енергетики, водопостачання та реабілітації ветеранів.',
            'Стороны обсудили новые проекты в сфере энергетики, водоснабжения и реабилитации ветеранов.',
            'The two sides discussed new projects in energy, water supply and the rehabilitation of veterans.',
          ),
          q(
            t(
              'Коли партнери бачать результат на власні очі, це найкращий аргумент для нових рішень у їхніх парламентах.',
              'Когда партнёры видят результат своими глазами, это лучший аргумент для новых решений в их парламентах.',
              'When partners see the results with their own eyes, it is the best argument for new decisions in their own parliaments.',
            ),
            x.speaker(role('голова групи з міжпарламентських зв’язків', 'голова групи з міжпарламентських зв’язків', 'глава группы по межпарламентским связям', 'chair of the parliamentary friendship group')),
          ),
        ],
        more: [
          p(
            'Партнерства між містами та регіонами стали важливим інструментом відбудови: донори працюють безпосередньо з громадами.',
            'Партнёрства между городами и регионами стали важным инструментом восстановления: доноры работают напрямую с громадами.',
            'Partnerships between cities and regions have become an important tool for reconstruction, with donors working directly with communities.',
          ),
          p(
            'Наступна зустріч запланована в столиці країни-партнера, де сторони планують підписати угоду про співпрацю.',
            'Следующая встреча запланирована в столице страны-партнёра, где стороны планируют подписать соглашение о сотрудничестве.',
            'The next meeting is planned in the partner country’s capital, where the two sides hope to sign a cooperation agreement.',
          ),
        ],
      };
    },
  },
];
