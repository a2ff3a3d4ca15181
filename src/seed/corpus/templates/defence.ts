import { cap, count, countGen, p, pct, q, role, t, uah, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/defence.json' with { type: 'json' };

/** Regions where farmland was mined: the demining template is set only there. */
const MINED = new Set(['kyiv', 'kharkiv', 'chernihiv', 'mykolaiv', 'zaporizhzhia', 'dnipro', 'odesa', 'zhytomyr']);

const PRODUCTS = TEXTS.PRODUCTS;

export const DEFENCE: Template[] = [
  {
    key: 'drone-appeal',
    section: 'defence',
    tags: ['drones', 'volunteering'],
    outlets: ['defence-review', 'regional-news'],
    photos: ['drone-workshop'],
    write(x) {
      const c = x.city;
      const drones = count(x.step(20, 300, 5), W.drone);
      const money = uah(x.dec(1.2, 24));
      const days = count(x.int(6, 45), W.day);
      return {
        headline: t(
          `Волонтери ${c.uk.gen} передали військовим ${drones.uk}`,
          `Волонтёры ${c.ru.gen} передали военным ${drones.ru}`,
          `Volunteers ${c.en.from} hand over ${drones.en} to frontline troops`,
        ),
        lead: t(
          `Понад ${money.uk} на техніку мешканці міста зібрали за ${days.uk}.`,
          `Более ${money.ru} на технику жители города собрали за ${days.ru}.`,
          `Residents raised more than ${money.en} for the equipment in ${days.en}.`,
        ),
        body: [
          p(
            'Збір оголосила громадська організація, яка з 2022 року постачає військовим засоби зв’язку та розвідки. Дрони передали одній з бригад Сил оборони.',
            'Сбор объявила общественная организация, которая с 2022 года поставляет военным средства связи и разведки. Дроны передали одной из бригад Сил обороны.',
            'The appeal was run by a civic group that has supplied the military with communications and reconnaissance equipment since 2022. The drones went to a brigade of the armed forces.',
          ),
          p(
            'До комплекту входять запасні акумулятори, пульти керування й окуляри для пілотів. Частину дронів зібрали в місцевій майстерні.',
            'В комплект входят запасные аккумуляторы, пульты управления и очки для пилотов. Часть дронов собрали в местной мастерской.',
            'The kits include spare batteries, controllers and goggles for the pilots. Some of the drones were assembled in a local workshop.',
          ),
          q(
            t(
              'Кожна гривня тут — це чиясь відмова від кави чи нової куртки. Люди втомилися, але не зупиняються.',
              'Каждая гривна здесь — это чей-то отказ от кофе или новой куртки. Люди устали, но не останавливаются.',
              'Every hryvnia here is someone going without a coffee or a new coat. People are tired, but they keep going.',
            ),
            x.speaker(role('координатор збору', 'координаторка збору', 'координатор сбора', 'organiser of the appeal')),
          ),
          p(
            'Наступний збір волонтери оголосять на ремонт пікапів для евакуації поранених.',
            'Следующий сбор волонтёры объявят на ремонт пикапов для эвакуации раненых.',
            'The volunteers’ next appeal will pay for repairs to pick-up trucks used to evacuate the wounded.',
          ),
        ],
        more: [
          p(
            'Дрони залишаються однією з головних потреб війська. За оцінками волонтерів, підрозділи на передовій втрачають десятки апаратів щотижня.',
            'Дроны остаются одной из главных потребностей армии. По оценкам волонтёров, подразделения на передовой теряют десятки аппаратов каждую неделю.',
            'Drones remain one of the army’s most pressing needs. Volunteers estimate that frontline units lose dozens every week.',
          ),
          p(
            'Звіти про витрати організація публікує на своїй сторінці після кожного збору.',
            'Отчёты о расходах организация публикует на своей странице после каждого сбора.',
            'The group publishes an account of its spending after every appeal.',
          ),
        ],
      };
    },
  },
  {
    key: 'farmland-demining',
    section: 'defence',
    tags: ['demining', 'agriculture', 'civil-protection'],
    outlets: ['defence-review', 'agro-news', 'meridian'],
    citing: [t('з посиланням на ДСНС', 'со ссылкой на ГСЧС', 'citing the State Emergency Service')],
    photos: ['demining', 'wheat-field'],
    write(x) {
      const c = x.cityWhere((city) => MINED.has(city.key));
      const ha = x.step(200, 4800, 10);
      const hectares = count(ha, W.hectare);
      const found = count(x.int(40, 900), W.explosive);
      const months = count(x.int(2, 7), W.month);
      const villages = countGen(x.int(5, 24), W.village);
      return {
        headline: t(
          `Сапери повернули фермерам ${hectares.uk} землі ${c.uk.regionLoc}`,
          `Саперы вернули фермерам ${hectares.ru} земли ${c.ru.regionLoc}`,
          `Deminers clear ${hectares.en} of farmland ${c.en.regionLoc}`,
        ),
        lead: t(
          `Піротехніки знешкодили ${found.uk}. Частину полів засіють уже в найближчий сезон.`,
          `Пиротехники обезвредили ${found.ru}. Часть полей засеют уже в ближайший сезон.`,
          `Bomb disposal teams made safe ${found.en}. Some of the fields will be sown as soon as next season.`,
        ),
        body: [
          p(
            `Роботи тривали ${months.uk} й охопили поля навколо ${villages.uk}.`,
            `Работы длились ${months.ru} и охватили поля вокруг ${villages.ru}.`,
            `The work took ${months.en} and covered fields around ${villages.en}.`,
          ),
          p(
            'Перед розмінуванням фахівці провели нетехнічне обстеження: опитали місцевих мешканців і вивчили знімки з дронів.',
            'Перед разминированием специалисты провели нетехническое обследование: опросили местных жителей и изучили снимки с дронов.',
            'Before clearing the land, specialists carried out a non-technical survey, interviewing local people and studying drone imagery.',
          ),
          p(
            'Роботи профінансовано з державної програми, яка компенсує фермерам вартість розмінування сільськогосподарських земель.',
            'Работы профинансированы из государственной программы, которая компенсирует фермерам стоимость разминирования сельскохозяйственных земель.',
            'The work was paid for through a state scheme that covers the cost of clearing farmland.',
          ),
          q(
            t(
              'Найнебезпечніше — узбіччя польових доріг і лісосмуги. Саме там ми знаходимо найбільше.',
              'Опаснее всего — обочины полевых дорог и лесополосы. Именно там мы находим больше всего.',
              'The most dangerous places are the edges of farm tracks and the tree belts between fields. That is where we find the most.',
            ),
            x.speaker(role('керівник групи розмінування', 'керівниця групи розмінування', 'руководитель группы разминирования', 'head of the demining team')),
          ),
        ],
        more: [
          p(
            'Потенційно забрудненими вибухонебезпечними предметами в Україні досі вважаються мільйони гектарів. Розмінування триватиме роками.',
            'Потенциально загрязнёнными взрывоопасными предметами в Украине до сих пор считаются миллионы гектаров. Разминирование продлится годами.',
            'Millions of hectares in Ukraine are still considered potentially contaminated with explosives. Clearing them will take years.',
          ),
          p(
            'Рятувальники нагадують: побачивши підозрілий предмет, не торкайтеся його й телефонуйте 101.',
            'Спасатели напоминают: увидев подозрительный предмет, не трогайте его и звоните 101.',
            'Rescuers remind people not to touch any suspicious object and to call 101.',
          ),
        ],
      };
    },
  },
  {
    key: 'defence-output',
    section: 'defence',
    tags: ['defence-industry', 'drones'],
    outlets: ['defence-review', 'economic-herald'],
    citing: [t('з посиланням на Міністерство оборони', 'со ссылкой на Министерство обороны', 'citing the defence ministry')],
    photos: ['drone-workshop'],
    write(x) {
      const product = x.pick(PRODUCTS);
      const growth = pct(x.int(15, 80), 0);
      const firms = count(x.int(12, 64), W.company);
      const days = countGen(x.int(14, 35), W.day);
      return {
        headline: t(
          `Виробництво ${product.uk} в Україні за пів року зросло на ${growth.uk}`,
          `Производство ${product.ru} в Украине за полгода выросло на ${growth.ru}`,
          `Ukrainian production of ${product.en} up ${growth.en} in six months`,
        ),
        lead: t(
          `Контракти отримали ${firms.uk}, більшість із них — невеликі приватні виробники.`,
          `Контракты получили ${firms.ru}, большинство из них — небольшие частные производители.`,
          `Contracts went to ${firms.en}, most of them small private manufacturers.`,
        ),
        body: [
          p(
            `Про це повідомили в Міністерстві оборони. Порівняно з попереднім пів роком випуск ${product.uk} зріс на ${growth.uk}.`,
            `Об этом сообщили в Министерстве обороны. По сравнению с предыдущим полугодием выпуск ${product.ru} вырос на ${growth.ru}.`,
            `The defence ministry said output of ${product.en} was ${growth.en} higher than in the previous six months.`,
          ),
          p(
            `Закупівлі проводять через електронну систему, що дозволило скоротити час від подання заявки до підписання контракту до ${days.uk}.`,
            `Закупки проводят через электронную систему, что позволило сократить время от подачи заявки до подписания контракта до ${days.ru}.`,
            `Purchases go through an electronic system, which has cut the time from bid to signed contract to ${days.en}.`,
          ),
          p(
            'Виробники скаржаться на брак інженерів і затримки з імпортом комплектувальних. У міністерстві обіцяють розширити програму пільгових кредитів для галузі.',
            'Производители жалуются на нехватку инженеров и задержки с импортом комплектующих. В министерстве обещают расширить программу льготных кредитов для отрасли.',
            'Manufacturers complain of a shortage of engineers and delays in importing components. The ministry has promised to expand a cheap-loan scheme for the industry.',
          ),
          q(
            t(
              'Ми можемо виробляти втричі більше, якщо матимемо довгострокові контракти. Планувати на місяць уперед неможливо.',
              'Мы можем производить втрое больше, если у нас будут долгосрочные контракты. Планировать на месяц вперёд невозможно.',
              'We could produce three times as much with long-term contracts. You cannot plan a month at a time.',
            ),
            x.speaker(role('директор компанії-виробника', 'директорка компанії-виробника', 'директор компании-производителя', 'head of a manufacturer')),
          ),
        ],
        more: [
          p(
            'Частину продукції вже закуповують за кошти партнерів: кілька європейських країн фінансують замовлення безпосередньо в українських компаній.',
            'Часть продукции уже закупают за средства партнёров: несколько европейских стран финансируют заказы непосредственно у украинских компаний.',
            'Some of the output is already bought with partners’ money: several European countries fund orders directly from Ukrainian firms.',
          ),
          p(
            'Експерти радять державі публікувати більше даних про закупівлі, не розкриваючи чутливої інформації, щоб зберегти довіру до галузі.',
            'Эксперты советуют государству публиковать больше данных о закупках, не раскрывая чувствительной информации, чтобы сохранить доверие к отрасли.',
            'Analysts urge the state to publish more procurement data, without revealing anything sensitive, to keep public trust in the industry.',
          ),
        ],
      };
    },
  },
  {
    key: 'veterans-hub',
    section: 'defence',
    tags: ['veterans', 'mental-health', 'jobs'],
    outlets: ['regional-news', 'defence-review'],
    citing: [t('з посиланням на міську раду', 'со ссылкой на городской совет', 'citing the city council')],
    photos: ['veterans-hub'],
    write(x) {
      const c = x.city;
      const area = x.step(120, 900, 10);
      const visitors = x.step(60, 400, 10);
      return {
        headline: t(
          `${cap(c.uk.loc)} відкрили ветеранський простір із психологами та юристами`,
          `${cap(c.ru.loc)} открыли ветеранское пространство с психологами и юристами`,
          `Veterans’ centre with psychologists and lawyers opens ${c.en.loc}`,
        ),
        lead: t(
          'Тут можна отримати консультацію, пройти навчання або просто випити кави з побратимами. Усі послуги безкоштовні.',
          'Здесь можно получить консультацию, пройти обучение или просто выпить кофе с побратимами. Все услуги бесплатны.',
          'Veterans can get advice, take a course or simply have a coffee with comrades. Everything is free.',
        ),
        body: [
          p(
            `Простір площею ${area} м² розмістився в оновленому приміщенні колишньої бібліотеки. Ремонт профінансували міська рада й міжнародний фонд.`,
            `Пространство площадью ${area} м² разместилось в обновлённом помещении бывшей библиотеки. Ремонт профинансировали городской совет и международный фонд.`,
            `The ${area} sq m centre occupies a refurbished former library. The city council and an international foundation paid for the work.`,
          ),
          p(
            'Щодня тут чергують психолог, юрист і фахівець із працевлаштування. Для родин ветеранів діє окрема програма підтримки.',
            'Ежедневно здесь дежурят психолог, юрист и специалист по трудоустройству. Для семей ветеранов действует отдельная программа поддержки.',
            'A psychologist, a lawyer and an employment adviser are on hand every day, and there is a separate support programme for veterans’ families.',
          ),
          q(
            t(
              'Ветеранам не потрібна жалість. Їм потрібне місце, де їх розуміють, і люди, які допоможуть розв’язати конкретні проблеми.',
              'Ветеранам не нужна жалость. Им нужно место, где их понимают, и люди, которые помогут решить конкретные проблемы.',
              'Veterans don’t need pity. They need a place where they are understood and people who can help sort out real problems.',
            ),
            x.speaker(role('ветеран, адміністратор простору', 'ветеранка, адміністраторка простору', 'ветеран, администратор пространства', 'veteran and the centre’s manager')),
          ),
          p(
            `У перші дні простір відвідали понад ${visitors} людей.`,
            `В первые дни пространство посетили более ${visitors} человек.`,
            `More than ${visitors} people visited in the first few days.`,
          ),
        ],
        more: [
          p(
            'Подібні простори вже працюють у багатьох громадах. Міністерство у справах ветеранів планує створити таку мережу в кожному районному центрі.',
            'Подобные пространства уже работают во многих громадах. Министерство по делам ветеранов планирует создать такую сеть в каждом районном центре.',
            'Similar centres already operate in many communities, and the veterans’ affairs ministry plans to have one in every district centre.',
          ),
          p('Серед послуг простору:', 'Среди услуг пространства:', 'Services include:'),
          ul(
            t('консультації психолога', 'консультации психолога', 'counselling'),
            t('юридична допомога з оформленням статусу й виплат', 'юридическая помощь с оформлением статуса и выплат', 'legal help with status and benefit claims'),
            t('курси IT та підприємництва', 'курсы IT и предпринимательства', 'IT and business courses'),
            t('спортивна зала та групи реабілітації', 'спортзал и группы реабилитации', 'a gym and rehabilitation groups'),
          ),
        ],
      };
    },
  },
  {
    key: 'first-aid-course',
    section: 'defence',
    tags: ['civil-protection', 'volunteering', 'education'],
    outlets: ['regional-news', 'medical-weekly'],
    photos: ['shelter', 'veterans-hub'],
    write(x) {
      const c = x.city;
      const n = x.step(60, 900, 10);
      return {
        headline: t(
          `${cap(c.uk.loc)} понад ${n} цивільних пройшли курс домедичної допомоги`,
          `${cap(c.ru.loc)} более ${n} гражданских прошли курс домедицинской помощи`,
          `More than ${n} civilians ${c.en.loc} complete first-aid training`,
        ),
        lead: t(
          'Учасників навчили зупиняти кровотечу, накладати турнікет і діяти під час обстрілу.',
          'Участников научили останавливать кровотечение, накладывать турникет и действовать во время обстрела.',
          'Participants learned to stop bleeding, apply a tourniquet and keep themselves safe during shelling.',
        ),
        body: [
          p(
            'Навчання організувала міська рада разом з інструкторами з тактичної медицини. Заняття проходили вечорами та у вихідні, щоб долучитися могли працюючі люди.',
            'Обучение организовал городской совет вместе с инструкторами по тактической медицине. Занятия проходили по вечерам и в выходные, чтобы присоединиться могли работающие люди.',
            'The city council organised the course with tactical medicine instructors. Classes ran in the evenings and at weekends so that people with jobs could attend.',
          ),
          p(
            'Кожен учасник отримав сертифікат та аптечку. Найбільше на курс записувалися вчителі, водії громадського транспорту та працівники ЦНАПів.',
            'Каждый участник получил сертификат и аптечку. Больше всего на курс записывались учителя, водители общественного транспорта и сотрудники ЦПАУ.',
            'Each participant received a certificate and a first-aid kit. Teachers, bus and tram drivers and council service-centre staff made up the largest groups.',
          ),
          q(
            t(
              'Перші хвилини вирішують усе. Людина, яка не розгубилася й наклала турнікет, рятує життя до приїзду медиків.',
              'Первые минуты решают всё. Человек, который не растерялся и наложил турникет, спасает жизнь до приезда медиков.',
              'The first few minutes decide everything. Someone who keeps calm and applies a tourniquet saves a life before the paramedics arrive.',
            ),
            x.speaker(role('інструктор із тактичної медицини', 'інструкторка з тактичної медицини', 'инструктор по тактической медицине', 'tactical medicine instructor')),
          ),
          p(
            'Наступний набір стартує за місяць, записатися можна в ЦНАПі або онлайн.',
            'Следующий набор стартует через месяц, записаться можно в ЦПАУ или онлайн.',
            'The next course starts in a month; people can sign up online or at a council service centre.',
          ),
        ],
        more: [
          p(
            'Навички домедичної допомоги стали обов’язковими для багатьох професій. З наступного року курс планують запровадити й у старших класах шкіл.',
            'Навыки домедицинской помощи стали обязательными для многих профессий. Со следующего года курс планируют ввести и в старших классах школ.',
            'First-aid skills have become mandatory in many jobs, and the course is to be introduced for older pupils in schools from next year.',
          ),
          p(
            'Інструктори радять повторювати навчання щороку: без практики навички швидко забуваються.',
            'Инструкторы советуют повторять обучение ежегодно: без практики навыки быстро забываются.',
            'Instructors recommend a refresher every year, as skills fade quickly without practice.',
          ),
        ],
      };
    },
  },
  {
    key: 'shelter-inspection',
    section: 'defence',
    tags: ['civil-protection', 'education', 'local-government'],
    outlets: ['regional-news', 'open-city'],
    citing: [t('з посиланням на ДСНС', 'со ссылкой на ГСЧС', 'citing the State Emergency Service')],
    photos: ['shelter'],
    write(x) {
      const c = x.city;
      const shelters = count(x.step(80, 1400, 10), W.shelter);
      const bad = pct(x.int(8, 31), 0);
      const days = count(x.pick([14, 30, 45]), W.day);
      return {
        headline: t(
          `${cap(c.uk.loc)} перевірили ${shelters.uk}: ${bad.uk} потребують ремонту`,
          `${cap(c.ru.loc)} проверили ${shelters.ru}: ${bad.ru} нуждаются в ремонте`,
          `${bad.en} of shelters ${c.en.loc} need repairs, inspection finds`,
        ),
        lead: t(
          'Найчастіше інспектори фіксували відсутність вентиляції, запасних виходів і доступу для людей з інвалідністю.',
          'Чаще всего инспекторы фиксировали отсутствие вентиляции, запасных выходов и доступа для людей с инвалидностью.',
          'Inspectors most often found no ventilation, no emergency exits and no access for disabled people.',
        ),
        body: [
          p(
            'Перевірку провели фахівці ДСНС разом із представниками міської ради та громадських організацій. Обстеження охопило укриття в школах, лікарнях і житлових будинках.',
            'Проверку провели специалисты ГСЧС вместе с представителями городского совета и общественных организаций. Обследование охватило укрытия в школах, больницах и жилых домах.',
            'Emergency service specialists carried out the inspection with council officials and civic groups. It covered shelters in schools, hospitals and blocks of flats.',
          ),
          p(
            `Укриття, які визнали непридатними, позначили на міській мапі. Власникам будівель дали ${days.uk} на усунення порушень.`,
            `Укрытия, признанные непригодными, отметили на городской карте. Владельцам зданий дали ${days.ru} на устранение нарушений.`,
            `Shelters found unfit have been marked on the city map, and building owners have been given ${days.en} to put things right.`,
          ),
          p(
            'Актуальну мапу укриттів можна переглянути на сайті міської ради та в міському застосунку.',
            'Актуальную карту укрытий можно посмотреть на сайте городского совета и в городском приложении.',
            'An up-to-date map of shelters is available on the council’s website and in the city app.',
          ),
        ],
        more: [
          q(
            t(
              'Укриття має бути відчиненим і готовим цілодобово. Зачинені двері під час тривоги — це пряме порушення.',
              'Укрытие должно быть открыто и готово круглосуточно. Закрытая дверь во время тревоги — это прямое нарушение.',
              'A shelter must be open and ready around the clock. A locked door during an air-raid alert is a clear breach of the rules.',
            ),
            x.speaker(role('начальник управління з питань надзвичайних ситуацій', 'начальниця управління з питань надзвичайних ситуацій', 'начальник управления по вопросам чрезвычайных ситуаций', 'head of the city’s emergencies department')),
          ),
          p(
            'Мешканці можуть повідомити про зачинене чи занедбане укриття через гарячу лінію міської ради.',
            'Жители могут сообщить о закрытом или заброшенном укрытии через горячую линию городского совета.',
            'Residents can report a locked or neglected shelter through the council’s hotline.',
          ),
        ],
      };
    },
  },
];
