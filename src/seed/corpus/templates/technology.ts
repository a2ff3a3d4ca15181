import { count, countGen, fmt, num, p, pct, q, role, t, ul, usd, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/technology.json' with { type: 'json' };

const PRODUCTS = TEXTS.PRODUCTS;

const APP_SERVICES = TEXTS.APP_SERVICES;

export const TECHNOLOGY: Template[] = [
  {
    key: 'startup-round',
    section: 'technology',
    tags: ['startups', 'artificial-intelligence', 'exports'],
    outlets: ['tech-review', 'economic-herald'],
    photos: ['startup-office'],
    write(x) {
      const c = x.city;
      const product = x.pick(PRODUCTS);
      const money = usd(x.dec(0.6, 24));
      const staff = count(x.int(12, 140), W.people);
      const years = count(x.int(2, 6), W.year);
      return {
        headline: t(
          `Стартап ${c.uk.from} залучив ${money.uk} інвестицій`,
          `Стартап ${c.ru.from} привлёк ${money.ru} инвестиций`,
          `${c.en.nom} start-up raises ${money.en} from European investors`,
        ),
        lead: t(
          `Компанія розробляє ${product.uk}. Раунд очолив європейський венчурний фонд.`,
          `Компания разрабатывает ${product.ru}. Раунд возглавил европейский венчурный фонд.`,
          `The company is developing ${product.en}. A European venture capital fund led the round.`,
        ),
        body: [
          p(
            `Залучені кошти підуть на вихід на ринки Польщі та Німеччини і розширення команди. Зараз у компанії працює ${staff.uk}.`,
            `Привлечённые средства пойдут на выход на рынки Польши и Германии и расширение команды. Сейчас в компании работает ${staff.ru}.`,
            `The money will pay for expansion into Poland and Germany and for new hires. The company currently employs ${staff.en}.`,
          ),
          p(
            `Стартап заснували ${years.uk} тому двоє випускників місцевого університету. Першими клієнтами стали українські компанії, які шукали заміну іноземним сервісам.`,
            `Стартап основали ${years.ru} назад двое выпускников местного университета. Первыми клиентами стали украинские компании, искавшие замену иностранным сервисам.`,
            `Two graduates of a local university founded the company ${years.en} ago. Its first customers were Ukrainian firms looking for alternatives to foreign services.`,
          ),
          q(
            t(
              'Інвестори довго сумнівалися, чи можна будувати бізнес в Україні під час війни. Наші цифри їх переконали.',
              'Инвесторы долго сомневались, можно ли строить бизнес в Украине во время войны. Наши цифры их убедили.',
              'Investors long doubted whether you could build a business in Ukraine in wartime. Our numbers convinced them.',
            ),
            x.speaker(role('співзасновник стартапу', 'співзасновниця стартапу', 'сооснователь стартапа', 'co-founder of the start-up')),
          ),
          p(
            'Український венчурний ринок поступово відновлюється: найбільше інвесторів цікавлять оборонні технології, агротех та освіта.',
            'Украинский венчурный рынок постепенно восстанавливается: больше всего инвесторов интересуют оборонные технологии, агротех и образование.',
            'Ukraine’s venture capital market is gradually recovering, with defence technology, agritech and education attracting the most interest.',
          ),
        ],
        more: [
          p(
            'Серед головних проблем засновники називають брак досвідчених менеджерів із продажу та складнощі з поїздками на міжнародні конференції.',
            'Среди главных проблем основатели называют нехватку опытных менеджеров по продажам и сложности с поездками на международные конференции.',
            'Founders cite a shortage of experienced sales managers and the difficulty of travelling to international conferences as their main problems.',
          ),
          p(
            'Наступний раунд інвестицій компанія планує залучати через півтора-два роки.',
            'Следующий раунд инвестиций компания планирует привлекать через полтора-два года.',
            'The company plans its next funding round in 18 months to two years.',
          ),
        ],
      };
    },
  },
  {
    key: 'ddos-attack',
    section: 'technology',
    tags: ['cybersecurity', 'digital-services'],
    outlets: ['tech-review', 'meridian'],
    citing: [t('з посиланням на урядову команду реагування на кіберінциденти', 'со ссылкой на правительственную команду реагирования на киберинциденты', 'citing the government’s cyber incident response team')],
    photos: ['server-room'],
    write(x) {
      const n = x.int(12, 80);
      const sites = count(n, W.website);
      const hours = countGen(x.int(3, 9), W.hour);
      return {
        headline: t(
          `Фахівці відбили DDoS-атаку на ${sites.uk} органів влади`,
          `Специалисты отразили DDoS-атаку на ${sites.ru} органов власти`,
          `Experts fend off DDoS attack on ${n} official websites`,
        ),
        lead: t(
          `Атака тривала близько ${hours.uk}. Дані користувачів не постраждали, запевняють у команді реагування.`,
          `Атака длилась около ${hours.ru}. Данные пользователей не пострадали, заверяют в команде реагирования.`,
          `The attack lasted about ${hours.en}. No user data was affected, the response team said.`,
        ),
        body: [
          p(
            'Пік навантаження припав на ранкові години, коли сайти отримували мільйони запитів за хвилину. Деякі з них були недоступні впродовж короткого часу.',
            'Пик нагрузки пришёлся на утренние часы, когда сайты получали миллионы запросов в минуту. Некоторые из них были недоступны в течение короткого времени.',
            'The attack peaked in the morning, when the sites were receiving millions of requests a minute. Some were briefly unavailable.',
          ),
          p(
            'Відповідальність за атаку взяло на себе хакерське угруповання, пов’язане з Росією.',
            'Ответственность за атаку взяла на себя хакерская группировка, связанная с Россией.',
            'A Russia-linked hacking group claimed responsibility.',
          ),
          p(
            'Фахівці нагадують: DDoS-атаки рідко загрожують даним, але можуть на години паралізувати роботу сервісів.',
            'Специалисты напоминают: DDoS-атаки редко угрожают данным, но могут на часы парализовать работу сервисов.',
            'Experts point out that DDoS attacks rarely put data at risk but can paralyse services for hours.',
          ),
          q(
            t(
              'Ми бачимо десятки таких атак щомісяця. Більшість із них користувачі навіть не помічають.',
              'Мы видим десятки таких атак каждый месяц. Большинство из них пользователи даже не замечают.',
              'We see dozens of attacks like this every month. Most users never even notice.',
            ),
            x.speaker(role('аналітик з кібербезпеки', 'аналітикиня з кібербезпеки', 'аналитик по кибербезопасности', 'cybersecurity analyst')),
          ),
        ],
        more: [
          p('Що радять фахівці з кібербезпеки:', 'Что советуют специалисты по кибербезопасности:', 'Cybersecurity specialists advise:'),
          ul(
            t('вмикати двофакторну автентифікацію в усіх сервісах', 'включать двухфакторную аутентификацию во всех сервисах', 'turning on two-factor authentication everywhere'),
            t('не переходити за посиланнями з підозрілих повідомлень', 'не переходить по ссылкам из подозрительных сообщений', 'not clicking links in suspicious messages'),
            t('регулярно оновлювати програми та операційну систему', 'регулярно обновлять программы и операционную систему', 'keeping apps and operating systems up to date'),
          ),
        ],
      };
    },
  },
  {
    key: 'app-service',
    section: 'technology',
    tags: ['digital-services', 'reforms'],
    outlets: ['tech-review', 'meridian'],
    citing: [t('з посиланням на Міністерство цифрової трансформації', 'со ссылкой на Министерство цифровой трансформации', 'citing the digital transformation ministry')],
    photos: ['phone-app'],
    write(x) {
      const service = x.pick(APP_SERVICES);
      const users = x.int(12, 180);
      const days = countGen(x.int(1, 5), W.day);
      return {
        headline: t(
          `Державний застосунок запустив нову послугу: ${service.uk}`,
          `Государственное приложение запустило новую услугу: ${service.ru}`,
          `Government app now handles ${service.en}`,
        ),
        lead: t(
          `За перший тиждень послугою скористалися понад ${users} тис. людей. Раніше для цього доводилося йти до установи.`,
          `За первую неделю услугой воспользовались более ${users} тыс. человек. Раньше для этого приходилось идти в учреждение.`,
          `More than ${users},000 people used it in the first week. Previously it meant a trip to an office.`,
        ),
        body: [
          p(
            'Послуга доступна в мобільному застосунку та на порталі державних послуг. Для входу потрібен електронний підпис або банківська авторизація.',
            'Услуга доступна в мобильном приложении и на портале государственных услуг. Для входа нужна электронная подпись или банковская авторизация.',
            'The service is available in the mobile app and on the public services portal. Users sign in with a digital signature or through their bank.',
          ),
          p(
            `Документ надходить у застосунок протягом ${days.uk} і має таку саму юридичну силу, як паперовий.`,
            `Документ поступает в приложение в течение ${days.ru} и имеет такую же юридическую силу, как бумажный.`,
            `The document arrives in the app within ${days.en} and has the same legal force as a paper one.`,
          ),
          p(
            'До кінця року в застосунку обіцяють додати ще кілька послуг, зокрема для підприємців.',
            'До конца года в приложении обещают добавить ещё несколько услуг, в том числе для предпринимателей.',
            'More services, including some for businesses, are promised by the end of the year.',
          ),
          q(
            t(
              'Ми тестували послугу разом із користувачами, щоб її зрозуміла навіть людина, яка вперше відкрила застосунок.',
              'Мы тестировали услугу вместе с пользователями, чтобы её понял даже человек, впервые открывший приложение.',
              'We tested the service with users so that even someone opening the app for the first time would understand it.',
            ),
            x.speaker(role('керівник продукту', 'керівниця продукту', 'руководитель продукта', 'product lead')),
          ),
        ],
        more: [
          p(
            'Державним застосунком користуються понад 20 мільйонів людей. Він став одним із символів цифровізації країни.',
            'Государственным приложением пользуются более 20 миллионов человек. Оно стало одним из символов цифровизации страны.',
            'More than 20 million people use the government app, which has become a symbol of the country’s digital push.',
          ),
          p(
            'Фахівці з кібербезпеки нагадують: встановлювати застосунок слід лише з офіційних магазинів.',
            'Специалисты по кибербезопасности напоминают: устанавливать приложение следует только из официальных магазинов.',
            'Security experts remind users to install the app only from official stores.',
          ),
        ],
      };
    },
  },
  {
    key: 'mobile-backup',
    section: 'technology',
    tags: ['mobile-networks', 'energy'],
    outlets: ['tech-review', 'regional-news'],
    photos: ['cell-tower'],
    write(x) {
      const c = x.city;
      const n = x.step(300, 4200, 10);
      const stations = count(n, W.baseStation);
      const hours = countGen(x.int(4, 10), W.hour);
      return {
        headline: t(
          `Оператори забезпечили резервним живленням ${stations.uk} ${c.uk.regionLoc}`,
          `Операторы обеспечили резервным питанием ${stations.ru} ${c.ru.regionLoc}`,
          `Mobile operators add backup power to ${fmt(n, 'en')} masts ${c.en.regionLoc}`,
        ),
        lead: t(
          `Під час відключень світла зв’язок і мобільний інтернет працюватимуть до ${hours.uk}.`,
          `Во время отключений света связь и мобильный интернет будут работать до ${hours.ru}.`,
          `Calls and mobile data will keep working for up to ${hours.en} during power cuts.`,
        ),
        body: [
          p(
            'Оператори встановили нові акумулятори та генератори на вежах у містах і вздовж головних трас.',
            'Операторы установили новые аккумуляторы и генераторы на вышках в городах и вдоль главных трасс.',
            'Operators have installed new batteries and generators at masts in towns and along main roads.',
          ),
          p(
            'Під час тривалих відключень пріоритет надається голосовим викликам, тож мобільний інтернет може працювати повільніше.',
            'Во время длительных отключений приоритет отдаётся голосовым вызовам, поэтому мобильный интернет может работать медленнее.',
            'During long outages voice calls take priority, so mobile data may be slower.',
          ),
          p(
            'Оператори також запровадили національний роумінг: якщо мережа одного з них недоступна, абонент автоматично переключається на іншу.',
            'Операторы также ввели национальный роуминг: если сеть одного из них недоступна, абонент автоматически переключается на другую.',
            'Operators have also introduced national roaming, so customers switch automatically to another network if theirs is down.',
          ),
        ],
        more: [
          q(
            t(
              'Зв’язок під час блекауту — це питання безпеки. Ми вклали в резервне живлення більше, ніж у будь-який інший проєкт за останні роки.',
              'Связь во время блэкаута — это вопрос безопасности. Мы вложили в резервное питание больше, чем в любой другой проект за последние годы.',
              'Keeping people connected during a blackout is a safety issue. We have put more into backup power than into any other project in recent years.',
            ),
            x.speaker(role('технічний директор мобільного оператора', 'технічна директорка мобільного оператора', 'технический директор мобильного оператора', 'chief technology officer at a mobile operator')),
          ),
          p(
            'Абонентам радять заздалегідь завантажити офлайн-карти та записати важливі номери на папері.',
            'Абонентам советуют заранее загрузить офлайн-карты и записать важные номера на бумаге.',
            'Customers are advised to download offline maps and keep important numbers on paper.',
          ),
        ],
      };
    },
  },
  {
    key: 'ai-tutor',
    section: 'technology',
    tags: ['artificial-intelligence', 'education'],
    outlets: ['tech-review', 'regional-news'],
    photos: ['classroom', 'startup-office'],
    write(x) {
      const c = x.city;
      const schools = x.step(10, 40, 5);
      return {
        headline: t(
          `${count(schools, W.school).uk} ${c.uk.gen} тестуватимуть помічника вчителя на основі ШІ`,
          `${count(schools, W.school).ru} ${c.ru.gen} будут тестировать помощника учителя на основе ИИ`,
          `${schools} schools ${c.en.loc} to trial AI teaching assistant`,
        ),
        lead: t(
          'Пілотний проєкт стосується уроків математики в 5–9 класах. Помічник перевіряє домашні завдання й пропонує додаткові вправи.',
          'Пилотный проект касается уроков математики в 5–9 классах. Помощник проверяет домашние задания и предлагает дополнительные упражнения.',
          'The pilot covers maths lessons for pupils aged 10 to 15. The assistant marks homework and suggests extra exercises.',
        ),
        body: [
          p(
            'Проєкт реалізують міський департамент освіти та українська IT-компанія. Дані учнів зберігаються на серверах в Україні й не використовуються для навчання моделей.',
            'Проект реализуют городской департамент образования и украинская IT-компания. Данные учеников хранятся на серверах в Украине и не используются для обучения моделей.',
            'The city’s education department is running the project with a Ukrainian IT company. Pupils’ data is stored on servers in Ukraine and not used to train models.',
          ),
          p(
            'Вчителі отримуватимуть звіти про те, які теми викликають у класу найбільше труднощів.',
            'Учителя будут получать отчёты о том, какие темы вызывают у класса наибольшие трудности.',
            'Teachers will receive reports showing which topics the class finds hardest.',
          ),
          q(
            t(
              'Штучний інтелект не замінить учителя, але забере рутину. У мене з’явиться більше часу на дітей, яким потрібна допомога.',
              'Искусственный интеллект не заменит учителя, но заберёт рутину. У меня появится больше времени на детей, которым нужна помощь.',
              'AI will not replace teachers, but it will take away the routine. I will have more time for the children who need help.',
            ),
            x.speaker(role('вчитель математики', 'вчителька математики', 'учитель математики', 'maths teacher')),
          ),
          p(
            'Результати пілоту оцінять наприкінці навчального року. Якщо вони будуть позитивними, проєкт поширять на інші школи.',
            'Результаты пилота оценят в конце учебного года. Если они будут положительными, проект распространят на другие школы.',
            'The pilot will be assessed at the end of the school year and extended to other schools if it works.',
          ),
        ],
        more: [
          p(
            'Батьки можуть відмовитися від участі дитини в проєкті, подавши заяву класному керівникові.',
            'Родители могут отказаться от участия ребёнка в проекте, подав заявление классному руководителю.',
            'Parents can opt their child out by writing to the form teacher.',
          ),
          p(
            'Міністерство освіти готує рекомендації щодо використання штучного інтелекту в школах: вони мають з’явитися до кінця року.',
            'Министерство образования готовит рекомендации по использованию искусственного интеллекта в школах: они должны появиться до конца года.',
            'The education ministry is drafting guidance on the use of AI in schools, due by the end of the year.',
          ),
        ],
      };
    },
  },
  {
    key: 'it-exports',
    section: 'technology',
    tags: ['exports', 'startups', 'jobs'],
    outlets: ['tech-review', 'economic-herald'],
    citing: [t('з посиланням на Національний банк', 'со ссылкой на Национальный банк', 'citing the National Bank')],
    photos: ['startup-office', 'server-room'],
    write(x) {
      const bn = num(x.dec(1.4, 3.2), 1);
      const up = x.chance(0.6);
      const change = pct(x.dec(1.5, 9));
      const dir = up ? t('більше', 'больше', 'up') : t('менше', 'меньше', 'down');
      return {
        headline: t(
          `Експорт IT-послуг за квартал становив $${bn.uk} млрд`,
          `Экспорт IT-услуг за квартал составил $${bn.ru} млрд`,
          `IT services exports reach $${bn.en}bn in the quarter`,
        ),
        lead: t(
          `Це на ${change.uk} ${dir.uk}, ніж роком раніше. Галузь залишається одним із найбільших експортерів послуг.`,
          `Это на ${change.ru} ${dir.ru}, чем годом ранее. Отрасль остаётся одним из крупнейших экспортёров услуг.`,
          `That is ${change.en} ${dir.en} on a year earlier. The industry remains one of the country’s largest service exporters.`,
        ),
        body: [
          p(
            'Такі дані наводить Національний банк. Найбільшими замовниками українських IT-компаній залишаються клієнти зі США, Великої Британії та країн ЄС.',
            'Такие данные приводит Национальный банк. Крупнейшими заказчиками украинских IT-компаний остаются клиенты из США, Великобритании и стран ЕС.',
            'The figures come from the National Bank. Clients in the US, the UK and the EU remain the biggest customers of Ukrainian IT firms.',
          ),
          p(
            'Компанії дедалі частіше відкривають офіси в Польщі та Португалії, але більшість команд працює в Україні.',
            'Компании всё чаще открывают офисы в Польше и Португалии, но большинство команд работает в Украине.',
            'Firms are increasingly opening offices in Poland and Portugal, but most of their teams still work in Ukraine.',
          ),
          p(
            'Галузеві асоціації закликають зберегти спеціальний податковий режим для IT і спростити бронювання фахівців.',
            'Отраслевые ассоциации призывают сохранить специальный налоговый режим для IT и упростить бронирование специалистов.',
            'Industry associations want the special tax regime for IT kept and the process for exempting specialists from call-up simplified.',
          ),
          q(
            t(
              'Клієнти цінують, що українські команди працюють навіть під час блекаутів. Це стало нашою конкурентною перевагою.',
              'Клиенты ценят, что украинские команды работают даже во время блэкаутов. Это стало нашим конкурентным преимуществом.',
              'Clients value the fact that Ukrainian teams keep working even during blackouts. It has become a competitive advantage.',
            ),
            x.speaker(role('аналітик IT-ринку', 'аналітикиня IT-ринку', 'аналитик IT-рынка', 'IT market analyst')),
          ),
        ],
        more: [
          p(
            'Водночас ринок праці в IT охолонув: зарплати майже не зростають, а початківцям дедалі складніше знайти першу роботу.',
            'Вместе с тем рынок труда в IT остыл: зарплаты почти не растут, а начинающим всё сложнее найти первую работу.',
            'The IT job market has cooled, though: salaries have barely risen, and newcomers find it ever harder to land a first job.',
          ),
          p(
            'Найшвидше зростає попит на фахівців з оборонних технологій, кібербезпеки та аналізу даних.',
            'Быстрее всего растёт спрос на специалистов по оборонным технологиям, кибербезопасности и анализу данных.',
            'Demand is growing fastest for specialists in defence technology, cybersecurity and data analysis.',
          ),
        ],
      };
    },
  },
];

