import { cap, count, h, noun, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

const AMENDMENT = noun('поправка|поправки|поправок|поправки', 'поправка|поправки|поправок|поправки', 'amendment|amendments');

/** Columns on politics, in the columnists’ first-person voice (rules in index.ts). */
export const POLITICS_COLUMNS: Template[] = [
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
    key: 'column-night-amendments',
    section: 'politics',
    tags: ['parliament', 'reforms', 'corruption'],
    outlets: ['meridian', 'open-city'],
    photos: ['parliament-hall'],
    write(x) {
      const amendments = count(x.step(600, 4200, 100), AMENDMENT);
      const hours = count(x.int(9, 16), W.hour);
      return {
        headline: t(
          'Тисяча поправок за одну ніч — це не законотворчість, а лотерея',
          'Тысяча поправок за одну ночь — это не законотворчество, а лотерея',
          'A thousand amendments in one night is not lawmaking but a lottery',
        ),
        lead: t(
          'Закон, який ніхто не встиг прочитати, рано чи пізно доведеться переписувати. Платимо за це ми всі.',
          'Закон, который никто не успел прочитать, рано или поздно придётся переписывать. Платим за это мы все.',
          'A law nobody had time to read will sooner or later have to be rewritten, and we all pay for it.',
        ),
        body: [
          p(
            `Цього тижня до другого читання одного законопроєкту надійшло ${amendments.uk}. Комітет розглянув їх за ${hours.uk}, і ще до ранку документ був готовий до голосування.`,
            `На этой неделе ко второму чтению одного законопроекта поступило ${amendments.ru}. Комитет рассмотрел их за ${hours.ru}, и ещё до утра документ был готов к голосованию.`,
            `This week ${amendments.en} were tabled to a single bill before its second reading. The committee got through them in ${hours.en}, and the text was ready for a vote before morning.`,
          ),
          p(
            'Я не вірю, що хтось здатен за ніч уважно прочитати стільки змін. Отже, голосують не за текст, а за довіру до того, хто його приніс.',
            'Я не верю, что кто-то способен за ночь внимательно прочитать столько изменений. Значит, голосуют не за текст, а за доверие к тому, кто его принёс.',
            'I do not believe anyone can read that many changes carefully overnight. So people vote not for a text but for their trust in whoever brought it.',
          ),
          p(
            'Наслідки ми бачимо за кілька місяців: суперечливі норми, нові законопроєкти «про внесення змін», роз’яснення міністерств, які суперечать одне одному. Бізнес і громади тим часом живуть у невизначеності.',
            'Последствия мы видим через несколько месяцев: противоречивые нормы, новые законопроекты «о внесении изменений», разъяснения министерств, которые противоречат друг другу. Бизнес и громады тем временем живут в неопределённости.',
            'We see the results a few months later: contradictory provisions, new bills “amending” the old one, ministry guidance that contradicts itself. Meanwhile businesses and communities live with the uncertainty.',
          ),
          h('Три прості правила', 'Три простых правила', 'Three simple rules'),
          ul(
            t('щонайменше тиждень між публікацією таблиці поправок і голосуванням', 'не меньше недели между публикацией таблицы поправок и голосованием', 'at least a week between publishing the amendments and the vote'),
            t('жодних поправок, не пов’язаних із предметом закону', 'никаких поправок, не связанных с предметом закона', 'no amendments unrelated to the subject of the bill'),
            t('коротке пояснення до кожної зміни звичайною мовою', 'краткое пояснение к каждому изменению обычным языком', 'a short plain-language note on every change'),
          ),
          p(
            'Повільніший парламент — не слабший. Він просто рідше помиляється.',
            'Более медленный парламент — не более слабый. Он просто реже ошибается.',
            'A slower parliament is not a weaker one. It simply makes fewer mistakes.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-postwar-elections',
    section: 'politics',
    tags: ['elections', 'local-government', 'displaced-people'],
    outlets: ['meridian', 'regional-news'],
    photos: ['ballot-box'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Перші повоєнні місцеві вибори треба готувати вже сьогодні',
          'Первые послевоенные местные выборы нужно готовить уже сегодня',
          'Preparations for the first post-war local elections must begin today',
        ),
        lead: t(
          'Виборці розкидані по країні й світу, частина дільниць зруйнована. Якщо чекати до останнього, вибори стануть формальністю.',
          'Избиратели разбросаны по стране и миру, часть участков разрушена. Если ждать до последнего, выборы превратятся в формальность.',
          'Voters are scattered across the country and abroad, and some polling stations are in ruins. Leave it to the last minute and the vote will be a formality.',
        ),
        body: [
          p(
            `${cap(c.uk.loc)} за роки війни частина мешканців виїхала, а натомість приїхали тисячі переселенців. Більшість новоприбулих досі закріплені за адресою, де вже немає ні дому, ні дільниці.`,
            `${cap(c.ru.loc)} за годы войны часть жителей уехала, а вместо них приехали тысячи переселенцев. Большинство новоприбывших до сих пор прикреплены к адресу, где уже нет ни дома, ни участка.`,
            `${cap(c.en.loc)}, some residents have left during the war and thousands of displaced people have arrived. Most of the newcomers are still registered to vote at addresses where neither their home nor their polling station exists any more.`,
          ),
          p(
            'Я чую два протилежні аргументи. Одні кажуть, що вибори після війни треба провести якомога швидше, щоб оновити владу. Інші — що спершу потрібно відбудувати все інше. Мені здається, праві обидві сторони, якщо почати готуватися просто зараз.',
            'Я слышу два противоположных аргумента. Одни говорят, что выборы после войны нужно провести как можно скорее, чтобы обновить власть. Другие — что сначала нужно восстановить всё остальное. Мне кажется, правы обе стороны, если начать готовиться прямо сейчас.',
            'I hear two opposing arguments. Some say post-war elections should be held as soon as possible to renew those in power. Others say everything else must be rebuilt first. Both sides have a point, I think, provided the preparations start now.',
          ),
          h('Що можна зробити до виборів', 'Что можно сделать до выборов', 'What can be done before the vote'),
          ul(
            t('оновити реєстр виборців і спростити зміну виборчої адреси', 'обновить реестр избирателей и упростить смену избирательного адреса', 'update the electoral register and make it easier to change your voting address'),
            t('перевірити кожне приміщення для дільниць і кожне укриття поруч', 'проверить каждое помещение для участков и каждое укрытие рядом', 'inspect every building for polling stations and every shelter nearby'),
            t('навчити нових членів комісій замість тих, хто воює або виїхав', 'обучить новых членов комиссий вместо тех, кто воюет или уехал', 'train new election officials to replace those who are fighting or have left'),
          ),
          p(
            'Легітимність влади після війни буде найціннішим ресурсом країни. Нею не можна ризикувати через погано складені списки.',
            'Легитимность власти после войны станет самым ценным ресурсом страны. Ею нельзя рисковать из-за плохо составленных списков.',
            'The legitimacy of whoever governs after the war will be the country’s most precious asset. It must not be put at risk by badly kept lists.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-decentralisation-test',
    section: 'politics',
    tags: ['decentralisation', 'local-government', 'reforms'],
    outlets: ['regional-news', 'open-city'],
    photos: ['city-council'],
    write(x) {
      return {
        headline: t(
          'Децентралізація витримала перевірку війною. Згортати її було б помилкою',
          'Децентрализация выдержала проверку войной. Сворачивать её было бы ошибкой',
          'Decentralisation has passed the test of war. Rolling it back would be a mistake',
        ),
        lead: t(
          'Громади, які мали власні гроші й повноваження, у перші дні вторгнення діяли швидше за центр. Про це варто пам’ятати.',
          'Громады, у которых были собственные деньги и полномочия, в первые дни вторжения действовали быстрее центра. Об этом стоит помнить.',
          'Communities with their own money and powers moved faster than the centre in the first days of the invasion. That is worth remembering.',
        ),
        body: [
          p(
            'Коли почалося повномасштабне вторгнення, багато рішень ухвалювали не в столиці, а в місцевих радах: де розмістити переселенців, як організувати підвіз води, хто відповідає за укриття. Громади, які мали власні бюджети, не чекали на розпорядження.',
            'Когда началось полномасштабное вторжение, многие решения принимались не в столице, а в местных советах: где разместить переселенцев, как организовать подвоз воды, кто отвечает за укрытия. Громады, у которых были собственные бюджеты, не ждали распоряжений.',
            'When the full-scale invasion began, many decisions were taken not in the capital but in local councils: where to house displaced people, how to get water delivered, who was responsible for shelters. Communities with budgets of their own did not wait for instructions.',
          ),
          p(
            'Проте останнім часом я дедалі частіше чую пропозиції повернути частину повноважень і податків на рівень областей чи центру. Аргумент завжди той самий: воєнний час вимагає єдиного управління.',
            'Однако в последнее время я всё чаще слышу предложения вернуть часть полномочий и налогов на уровень областей или центра. Аргумент всегда один и тот же: военное время требует единого управления.',
            'Lately, though, I keep hearing proposals to move some powers and taxes back to the regions or to the centre. The argument is always the same: wartime demands a single chain of command.',
          ),
          q(
            t(
              'Коли зв’язку з областю не було, ми просто робили те, що треба було робити. Гроші на це в громади були.',
              'Когда связи с областью не было, мы просто делали то, что нужно было делать. Деньги на это у громады были.',
              'When we lost contact with the regional authorities, we simply did what had to be done. The community had the money for it.',
            ),
            x.speaker(role('голова громади', 'голова громади', 'глава громады', 'head of a local community')),
          ),
          p(
            'Єдине управління потрібне армії. Ремонтувати школу, вивозити сміття й шукати житло для переселенців краще вміють ті, хто живе поруч. Я пропоную інше: не забирати повноваження, а посилити контроль за тим, як їх використовують.',
            'Единое управление нужно армии. Ремонтировать школу, вывозить мусор и искать жильё для переселенцев лучше умеют те, кто живёт рядом. Я предлагаю другое: не забирать полномочия, а усилить контроль за тем, как ими пользуются.',
            'The army needs a single chain of command. Repairing a school, collecting rubbish and finding homes for displaced families are jobs best done by people who live nearby. I propose something else: do not take powers away, but watch more closely how they are used.',
          ),
          p(
            'Сильна держава складається із сильних громад, а не навпаки.',
            'Сильное государство состоит из сильных громад, а не наоборот.',
            'A strong state is made of strong communities, not the other way round.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-boring-anticorruption',
    section: 'politics',
    tags: ['corruption', 'reforms', 'local-government'],
    outlets: ['open-city', 'economic-herald'],
    photos: ['government-building'],
    write(x) {
      const saved = pct(x.int(6, 15), 0);
      return {
        headline: t(
          'Боротьба з корупцією — це нудно. Саме тому вона й працює',
          'Борьба с коррупцией — это скучно. Именно поэтому она и работает',
          'Fighting corruption is boring. That is exactly why it works',
        ),
        lead: t(
          'Гучні затримання потрапляють у заголовки, але справжні зміни роблять таблиці, реєстри й відкриті тендери.',
          'Громкие задержания попадают в заголовки, но настоящие перемены делают таблицы, реестры и открытые тендеры.',
          'Dramatic arrests make the headlines, but the real change comes from spreadsheets, registers and open tenders.',
        ),
        body: [
          p(
            'Мене часто питають, чому я так мало пишу про гучні справи. Відповідь проста: вирок у такій справі може з’явитися через роки, а відкритий тендер економить гроші вже сьогодні.',
            'Меня часто спрашивают, почему я так мало пишу о громких делах. Ответ простой: приговор по такому делу может появиться через годы, а открытый тендер экономит деньги уже сегодня.',
            'People often ask me why I write so little about the big cases. The answer is simple: a verdict may take years, while an open tender saves money today.',
          ),
          p(
            `За оцінками аналітиків, конкурентні електронні закупівлі дають економію до ${saved.uk} від очікуваної вартості. Це не гучно, але це мільярди гривень щороку.`,
            `По оценкам аналитиков, конкурентные электронные закупки дают экономию до ${saved.ru} от ожидаемой стоимости. Это не громко, но это миллиарды гривен каждый год.`,
            `Analysts estimate that competitive electronic procurement saves up to ${saved.en} of the expected cost. It makes no noise, but it adds up to billions of hryvnias a year.`,
          ),
          p(
            'Те саме з деклараціями, реєстрами власності й відкритими даними. Кожна нова таблиця, яку може перевірити журналіст чи активіст, робить крадіжку трохи дорожчою й ризикованішою.',
            'То же самое с декларациями, реестрами собственности и открытыми данными. Каждая новая таблица, которую может проверить журналист или активист, делает воровство чуть дороже и рискованнее.',
            'The same goes for asset declarations, property registers and open data. Every new table a journalist or activist can check makes theft a little more expensive and a little riskier.',
          ),
          h('Що можете зробити ви', 'Что можете сделать вы', 'What you can do'),
          ul(
            t('подивитися, які закупівлі оголошувала ваша громада цього року', 'посмотреть, какие закупки объявляла ваша громада в этом году', 'look up what your community has put out to tender this year'),
            t('поставити запитання депутатові, якщо ціна здається дивною', 'задать вопрос депутату, если цена кажется странной', 'ask your councillor if a price looks odd'),
            t('підтримати місцеві медіа, які роблять цю роботу щодня', 'поддержать местные медиа, которые делают эту работу каждый день', 'support the local media who do this work every day'),
          ),
          p(
            'Корупцію перемагають не герої, а процедури: нудні, прозорі й однакові для всіх.',
            'Коррупцию побеждают не герои, а процедуры: скучные, прозрачные и одинаковые для всех.',
            'Corruption is beaten not by heroes but by procedures: dull, transparent and the same for everyone.',
          ),
        ],
        more: [],
      };
    },
  },
];
