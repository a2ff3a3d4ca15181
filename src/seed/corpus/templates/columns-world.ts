import { count, countGen, h, noun, p, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

const PACKAGE = noun('пакет|пакети|пакетів|пакета', 'пакет|пакета|пакетов|пакета', 'package|packages');

/** Columns on world affairs, in the columnists’ first-person voice (rules in index.ts). */
export const WORLD_COLUMNS: Template[] = [
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
    key: 'column-sanctions-patience',
    section: 'world',
    tags: ['sanctions', 'diplomacy', 'european-union'],
    outlets: ['world-observer', 'meridian'],
    photos: ['summit-table'],
    write(x) {
      const packages = countGen(x.int(14, 20), PACKAGE);
      return {
        headline: t(
          'Санкції діють повільно, але це не привід у них розчаровуватися',
          'Санкции действуют медленно, но это не повод в них разочаровываться',
          'Sanctions work slowly, but that is no reason to give up on them',
        ),
        lead: t(
          'Ми чекали, що економіка агресора впаде за кілька місяців. Цього не сталося, але санкції роблять свою справу.',
          'Мы ждали, что экономика агрессора рухнет за несколько месяцев. Этого не произошло, но санкции делают своё дело.',
          'We expected the aggressor’s economy to collapse within months. It did not, but sanctions are doing their job.',
        ),
        body: [
          p(
            'Щоразу, коли ЄС ухвалює черговий пакет санкцій, у коментарях пишуть одне й те саме: «Це не працює». Я розумію це роздратування. Але санкції — не вимикач, а радше пісок у механізмі: він не зупиняє машину одразу, проте з кожним місяцем вона працює гірше.',
            'Каждый раз, когда ЕС принимает очередной пакет санкций, в комментариях пишут одно и то же: «Это не работает». Я понимаю это раздражение. Но санкции — не выключатель, а скорее песок в механизме: он не останавливает машину сразу, однако с каждым месяцем она работает хуже.',
            'Every time the EU adopts another sanctions package, the comments say the same thing: “It doesn’t work.” I understand the frustration. But sanctions are not a switch; they are sand in the gears. They do not stop the machine at once, but it runs worse every month.',
          ),
          p(
            `Після ${packages.uk} санкцій агресор досі продає нафту, але дешевше, повільніше й через посередників. Кожен такий посередник — це втрачені гроші, які не підуть на ракети.`,
            `После ${packages.ru} санкций агрессор по-прежнему продаёт нефть, но дешевле, медленнее и через посредников. Каждый такой посредник — это потерянные деньги, которые не пойдут на ракеты.`,
            `After ${packages.en} of sanctions, the aggressor still sells its oil, but more cheaply, more slowly and through middlemen. Every middleman means lost money that will not be spent on missiles.`,
          ),
          p(
            'Слабке місце — не самі санкції, а їхнє виконання. Компоненти для зброї досі знаходять шлях через треті країни, а компанії-посередники з’являються швидше, ніж їх встигають внести до списків.',
            'Слабое место — не сами санкции, а их исполнение. Компоненты для оружия до сих пор находят путь через третьи страны, а компании-посредники появляются быстрее, чем их успевают внести в списки.',
            'The weak spot is not the sanctions themselves but their enforcement. Weapons components still find their way through third countries, and front companies spring up faster than they can be listed.',
          ),
          q(
            t(
              'Санкції схожі на дієту: результат видно не за тиждень, а за рік, і лише тоді, коли її не порушувати.',
              'Санкции похожи на диету: результат виден не через неделю, а через год, и только если её не нарушать.',
              'Sanctions are like a diet: you see the results not in a week but in a year, and only if you stick to it.',
            ),
            x.speaker(role('економіст-міжнародник', 'економістка-міжнародниця', 'экономист-международник', 'international economist')),
          ),
          p(
            'Тож я пропоную менше чекати від нових пакетів і більше вимагати від старих. Закрити лазівки важливіше, ніж дописати до списків ще сотню прізвищ.',
            'Поэтому я предлагаю меньше ждать от новых пакетов и больше требовать от старых. Закрыть лазейки важнее, чем дописать в списки ещё сотню фамилий.',
            'So I suggest we expect less of new packages and demand more of the old ones. Closing loopholes matters more than adding another hundred names to a list.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-good-neighbours',
    section: 'world',
    tags: ['poland', 'exports', 'diplomacy'],
    outlets: ['world-observer', 'agro-news'],
    photos: ['border-crossing'],
    write(x) {
      const lorries = count(x.step(800, 3000, 100), W.lorry);
      return {
        headline: t(
          'Сусідів не обирають, але з ними можна і треба домовлятися',
          'Соседей не выбирают, но с ними можно и нужно договариваться',
          'You cannot choose your neighbours, but you can and must talk to them',
        ),
        lead: t(
          'Суперечки на кордоні з Польщею неприємні, але не фатальні. Розв’язувати їх мають не емоції, а правила.',
          'Споры на границе с Польшей неприятны, но не фатальны. Решать их должны не эмоции, а правила.',
          'The disputes on the Polish border are unpleasant but not fatal. They should be settled by rules, not emotions.',
        ),
        body: [
          p(
            `Коли на кордоні в черзі стоїть ${lorries.uk}, соцмережі з обох боків швидко шукають винних. Я читаю ці суперечки й щоразу думаю, як легко зруйнувати те, що будували роками.`,
            `Когда на границе в очереди стоит ${lorries.ru}, соцсети с обеих сторон быстро ищут виноватых. Я читаю эти споры и каждый раз думаю, как легко разрушить то, что строилось годами.`,
            `When ${lorries.en} are stuck in a queue at the border, social media on both sides is quick to find someone to blame. Reading those arguments, I think every time how easy it is to destroy what took years to build.`,
          ),
          p(
            'У польських фермерів є справжні проблеми: ціни, конкуренція, правила ЄС, які для них суворіші, ніж для нас. Ігнорувати це означає віддати тему тим, хто заробляє на ворожнечі.',
            'У польских фермеров есть настоящие проблемы: цены, конкуренция, правила ЕС, которые для них строже, чем для нас. Игнорировать это значит отдать тему тем, кто зарабатывает на вражде.',
            'Polish farmers have real problems: prices, competition, EU rules that are stricter for them than for us. Ignoring that means handing the subject to those who profit from hostility.',
          ),
          p(
            'Водночас Польща прийняла мільйони українців і стала головним маршрутом допомоги. Такі відносини не повинні залежати від одного протесту чи одного невдалого заголовка.',
            'В то же время Польша приняла миллионы украинцев и стала главным маршрутом помощи. Такие отношения не должны зависеть от одного протеста или одного неудачного заголовка.',
            'At the same time, Poland has taken in millions of Ukrainians and become the main route for aid. A relationship like that should not hinge on one protest or one careless headline.',
          ),
          h('Що допомогло б', 'Что помогло бы', 'What would help'),
          ul(
            t('постійна спільна комісія з торгівлі, а не зустрічі після чергової кризи', 'постоянная совместная комиссия по торговле, а не встречи после очередного кризиса', 'a standing joint trade commission rather than meetings after each crisis'),
            t('прозорі квоти й ліцензії, відомі заздалегідь', 'прозрачные квоты и лицензии, известные заранее', 'transparent quotas and licences announced in advance'),
            t('більше прямих розмов між фермерами двох країн', 'больше прямых разговоров между фермерами двух стран', 'more direct conversations between farmers in both countries'),
          ),
          p(
            'Добросусідство — це не почуття, а робота: терпляча, щоденна й необхідна.',
            'Добрососедство — это не чувство, а работа: терпеливая, ежедневная и необходимая.',
            'Good neighbourliness is not a feeling but work: patient, daily and necessary.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-aid-reporting',
    section: 'world',
    tags: ['international-aid', 'corruption', 'diplomacy'],
    outlets: ['world-observer', 'open-city'],
    photos: ['summit-table', 'eu-flags'],
    write(x) {
      const country = x.country;
      const projects = count(x.step(1200, 4800, 100), W.project);
      return {
        headline: t(
          'Міжнародна допомога — це кредит довіри, і повертати його треба звітами',
          'Международная помощь — это кредит доверия, и возвращать его нужно отчётами',
          'International aid is a loan of trust, and it is repaid in reports',
        ),
        lead: t(
          'Платники податків в інших країнах хочуть знати, куди йдуть їхні гроші. І мають на це право.',
          'Налогоплательщики в других странах хотят знать, куда идут их деньги. И имеют на это право.',
          'Taxpayers in other countries want to know where their money goes, and they have every right to.',
        ),
        body: [
          p(
            `Нещодавно мені довелося говорити з колегами-журналістами ${country.uk[2]}. Їхнє перше запитання було не про фронт, а про те, чи доходить допомога туди, куди її відправляють.`,
            `Недавно мне довелось говорить с коллегами-журналистами ${country.ru[2]}. Их первый вопрос был не о фронте, а о том, доходит ли помощь туда, куда её отправляют.`,
            `I recently spoke to fellow journalists ${country.en[2]}. Their first question was not about the front line but about whether aid reaches the places it is sent to.`,
          ),
          p(
            'Це не недовіра. Це звичайна демократія: уряди, які дають нам гроші, мусять пояснювати своїм виборцям, на що їх витрачено. Кожен скандал із розкраданням допомоги тут стає аргументом для тих політиків там, які хочуть її скоротити.',
            'Это не недоверие. Это обычная демократия: правительства, которые дают нам деньги, обязаны объяснять своим избирателям, на что они потрачены. Каждый скандал с хищением помощи здесь становится аргументом для тех политиков там, которые хотят её сократить.',
            'That is not mistrust. It is ordinary democracy: governments that give us money have to explain to their voters how it was spent. Every scandal over stolen aid here becomes an argument for the politicians there who want to cut it.',
          ),
          p(
            `Хороша новина в тому, що звітувати ми вміємо. Відкриті реєстри відновлення вже показують ${projects.uk} з фото, кошторисами й підрядниками.`,
            `Хорошая новость в том, что отчитываться мы умеем. Открытые реестры восстановления уже показывают ${projects.ru} с фото, сметами и подрядчиками.`,
            `The good news is that we know how to report. Open reconstruction registers already list ${projects.en} with photographs, budgets and contractors.`,
          ),
          q(
            t(
              'Найкраща подяка партнерам — не урочиста промова, а таблиця, у якій видно кожну гривню.',
              'Лучшая благодарность партнёрам — не торжественная речь, а таблица, в которой видна каждая гривна.',
              'The best thanks we can give our partners is not a ceremonial speech but a spreadsheet that shows every hryvnia.',
            ),
            x.speaker(role('координатор міжнародних проєктів', 'координаторка міжнародних проєктів', 'координатор международных проектов', 'international projects coordinator')),
          ),
          p(
            'Я пропоную зробити такі звіти обов’язковими для кожної громади, яка отримує іноземні гроші, і перекладати їх англійською. Це дешевше, ніж будь-яка рекламна кампанія за кордоном.',
            'Я предлагаю сделать такие отчёты обязательными для каждой громады, которая получает иностранные деньги, и переводить их на английский. Это дешевле любой рекламной кампании за рубежом.',
            'I propose making such reports compulsory for every community that receives foreign money, and translating them into English. It is cheaper than any advertising campaign abroad.',
          ),
        ],
        more: [],
      };
    },
  },
];
