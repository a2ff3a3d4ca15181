import { count, fmt, h, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on sport, in the columnists’ first-person voice (rules in index.ts). */
export const SPORT_COLUMNS: Template[] = [
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
    key: 'column-pe-lessons',
    section: 'sport',
    tags: ['athletics', 'football', 'basketball'],
    outlets: ['sport-daily'],
    photos: ['athletics-track'],
    write(x) {
      const share = pct(x.step(15, 30, 5), 0);
      return {
        headline: t(
          'Фізкультура — найнедооціненіший урок у школі. Час це виправити',
          'Физкультура — самый недооценённый урок в школе. Пора это исправить',
          'PE is the most underrated lesson in school. It is time to change that',
        ),
        lead: t(
          'Діти більшу частину дня сидять — на уроках, в укриттях, у телефонах. Рух має стати пріоритетом, а не формальністю.',
          'Дети большую часть дня сидят — на уроках, в укрытиях, в телефонах. Движение должно стать приоритетом, а не формальностью.',
          'Children spend most of the day sitting: in lessons, in shelters, on their phones. Movement should be a priority, not a formality.',
        ),
        body: [
          p(
            'Попросіть школяра розповісти про урок фізкультури, і найчастіше почуєте: «Нам дали м’яч, і ми грали». Це в кращому разі. У гіршому половина класу сидить на лавці зі звільненням.',
            'Попросите школьника рассказать об уроке физкультуры, и чаще всего услышите: «Нам дали мяч, и мы играли». Это в лучшем случае. В худшем половина класса сидит на скамейке с освобождением.',
            'Ask a pupil about their PE lesson and you will most often hear: “They gave us a ball and we played.” That is at best. At worst, half the class sits on the bench with a note excusing them.',
          ),
          p(
            `Тим часом, за даними лікарів, достатньо рухаються лише близько ${share.uk} підлітків. Наслідки — викривлення хребта, зайва вага, проблеми зі сном і концентрацією — ми побачимо через десять років у лікарнях.`,
            `Между тем, по данным врачей, достаточно двигаются лишь около ${share.ru} подростков. Последствия — искривление позвоночника, лишний вес, проблемы со сном и концентрацией — мы увидим через десять лет в больницах.`,
            `Meanwhile, doctors say only around ${share.en} of teenagers get enough exercise. We will see the consequences in hospitals ten years from now: curved spines, excess weight, trouble with sleep and concentration.`,
          ),
          p(
            'Я не прошу зробити з кожної дитини олімпійця. Я прошу, щоб урок фізкультури був уроком: з програмою, з нормальним спортзалом, з учителем, якому не соромно платити гідну зарплату.',
            'Я не прошу сделать из каждого ребёнка олимпийца. Я прошу, чтобы урок физкультуры был уроком: с программой, с нормальным спортзалом, с учителем, которому не стыдно платить достойную зарплату.',
            'I am not asking for every child to become an Olympian. I am asking for PE to be a real lesson, with a curriculum, a proper gym and a teacher paid a decent wage.',
          ),
          h('З чого почати', 'С чего начать', 'Where to start'),
          ul(
            t('щоденна коротка розминка замість двох уроків на тиждень', 'ежедневная короткая разминка вместо двух уроков в неделю', 'a short daily workout instead of two lessons a week'),
            t('вибір між різними видами спорту, а не лише футбол', 'выбор между разными видами спорта, а не только футбол', 'a choice of sports, not just football'),
            t('відкриті шкільні спортмайданчики ввечері й у вихідні', 'открытые школьные спортплощадки вечером и в выходные', 'school sports grounds open in the evenings and at weekends'),
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-paralympians',
    section: 'sport',
    tags: ['paralympic-sport', 'swimming', 'veterans'],
    outlets: ['sport-daily'],
    photos: ['swimming-pool'],
    write(x) {
      const medals = count(x.int(60, 100), W.medal);
      return {
        headline: t(
          'Паралімпійці вчать нас більшого, ніж будь-яка мотиваційна лекція',
          'Паралимпийцы учат нас большему, чем любая мотивационная лекция',
          'Paralympians teach us more than any motivational speaker could',
        ),
        lead: t(
          'Українська паралімпійська збірна роками входить до світової еліти. Ми помічаємо це лише раз на чотири роки.',
          'Украинская паралимпийская сборная годами входит в мировую элиту. Мы замечаем это лишь раз в четыре года.',
          'Ukraine’s Paralympic team has been among the world’s best for years. We notice only once every four years.',
        ),
        body: [
          p(
            `На останніх Паралімпійських іграх українські спортсмени здобули ${medals.uk}. Щоразу після таких результатів про них пишуть усі — тиждень. А потім паралімпійці повертаються до тренувань у залах, де часто немає навіть пандуса.`,
            `На последних Паралимпийских играх украинские спортсмены завоевали ${medals.ru}. Каждый раз после таких результатов о них пишут все — неделю. А потом паралимпийцы возвращаются к тренировкам в залах, где часто нет даже пандуса.`,
            `At the last Paralympic Games, Ukrainian athletes won ${medals.en}. Every time they do, everyone writes about them for a week. Then the Paralympians go back to training in gyms that often lack even a ramp.`,
          ),
          p(
            'Тепер до них приєднуються ветерани, які втратили кінцівки на фронті. Для багатьох спорт — найкоротший шлях назад до життя: до відчуття власного тіла, до команди, до мети, якої можна досягти.',
            'Теперь к ним присоединяются ветераны, потерявшие конечности на фронте. Для многих спорт — кратчайший путь обратно к жизни: к ощущению собственного тела, к команде, к цели, которой можно достичь.',
            'Now they are being joined by veterans who lost limbs at the front. For many of them, sport is the shortest way back to life: to a sense of their own body, to a team, to a goal within reach.',
          ),
          q(
            t(
              'У басейні ніхто не питає, що з тобою сталося. Питають лише, який у тебе час на сотні.',
              'В бассейне никто не спрашивает, что с тобой случилось. Спрашивают только, какое у тебя время на сотне.',
              'In the pool nobody asks what happened to you. They only ask your time over a hundred metres.',
            ),
            x.speaker(role('тренер паралімпійської збірної з плавання', 'тренерка паралімпійської збірної з плавання', 'тренер паралимпийской сборной по плаванию', 'Paralympic swimming coach')),
          ),
          p(
            'Інклюзивний спорт не потребує величезних стадіонів. Він потребує доступного басейну в кожному обласному центрі, тренерів, які вміють працювати з людьми з інвалідністю, і транспорту, яким можна доїхати на тренування.',
            'Инклюзивному спорту не нужны огромные стадионы. Ему нужен доступный бассейн в каждом областном центре, тренеры, которые умеют работать с людьми с инвалидностью, и транспорт, на котором можно добраться до тренировки.',
            'Inclusive sport does not need huge stadiums. It needs an accessible pool in every regional capital, coaches who know how to work with disabled athletes, and transport that can get people to training.',
          ),
          p(
            'Пишімо про паралімпійців не лише в дні медалей. І ходімо на їхні змагання: там є чого повчитися.',
            'Давайте писать о паралимпийцах не только в дни медалей. И ходить на их соревнования: там есть чему поучиться.',
            'Let us write about Paralympians on days other than medal days, and go to their competitions. There is plenty to learn there.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-sport-for-all',
    section: 'sport',
    tags: ['basketball', 'football', 'education'],
    outlets: ['sport-daily'],
    photos: ['basketball-court'],
    write(x) {
      const c = x.city;
      const fee = x.step(800, 2500, 100);
      return {
        headline: t(
          'Дитячий спорт не повинен залежати від гаманця батьків',
          'Детский спорт не должен зависеть от кошелька родителей',
          'Children’s sport should not depend on their parents’ wallets',
        ),
        lead: t(
          'Секції дорожчають, форма й поїздки на турніри коштують чималих грошей. Так ми втрачаємо таланти ще до того, як їх помітимо.',
          'Секции дорожают, форма и поездки на турниры стоят немалых денег. Так мы теряем таланты ещё до того, как их заметим.',
          'Club fees keep rising, and kit and travel to tournaments cost a lot. That way we lose talent before we ever notice it.',
        ),
        body: [
          p(
            `Місяць занять у баскетбольній секції ${c.uk.loc} коштує близько ${fmt(fee, 'uk')} грн. Додайте кросівки, форму, внески на поїздки — і для родини з двома дітьми спорт стає статтею витрат, яку доводиться порівнювати з комуналкою.`,
            `Месяц занятий в баскетбольной секции ${c.ru.loc} стоит около ${fmt(fee, 'ru')} грн. Добавьте кроссовки, форму, взносы на поездки — и для семьи с двумя детьми спорт становится статьёй расходов, которую приходится сравнивать с коммуналкой.`,
            `A month of basketball training ${c.en.loc} costs around UAH ${fmt(fee, 'en')}. Add trainers, kit and contributions for away trips, and for a family with two children sport becomes an expense to be weighed against the utility bills.`,
          ),
          p(
            'Я розумію клуби: оренда залів дорожчає, тренерам треба платити, а фінансування дитячо-юнацьких спортивних шкіл роками скорочувалося. Але результат невтішний: у спорті залишаються не найталановитіші, а ті, чиї батьки можуть платити.',
            'Я понимаю клубы: аренда залов дорожает, тренерам нужно платить, а финансирование детско-юношеских спортивных школ годами сокращалось. Но результат неутешителен: в спорте остаются не самые талантливые, а те, чьи родители могут платить.',
            'I understand the clubs: hall rents are going up, coaches need paying, and funding for youth sports schools has been cut for years. But the result is dispiriting: it is not the most talented children who stay in sport but those whose parents can pay.',
          ),
          p(
            'Рішення існують: спортивні ваучери для дітей із малозабезпечених родин і родин переселенців, безкоштовні години в комунальних залах, шкільні ліги, де грати може кожен. У кількох громадах таке вже запровадили, і дітей у секціях там побільшало.',
            'Решения существуют: спортивные ваучеры для детей из малообеспеченных семей и семей переселенцев, бесплатные часы в коммунальных залах, школьные лиги, где играть может каждый. В нескольких громадах такое уже ввели, и детей в секциях там стало больше.',
            'Solutions exist: sports vouchers for children from low-income and displaced families, free hours in council-owned gyms, school leagues where anyone can play. Several communities have already tried this, and the number of children in clubs there has grown.',
          ),
          q(
            t(
              'Скільки чемпіонів ми втратили лише тому, що в їхніх батьків не було грошей на кросівки, не порахує ніхто.',
              'Сколько чемпионов мы потеряли только потому, что у их родителей не было денег на кроссовки, не посчитает никто.',
              'Nobody will ever count how many champions we lost simply because their parents could not afford trainers.',
            ),
            x.speaker(role('дитячий тренер з баскетболу', 'дитяча тренерка з баскетболу', 'детский тренер по баскетболу', 'youth basketball coach')),
          ),
          p(
            'Спорт для всіх — це не гасло, а бюджетне рішення. Його варто ухвалити до того, як наступне покоління остаточно пересяде на диван.',
            'Спорт для всех — это не лозунг, а бюджетное решение. Его стоит принять до того, как следующее поколение окончательно пересядет на диван.',
            '“Sport for all” is not a slogan but a budget decision, and it should be taken before the next generation settles for good on the sofa.',
          ),
        ],
        more: [],
      };
    },
  },
];
