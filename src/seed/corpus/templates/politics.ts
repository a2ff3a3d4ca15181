import { cap, count, countGen, enNum, p, pct, q, role, t, uah, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/politics.json' with { type: 'json' };

const BILLS = TEXTS.BILLS;

const SERVICES = TEXTS.SERVICES;

const PETITIONS = TEXTS.PETITIONS;

const HEARINGS = TEXTS.HEARINGS;

export const POLITICS: Template[] = [
  {
    key: 'bill-first-reading',
    section: 'politics',
    tags: ['parliament', 'reforms', 'local-government'],
    outlets: ['meridian', 'regional-news'],
    citing: [t('з посиланням на апарат Верховної Ради', 'со ссылкой на аппарат Верховной Рады', 'citing the parliament’s secretariat')],
    photos: ['parliament-hall'],
    write(x) {
      const bill = x.pick(BILLS);
      const votes = count(x.int(228, 312), W.vote);
      const day = x.weekday;
      const days = x.pick([7, 14]);
      return {
        headline: t(
          `Рада ухвалила в першому читанні законопроєкт ${bill.about.uk}`,
          `Рада приняла в первом чтении законопроект ${bill.about.ru}`,
          `MPs back bill ${bill.about.en} at first reading`,
        ),
        lead: t(
          `Документ набрав ${votes.uk}. До другого читання його доопрацює ${bill.committee.uk}.`,
          `Документ набрал ${votes.ru}. Ко второму чтению его доработает ${bill.committee.ru}.`,
          `The bill received ${votes.en}. ${cap(bill.committee.en)} will now revise it before the second reading.`,
        ),
        body: [
          p(
            `${cap(day.uk)} Верховна Рада підтримала в першому читанні законопроєкт ${bill.about.uk}. Документ набрав ${votes.uk} при мінімально необхідних 226.`,
            `${cap(day.ru)} Верховная Рада поддержала в первом чтении законопроект ${bill.about.ru}. Документ набрал ${votes.ru} при минимально необходимых 226.`,
            `Parliament ${day.en} backed a bill ${bill.about.en} at first reading. It received ${votes.en}; 226 were needed.`,
          ),
          p(
            `${bill.change.uk} Зміни мають набути чинності через шість місяців після ухвалення закону.`,
            `${bill.change.ru} Изменения должны вступить в силу через шесть месяцев после принятия закона.`,
            `${bill.change.en} The changes would take effect six months after the law is passed.`,
          ),
          q(
            t(
              'Ми врахуємо зауваження громад і експертів. Друге читання може відбутися вже наступного місяця.',
              'Мы учтём замечания громад и экспертов. Второе чтение может состояться уже в следующем месяце.',
              'We will take on board comments from communities and experts. The second reading could come as early as next month.',
            ),
            x.speaker(role('голова підкомітету', 'голова підкомітету', 'председатель подкомитета', 'subcommittee chair')),
          ),
          p(
            `Правки до другого читання народні депутати можуть подавати протягом ${count(days, W.day).uk}.`,
            `Поправки ко второму чтению народные депутаты могут подавать в течение ${count(days, W.day).ru}.`,
            `MPs have ${count(days, W.day).en} to table amendments before the second reading.`,
          ),
        ],
        more: [
          p(
            'Асоціація міст підтримала ідею документа, але просить передбачити перехідний період і кошти на навчання працівників.',
            'Ассоциация городов поддержала идею документа, но просит предусмотреть переходный период и средства на обучение сотрудников.',
            'The association of cities backs the idea but wants a transition period and money to train staff.',
          ),
          p(
            'Громадські організації, які стежать за роботою парламенту, нагадують: між першим і другим читанням текст законопроєкту часто суттєво змінюється.',
            'Общественные организации, которые следят за работой парламента, напоминают: между первым и вторым чтением текст законопроекта часто существенно меняется.',
            'Parliamentary watchdogs point out that bills often change substantially between the first and second readings.',
          ),
        ],
      };
    },
  },
  {
    key: 'city-budget',
    section: 'politics',
    tags: ['budget', 'local-government', 'decentralisation'],
    outlets: ['regional-news', 'open-city'],
    citing: [t('з посиланням на міську раду', 'со ссылкой на городской совет', 'citing the city council')],
    photos: ['city-council'],
    write(x) {
      const c = x.city;
      const total = uah(x.step(2400, 38000, 100));
      const edu = pct(x.dec(27, 41));
      const transport = pct(x.dec(9, 16));
      const defence = uah(x.step(40, 900, 10));
      const local = x.int(12, 19);
      const day = x.weekday;
      const short = x.chance(0.5);
      return {
        headline: short
          ? t(
              `Міська рада ${c.uk.gen} затвердила бюджет на наступний рік`,
              `Городской совет ${c.ru.gen} утвердил бюджет на следующий год`,
              `${c.en.nom} city council approves next year’s budget`,
            )
          : t(
              `Депутати ${c.uk.gen} ухвалили бюджет: ${edu.uk} видатків піде на освіту`,
              `Депутаты ${c.ru.gen} приняли бюджет: ${edu.ru} расходов пойдёт на образование`,
              `${c.en.nom} budget puts ${edu.en} of spending into schools`,
            ),
        lead: t(
          `Загальний обсяг видатків становитиме ${total.uk}. Найбільше коштів спрямують на освіту, транспорт і ремонт укриттів.`,
          `Общий объём расходов составит ${total.ru}. Больше всего средств направят на образование, транспорт и ремонт укрытий.`,
          `Spending will total ${total.en}, with most of the money going to schools, transport and shelter repairs.`,
        ),
        body: [
          p(
            `${cap(day.uk)} депутати ${c.uk.gen} на пленарному засіданні ухвалили бюджет міста на наступний рік. Загальні видатки становитимуть ${total.uk}.`,
            `${cap(day.ru)} депутаты ${c.ru.gen} на пленарном заседании приняли бюджет города на следующий год. Общие расходы составят ${total.ru}.`,
            `${c.en.nom} city council ${day.en} approved the city’s budget for next year, with total spending of ${total.en}.`,
          ),
          p(
            `На освіту передбачено ${edu.uk} видатків, ще ${transport.uk} — на громадський транспорт і дороги.`,
            `На образование предусмотрено ${edu.ru} расходов, ещё ${transport.ru} — на общественный транспорт и дороги.`,
            `Education accounts for ${edu.en} of spending, and a further ${transport.en} goes on public transport and roads.`,
          ),
          p(
            `Окремим рядком закладено ${defence.uk} на підтримку Сил оборони та облаштування укриттів у школах і дитячих садках.`,
            `Отдельной строкой заложено ${defence.ru} на поддержку Сил обороны и обустройство укрытий в школах и детских садах.`,
            `A separate ${defence.en} is set aside to support the armed forces and to fit out shelters in schools and nurseries.`,
          ),
          q(
            t(
              'Цей бюджет обережний: ми закладаємо реалістичні доходи і залишаємо резерв на випадок нових атак на енергосистему.',
              'Этот бюджет осторожный: мы закладываем реалистичные доходы и оставляем резерв на случай новых атак на энергосистему.',
              'This is a cautious budget. We have assumed realistic revenue and kept a reserve in case of new attacks on the power grid.',
            ),
            x.speaker(role('голова бюджетної комісії', 'голова бюджетної комісії', 'председатель бюджетной комиссии', 'chair of the budget committee')),
          ),
        ],
        more: [
          p(
            `Основним джерелом доходів залишається податок на доходи фізичних осіб — він забезпечує понад половину надходжень. Ще ${local}% дадуть місцеві податки та збори.`,
            `Основным источником доходов остаётся налог на доходы физических лиц — он обеспечивает более половины поступлений. Ещё ${local}% дадут местные налоги и сборы.`,
            `Personal income tax remains the main source of revenue, providing more than half of the total. Local taxes and fees will bring in another ${local}%.`,
          ),
          p('Серед пріоритетів на наступний рік:', 'Среди приоритетов на следующий год:', 'Next year’s priorities include:'),
          ul(
            t('ремонт покрівель шкіл і лікарень', 'ремонт кровли школ и больниц', 'roof repairs at schools and hospitals'),
            t('закупівля нових автобусів', 'закупка новых автобусов', 'new buses'),
            t('модернізація вуличного освітлення', 'модернизация уличного освещения', 'upgraded street lighting'),
            t('програма енергоефективності для ОСББ', 'программа энергоэффективности для ОСМД', 'an energy-efficiency scheme for residents’ associations'),
          ),
        ],
      };
    },
  },
  {
    key: 'e-service',
    section: 'politics',
    tags: ['digital-services', 'reforms'],
    outlets: ['meridian', 'tech-review'],
    citing: [t('з посиланням на Міністерство цифрової трансформації', 'со ссылкой на Министерство цифровой трансформации', 'citing the digital transformation ministry')],
    photos: ['phone-app', 'government-building'],
    write(x) {
      const s = x.pick(SERVICES);
      const day = x.weekday;
      const users = x.step(40, 900, 10);
      const took = count(x.int(6, 21), W.day);
      const limit = x.pick([5, 7, 10]);
      return {
        headline: t(`Кабмін перевів в онлайн ${s.uk}`, `Кабмин перевёл в онлайн ${s.ru}`, `Government moves ${s.en} online`),
        lead: t(
          'Послуга стане доступна в державному застосунку з наступного місяця, тож іти до установи більше не доведеться.',
          'Услуга станет доступна в государственном приложении со следующего месяца, так что идти в учреждение больше не придётся.',
          'The service will be available in the government app from next month, so people will no longer need to visit an office.',
        ),
        body: [
          p(
            `Відповідну постанову уряд ухвалив ${day.uk}. Заяву можна буде подати зі смартфона, а результат надійде в особистий кабінет.`,
            `Соответствующее постановление правительство приняло ${day.ru}. Заявление можно будет подать со смартфона, а результат придёт в личный кабинет.`,
            `The cabinet approved the change ${day.en}. Applications can be made from a smartphone, with the result sent to the applicant’s online account.`,
          ),
          p(
            `Торік цією послугою скористалися понад ${users} тис. людей, і в середньому на неї йшло ${took.uk}, зазначили в Міністерстві цифрової трансформації.`,
            `В прошлом году этой услугой воспользовались более ${users} тыс. человек, и в среднем на неё уходило ${took.ru}, отметили в Министерстве цифровой трансформации.`,
            `More than ${users},000 people used the service last year, and it took an average of ${took.en}, the digital transformation ministry said.`,
          ),
          p(
            `Тепер строк розгляду скоротять до ${limit} робочих днів, а більшість довідок держава перевірятиме сама.`,
            `Теперь срок рассмотрения сократят до ${limit} рабочих дней, а большинство справок государство будет проверять само.`,
            `Processing will now take no more than ${enNum(limit)} working days, and the state will check most documents itself.`,
          ),
          q(
            t(
              'Ми прибираємо папірці там, де держава й так має всі дані. Людина не повинна приносити довідки, які ми можемо перевірити самі.',
              'Мы убираем бумажки там, где у государства и так есть все данные. Человек не должен приносить справки, которые мы можем проверить сами.',
              'We are removing paperwork wherever the state already holds the data. People should not have to bring certificates that we can check ourselves.',
            ),
            x.speaker(role('заступник міністра цифрової трансформації', 'заступниця міністра цифрової трансформації', 'заместитель министра цифровой трансформации', 'deputy minister for digital transformation')),
          ),
        ],
        more: [
          p('Щоб скористатися послугою, потрібно:', 'Чтобы воспользоваться услугой, нужно:', 'To use the service, applicants need to:'),
          ul(
            t('увійти в застосунок за допомогою електронного підпису', 'войти в приложение с помощью электронной подписи', 'sign in to the app with a digital signature'),
            t('заповнити заяву — більшість полів заповниться автоматично', 'заполнить заявление — большинство полей заполнится автоматически', 'fill in the form, most of which is completed automatically'),
            t('підписати заяву і стежити за статусом в особистому кабінеті', 'подписать заявление и следить за статусом в личном кабинете', 'sign the application and track its progress online'),
          ),
          p(
            'Ті, хто не користується смартфоном, і далі можуть звернутися до центру надання адміністративних послуг.',
            'Те, кто не пользуется смартфоном, по-прежнему могут обратиться в центр предоставления административных услуг.',
            'People who do not use a smartphone can still apply in person at an administrative services centre.',
          ),
        ],
      };
    },
  },
  {
    key: 'road-audit',
    section: 'politics',
    tags: ['corruption', 'roads', 'budget'],
    outlets: ['regional-news', 'meridian'],
    citing: [t('з посиланням на Державну аудиторську службу', 'со ссылкой на Государственную аудиторскую службу', 'citing the State Audit Service')],
    photos: ['road-works'],
    write(x) {
      const c = x.city;
      const over = uah(x.int(3, 64));
      const contracts = count(x.int(6, 34), W.contract);
      const km = x.step(20, 180, 5);
      const markup = pct(x.int(18, 65), 0);
      return {
        headline: t(
          `Аудитори виявили ${over.uk} переплат за ремонт доріг ${c.uk.regionLoc}`,
          `Аудиторы нашли ${over.ru} переплат на ремонте дорог ${c.ru.regionLoc}`,
          `Auditors find ${over.en} overpaid for road repairs ${c.en.regionLoc}`,
        ),
        lead: t(
          `Перевірка охопила ${contracts.uk} на ремонт ${km} км доріг. Матеріали передали правоохоронцям.`,
          `Проверка охватила ${contracts.ru} на ремонт ${km} км дорог. Материалы переданы правоохранителям.`,
          `The audit covered ${contracts.en} for repairs to ${km} km of road. The findings have been passed to investigators.`,
        ),
        body: [
          p(
            'Державна аудиторська служба завершила перевірку контрактів, які обласна служба автомобільних доріг уклала за останні два роки.',
            'Государственная аудиторская служба завершила проверку контрактов, которые областная служба автомобильных дорог заключила за последние два года.',
            'The State Audit Service has finished examining contracts signed by the regional roads authority over the past two years.',
          ),
          p(
            `За висновками аудиторів, підрядники завищували обсяги робіт і вартість асфальтобетону. В окремих випадках ціна матеріалів перевищувала ринкову на ${markup.uk}.`,
            `По выводам аудиторов, подрядчики завышали объёмы работ и стоимость асфальтобетона. В отдельных случаях цена материалов превышала рыночную на ${markup.ru}.`,
            `According to the auditors, contractors inflated the volume of work and the cost of asphalt. In some cases materials were priced ${markup.en} above the market rate.`,
          ),
          p(
            'В обласній службі доріг заявили, що не погоджуються з частиною висновків і оскаржать їх.',
            'В областной службе дорог заявили, что не согласны с частью выводов и обжалуют их.',
            'The regional roads authority said it disagreed with some of the findings and would challenge them.',
          ),
          p(
            'Матеріали перевірки передано до Національного антикорупційного бюро.',
            'Материалы проверки переданы в Национальное антикоррупционное бюро.',
            'The findings have been sent to the National Anti-Corruption Bureau.',
          ),
        ],
        more: [
          p(
            'Дорожні контракти залишаються однією з найризикованіших сфер публічних закупівель. Громадські організації радять громадам публікувати кошториси й фотографії об’єктів до і після ремонту.',
            'Дорожные контракты остаются одной из самых рискованных сфер публичных закупок. Общественные организации советуют громадам публиковать сметы и фотографии объектов до и после ремонта.',
            'Road contracts remain one of the riskiest areas of public procurement. Watchdog groups advise communities to publish cost estimates and before-and-after photographs of the work.',
          ),
          q(
            t(
              'Найкращий запобіжник — відкритість. Коли кошторис лежить у відкритому доступі, завищити ціну значно складніше.',
              'Лучшая защита — открытость. Когда смета лежит в открытом доступе, завысить цену гораздо сложнее.',
              'Openness is the best safeguard. When the cost estimate is public, it is much harder to inflate the price.',
            ),
            x.speaker(role('аналітик антикорупційної організації', 'аналітикиня антикорупційної організації', 'аналитик антикоррупционной организации', 'analyst at an anti-corruption group')),
          ),
        ],
      };
    },
  },
  {
    key: 'city-petition',
    section: 'politics',
    tags: ['local-government', 'public-transport', 'environment'],
    outlets: ['regional-news', 'open-city'],
    photos: ['city-council', 'tram', 'embankment'],
    write(x) {
      const c = x.city;
      const goal = x.pick(PETITIONS);
      const needed = x.step(2500, 10000, 500);
      const got = count(needed + x.step(40, 2400, 10), W.signature);
      const days = count(x.int(5, 40), W.day);
      const need = count(needed, W.signature);
      return {
        headline: t(
          `Мешканці ${c.uk.gen} просять ${goal.uk}`,
          `Жители ${c.ru.gen} просят ${goal.ru}`,
          `${c.en.nom} residents petition the council to ${goal.en}`,
        ),
        lead: t(
          `Електронна петиція зібрала ${got.uk} за ${days.uk}. Тепер її має розглянути міська рада.`,
          `Электронная петиция собрала ${got.ru} за ${days.ru}. Теперь её должен рассмотреть городской совет.`,
          `An online petition gathered ${got.en} in ${days.en}. The city council must now consider it.`,
        ),
        body: [
          p(
            `Щоб петицію розглянули на сесії, треба було зібрати ${need.uk}. Автори впоралися за ${days.uk}.`,
            `Чтобы петицию рассмотрели на сессии, нужно было собрать ${need.ru}. Авторы справились за ${days.ru}.`,
            `A petition needs ${need.en} to be debated by the council; this one reached the threshold in ${days.en}.`,
          ),
          p(
            'Автори посилаються на досвід інших європейських міст і пропонують почати з пілотного проєкту на пів року.',
            'Авторы ссылаются на опыт других европейских городов и предлагают начать с пилотного проекта на полгода.',
            'The petitioners cite the experience of other European cities and propose starting with a six-month pilot.',
          ),
          p(
            'У міській раді зазначили, що рішення ухвалять після консультацій із профільними департаментами й підрахунку витрат.',
            'В городском совете отметили, что решение примут после консультаций с профильными департаментами и подсчёта расходов.',
            'City officials said a decision would follow consultations with the relevant departments and an estimate of the costs.',
          ),
        ],
        more: [
          p(
            'Електронні петиції до органів місцевого самоврядування діють з 2015 року. Поріг підписів кожна громада встановлює у своєму статуті.',
            'Электронные петиции в органы местного самоуправления действуют с 2015 года. Порог подписей каждая громада устанавливает в своём уставе.',
            'Online petitions to local councils have existed since 2015. Each community sets its own signature threshold in its charter.',
          ),
          p(
            'Міська рада не зобов’язана виконати вимогу петиції, але має розглянути її та оприлюднити відповідь.',
            'Городской совет не обязан выполнить требование петиции, но должен рассмотреть её и обнародовать ответ.',
            'The council is not obliged to do what a petition asks, but it must consider it and publish a response.',
          ),
        ],
      };
    },
  },
  {
    key: 'voter-register',
    section: 'politics',
    tags: ['elections', 'displaced-people', 'reforms'],
    outlets: ['meridian'],
    citing: [t('з посиланням на Центральну виборчу комісію', 'со ссылкой на Центральную избирательную комиссию', 'citing the Central Election Commission')],
    photos: ['ballot-box'],
    write(x) {
      const n = x.step(120, 980, 10);
      const months = count(x.int(3, 8), W.month);
      return {
        headline: t(
          `ЦВК оновила Державний реєстр виборців: виправлено ${n} тис. записів`,
          `ЦИК обновила Государственный реестр избирателей: исправлено ${n} тыс. записей`,
          `Election commission corrects ${n},000 entries in the voter register`,
        ),
        lead: t(
          `Перевірка тривала ${months.uk} й стосувалася насамперед виборців, які змінили місце проживання.`,
          `Проверка длилась ${months.ru} и касалась прежде всего избирателей, сменивших место жительства.`,
          `The review took ${months.en} and focused on voters who have moved home.`,
        ),
        body: [
          p(
            'Центральна виборча комісія завершила звіряння Державного реєстру виборців із демографічним реєстром і базою даних внутрішньо переміщених осіб.',
            'Центральная избирательная комиссия завершила сверку Государственного реестра избирателей с демографическим реестром и базой данных внутренне перемещённых лиц.',
            'The Central Election Commission has finished cross-checking the voter register against the population register and the database of internally displaced people.',
          ),
          p(
            'Найбільше виправлень стосується адрес: мільйони людей виїхали з домівок, і їхні дані в реєстрі застаріли.',
            'Больше всего исправлений касается адресов: миллионы людей уехали из своих домов, и их данные в реестре устарели.',
            'Most of the corrections concern addresses: millions of people have left their homes, and their details are out of date.',
          ),
          p(
            'У комісії наголошують, що оновлення не пов’язане з конкретною датою виборів: реєстр ведеться безперервно.',
            'В комиссии подчёркивают, что обновление не связано с конкретной датой выборов: реестр ведётся непрерывно.',
            'The commission stressed that the update is not tied to any election date: the register is maintained continuously.',
          ),
        ],
        more: [
          p(
            'Перевірити свої дані можна онлайн в особистому кабінеті виборця. Якщо адреса неправильна, заяву подають до органу ведення реєстру за місцем фактичного проживання.',
            'Проверить свои данные можно онлайн в личном кабинете избирателя. Если адрес указан неверно, заявление подают в орган ведения реестра по месту фактического проживания.',
            'Voters can check their details online. If the address is wrong, they can ask the register office where they now live to change it.',
          ),
          p(
            'Експерти вважають актуальний реєстр однією з умов чесних повоєнних виборів.',
            'Эксперты считают актуальный реестр одним из условий честных послевоенных выборов.',
            'Experts see an up-to-date register as a precondition for fair post-war elections.',
          ),
        ],
      };
    },
  },
  {
    key: 'committee-hearing',
    section: 'politics',
    tags: ['parliament', 'local-government', 'decentralisation', 'reforms'],
    outlets: ['meridian', 'regional-news'],
    photos: ['parliament-hall', 'summit-table'],
    write(x) {
      const topic = x.pick(HEARINGS);
      const n = x.int(14, 86);
      const heads = countGen(n, W.community);
      const months = count(x.int(2, 6), W.month);
      return {
        headline: t(
          `Парламентський комітет провів слухання щодо ${topic.uk}`,
          `Парламентский комитет провёл слушания по вопросам ${topic.ru}`,
          `MPs hold hearings on ${topic.en}`,
        ),
        lead: t(
          `В обговоренні взяли участь голови ${heads.uk}, експерти та представники міністерств.`,
          `В обсуждении приняли участие главы ${heads.ru}, эксперты и представители министерств.`,
          `Leaders of ${count(n, W.community).en}, experts and ministry officials took part.`,
        ),
        body: [
          p(
            'Слухання тривали понад чотири години. Учасники погодилися, що чинні правила застаріли й потребують змін.',
            'Слушания продолжались более четырёх часов. Участники сошлись во мнении, что действующие правила устарели и требуют изменений.',
            'The hearings lasted more than four hours. Participants agreed that the current rules are outdated and need changing.',
          ),
          p(
            'Голови громад скаржилися на брак кадрів і коштів, а також на те, що рішення ухвалюють без урахування місцевої специфіки.',
            'Главы громад жаловались на нехватку кадров и средств, а также на то, что решения принимают без учёта местной специфики.',
            'Community leaders complained of shortages of staff and money, and of decisions taken without regard for local conditions.',
          ),
          q(
            t(
              'Нам не потрібні нові повноваження на папері. Нам потрібні люди, гроші й зрозумілі правила.',
              'Нам не нужны новые полномочия на бумаге. Нам нужны люди, деньги и понятные правила.',
              'We do not need new powers on paper. We need people, money and clear rules.',
            ),
            x.speaker(role('голова громади', 'голова громади', 'глава громады', 'community leader')),
          ),
          p(
            'За підсумками слухань комітет підготує рекомендації для уряду.',
            'По итогам слушаний комитет подготовит рекомендации для правительства.',
            'The committee will now draw up recommendations for the government.',
          ),
        ],
        more: [
          p(
            'Рекомендації комітету не мають обов’язкової сили, але часто стають основою нових законопроєктів.',
            'Рекомендации комитета не имеют обязательной силы, но часто становятся основой новых законопроектов.',
            'The committee’s recommendations are not binding, but they often form the basis of new bills.',
          ),
          p(
            `Наступні слухання заплановано через ${months.uk}: на них мають прозвітувати профільні міністерства.`,
            `Следующие слушания запланированы через ${months.ru}: на них должны отчитаться профильные министерства.`,
            `Further hearings are planned in ${months.en}, when the ministries concerned are due to report back.`,
          ),
        ],
      };
    },
  },
];
