import { count, h, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on technology, in the columnists’ first-person voice (rules in index.ts). */
export const TECHNOLOGY_COLUMNS: Template[] = [
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
    key: 'column-offline-state',
    section: 'technology',
    tags: ['digital-services', 'cybersecurity', 'mobile-networks'],
    outlets: ['tech-review'],
    photos: ['phone-app', 'cell-tower'],
    write(x) {
      const c = x.city;
      const hours = count(x.int(5, 12), W.hour);
      return {
        headline: t(
          'Держава в смартфоні — це зручно. Але що буде, коли згасне екран?',
          'Государство в смартфоне — это удобно. Но что будет, когда погаснет экран?',
          'The state in your phone is convenient. But what happens when the screen goes dark?',
        ),
        lead: t(
          'Цифрові послуги — наше досягнення. Тепер їм потрібен запасний план.',
          'Цифровые услуги — наше достижение. Теперь им нужен запасной план.',
          'Digital public services are one of our achievements. Now they need a back-up plan.',
        ),
        body: [
          p(
            'Я люблю цифрові послуги. Реєстрація бізнесу за кілька хвилин, документи в телефоні, довідка без черги — усе це речі, яким заздрять навіть у багатьох країнах ЄС.',
            'Я люблю цифровые услуги. Регистрация бизнеса за несколько минут, документы в телефоне, справка без очереди — всему этому завидуют даже во многих странах ЕС.',
            'I love digital public services. Registering a business in minutes, documents on your phone, certificates without queuing: many EU countries envy all of this.',
          ),
          p(
            `Але під час останнього великого відключення світла мешканцям ${c.uk.gen} довелося ${hours.uk} обходитися без мобільного інтернету. Хтось не міг показати документ, хтось — оплатити ліки, хтось — оформити допомогу, яку дають лише онлайн.`,
            `Но во время последнего крупного отключения света жителям ${c.ru.gen} пришлось ${hours.ru} обходиться без мобильного интернета. Кто-то не мог показать документ, кто-то — оплатить лекарства, кто-то — оформить помощь, которую дают только онлайн.`,
            `But during the last big power cut, people ${c.en.loc} spent ${hours.en} without mobile internet. Some could not show their documents, some could not pay for medicine, some could not apply for help that is only available online.`,
          ),
          p(
            'Цифровізація не повинна означати, що паперовий чи офлайновий шлях зникає. Вона має означати, що він стає запасним, а не єдиним.',
            'Цифровизация не должна означать, что бумажный или офлайновый путь исчезает. Она должна означать, что он становится запасным, а не единственным.',
            'Going digital should not mean the paper or offline route disappears. It should mean that route becomes the fallback rather than the only way.',
          ),
          h('Мінімальний запасний план', 'Минимальный запасной план', 'A minimum back-up plan'),
          ul(
            t('документи, які працюють без мережі й перевіряються за QR-кодом', 'документы, которые работают без сети и проверяются по QR-коду', 'documents that work offline and can be checked by QR code'),
            t('центр адмінпослуг, що видає довідку й тоді, коли сервер недоступний', 'центр админуслуг, который выдаёт справку и тогда, когда сервер недоступен', 'service centres that can issue a certificate even when the server is down'),
            t('резервні дата-центри далеко від регіонів, які найчастіше обстрілюють', 'резервные дата-центры вдали от регионов, которые чаще всего обстреливают', 'back-up data centres far from the most heavily shelled regions'),
          ),
          p(
            'Стійкість — це не лише генератор у підвалі. Це система, яка не ламається, коли щось іде не так.',
            'Устойчивость — это не только генератор в подвале. Это система, которая не ломается, когда что-то идёт не так.',
            'Resilience is not just a generator in the basement. It is a system that does not break when something goes wrong.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-cyber-hygiene',
    section: 'technology',
    tags: ['cybersecurity', 'digital-services', 'small-business'],
    outlets: ['tech-review'],
    photos: ['server-room'],
    write(x) {
      const share = pct(x.step(60, 85, 5), 0);
      return {
        headline: t(
          'Кібербезпека починається не з антивірусу, а з пароля в бухгалтерії',
          'Кибербезопасность начинается не с антивируса, а с пароля в бухгалтерии',
          'Cybersecurity starts not with antivirus software but with the password in accounts',
        ),
        lead: t(
          'Більшість зламів, про які ми читаємо, почалися з банальної недбалості. Це хороша новина: її можна виправити.',
          'Большинство взломов, о которых мы читаем, начались с банальной небрежности. Это хорошая новость: её можно исправить.',
          'Most of the hacks we read about began with simple carelessness. That is good news, because carelessness can be fixed.',
        ),
        body: [
          p(
            `Коли розслідують кібератаки на українські компанії й установи, картина майже завжди однакова. За даними фахівців, понад ${share.uk} успішних зламів починаються з фішингового листа, старого пароля чи незахищеного віддаленого доступу.`,
            `Когда расследуют кибератаки на украинские компании и учреждения, картина почти всегда одинакова. По данным специалистов, более ${share.ru} успешных взломов начинаются с фишингового письма, старого пароля или незащищённого удалённого доступа.`,
            `When cyberattacks on Ukrainian companies and institutions are investigated, the picture is nearly always the same. Specialists say more than ${share.en} of successful breaches begin with a phishing email, an old password or unprotected remote access.`,
          ),
          p(
            'Ми любимо уявляти хакерів геніями, які зламують будь-що. Насправді вони здебільшого шукають відчинені двері. І знаходять їх у сільраді, лікарні чи невеликому інтернет-магазині.',
            'Мы любим представлять хакеров гениями, которые взламывают что угодно. На самом деле они в основном ищут открытые двери. И находят их в сельсовете, больнице или небольшом интернет-магазине.',
            'We like to imagine hackers as geniuses who can break into anything. In reality they mostly look for open doors, and they find them in village councils, hospitals and small online shops.',
          ),
          q(
            t(
              'Найдорожча атака, яку ми розслідували, почалася з пароля «123456» на комп’ютері, яким користувалися п’ятеро людей.',
              'Самая дорогая атака, которую мы расследовали, началась с пароля «123456» на компьютере, которым пользовались пять человек.',
              'The most expensive attack we ever investigated began with the password 123456 on a computer shared by five people.',
            ),
            x.speaker(role('аналітик з кібербезпеки', 'аналітикиня з кібербезпеки', 'аналитик по кибербезопасности', 'cybersecurity analyst')),
          ),
          h('П’ять хвилин, які варто витратити сьогодні', 'Пять минут, которые стоит потратить сегодня', 'Five minutes worth spending today'),
          ul(
            t('увімкнути двофакторну автентифікацію в пошті й месенджерах', 'включить двухфакторную аутентификацию в почте и мессенджерах', 'turn on two-factor authentication for email and messaging apps'),
            t('замінити спільні паролі особистими обліковими записами', 'заменить общие пароли личными учётными записями', 'replace shared passwords with personal accounts'),
            t('перевірити, коли востаннє оновлювалися комп’ютери в офісі', 'проверить, когда в последний раз обновлялись компьютеры в офисе', 'check when the office computers were last updated'),
          ),
          p(
            'Жодна з цих порад не потребує бюджету. Вона потребує лише звички, а звички, як відомо, рятують частіше за технології.',
            'Ни один из этих советов не требует бюджета. Он требует лишь привычки, а привычки, как известно, спасают чаще технологий.',
            'None of this needs a budget, only habits. And habits, as we know, save us more often than technology does.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-startups-stay',
    section: 'technology',
    tags: ['startups', 'jobs', 'reforms'],
    outlets: ['tech-review', 'economic-herald'],
    photos: ['startup-office'],
    write(x) {
      const founders = x.pick([t('троє', 'трое', 'three'), t('четверо', 'четверо', 'four'), t('п’ятеро', 'пятеро', 'five'), t('шестеро', 'шестеро', 'six')]);
      return {
        headline: t(
          'Українські стартапи не повинні їхати за кордон, щоб вирости',
          'Украинским стартапам не нужно уезжать за границу, чтобы вырасти',
          'Ukrainian start-ups should not have to move abroad in order to grow',
        ),
        lead: t(
          'Таланти в нас є. Бракує правил, за яких інвесторові було б не страшно заходити в країну.',
          'Таланты у нас есть. Не хватает правил, при которых инвестору было бы не страшно заходить в страну.',
          'We have the talent. What we lack are rules that would make investors unafraid to come in.',
        ),
        body: [
          p(
            `Із кожних десяти засновників стартапів, яких я знаю, ${founders.uk} уже зареєстрували компанію за кордоном. Команда здебільшого лишається в Україні, але податки, інтелектуальна власність і прибуток — уже ні.`,
            `Из каждых десяти основателей стартапов, которых я знаю, ${founders.ru} уже зарегистрировали компанию за границей. Команда в основном остаётся в Украине, но налоги, интеллектуальная собственность и прибыль — уже нет.`,
            `Of every ten start-up founders I know, ${founders.en} have already registered their company abroad. The team mostly stays in Ukraine, but the taxes, the intellectual property and the profits do not.`,
          ),
          p(
            'Їх важко звинувачувати. Інвестор, який вкладає гроші на ранній стадії, хоче зрозумілого права, передбачуваного суду й можливості вийти з угоди. Поки що все це простіше отримати деінде.',
            'Их трудно винить. Инвестор, который вкладывает деньги на ранней стадии, хочет понятного права, предсказуемого суда и возможности выйти из сделки. Пока всё это проще получить где-то ещё.',
            'It is hard to blame them. An early-stage investor wants clear law, predictable courts and a way out of the deal. For now, all of that is easier to find elsewhere.',
          ),
          q(
            t(
              'Ми не тікаємо з України. Ми просто не можемо пояснити інвесторові, що буде з його грошима тут.',
              'Мы не бежим из Украины. Мы просто не можем объяснить инвестору, что будет с его деньгами здесь.',
              'We are not running away from Ukraine. We simply cannot explain to an investor what will happen to their money here.',
            ),
            x.speaker(role('співзасновник IT-стартапу', 'співзасновниця IT-стартапу', 'сооснователь IT-стартапа', 'co-founder of a tech start-up')),
          ),
          p(
            'Рішення відомі, бо їх уже застосували інші країни: опціони для працівників без подвійного оподаткування, окремий правовий режим для венчурних угод, швидкий арбітраж для суперечок між інвесторами.',
            'Решения известны, потому что их уже применили другие страны: опционы для работников без двойного налогообложения, отдельный правовой режим для венчурных сделок, быстрый арбитраж для споров между инвесторами.',
            'The solutions are known because other countries already use them: employee share options without double taxation, a separate legal regime for venture deals, fast arbitration for disputes between investors.',
          ),
          p(
            'Кожна компанія, яка виросте тут, а не за кордоном, — це не лише податки. Це приклад для наступних засновників, що залишитися можна.',
            'Каждая компания, которая вырастет здесь, а не за границей, — это не только налоги. Это пример для следующих основателей, что остаться можно.',
            'Every company that grows here rather than abroad means more than tax revenue. It shows the next founders that staying is possible.',
          ),
        ],
        more: [],
      };
    },
  },
];
