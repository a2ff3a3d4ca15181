import { cap, count, countGen, fmt, p, q, role, t, uah, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/culture.json' with { type: 'json' };

const PLAYS = TEXTS.PLAYS;

const EXHIBITIONS = TEXTS.EXHIBITIONS;

const LANDMARKS = TEXTS.LANDMARKS;

export const CULTURE: Template[] = [
  {
    key: 'theatre-premiere',
    section: 'culture',
    tags: ['theatre', 'heritage'],
    outlets: ['culture-map', 'regional-news'],
    photos: ['theatre-stage'],
    write(x) {
      const c = x.city;
      const play = x.pick(PLAYS);
      const price = x.step(150, 600, 50);
      const when = x.weekend;
      return {
        headline: t(
          `${cap(c.uk.loc)} покажуть прем’єру вистави ${play.title.uk}`,
          `${cap(c.ru.loc)} покажут премьеру спектакля ${play.title.ru}`,
          `${c.en.nom} theatre stages new production of ${play.title.en}`,
        ),
        lead: t(
          `Творча команда переносить класичний сюжет у сучасність. Перший показ відбудеться ${when.uk}.`,
          `Творческая команда переносит классический сюжет в современность. Первый показ состоится ${when.ru}.`,
          `The company has brought the classic story into the present day. The first performance is ${when.en}.`,
        ),
        body: [
          p(
            `В основі вистави — твір ${play.by.uk}. Режисерське прочитання зберігає оригінальний текст, але змінює час і місце дії.`,
            `В основе спектакля — произведение ${play.by.ru}. Режиссёрское прочтение сохраняет оригинальный текст, но меняет время и место действия.`,
            `The production keeps ${play.by.en}’s original text but changes the time and place of the action.`,
          ),
          p(
            'Над виставою працювали понад пів року. У ній грають як відомі актори трупи, так і цьогорічні випускники театрального університету.',
            'Над спектаклем работали более полугода. В нём играют как известные актёры труппы, так и нынешние выпускники театрального университета.',
            'It has been more than six months in the making, with a cast that mixes well-known members of the company and this year’s drama school graduates.',
          ),
          p(
            `Квитки коштують від ${price} грн, частину виторгу театр передасть на потреби військових.`,
            `Билеты стоят от ${price} грн, часть выручки театр передаст на нужды военных.`,
            `Tickets start at UAH ${price}, and part of the takings will go to support the armed forces.`,
          ),
          q(
            t(
              'Класика потрібна саме тепер: вона говорить про гідність, любов і вибір, з яким ми стикаємося щодня.',
              'Классика нужна именно сейчас: она говорит о достоинстве, любви и выборе, с которым мы сталкиваемся каждый день.',
              'We need the classics right now. They speak about dignity, love and the choices we face every day.',
            ),
            x.speaker(role('художній керівник театру', 'художня керівниця театру', 'художественный руководитель театра', 'the theatre’s artistic director')),
          ),
        ],
        more: [
          p(
            'Попри війну, театри в багатьох містах працюють з аншлагами: глядачі повертаються до залів, а квитки на прем’єри розкуповують за кілька днів.',
            'Несмотря на войну, театры во многих городах работают с аншлагами: зрители возвращаются в залы, а билеты на премьеры раскупают за несколько дней.',
            'Despite the war, theatres in many cities are playing to full houses, and premiere tickets sell out within days.',
          ),
          p(
            'Під час повітряної тривоги виставу переривають, а глядачі переходять до укриття театру.',
            'Во время воздушной тревоги спектакль прерывают, а зрители переходят в укрытие театра.',
            'If the air-raid siren sounds, the performance stops and the audience moves to the theatre’s shelter.',
          ),
        ],
      };
    },
  },
  {
    key: 'museum-exhibition',
    section: 'culture',
    tags: ['museums', 'heritage'],
    outlets: ['culture-map', 'regional-news'],
    photos: ['museum-hall'],
    write(x) {
      const c = x.city;
      const theme = x.pick(EXHIBITIONS);
      const works = x.step(60, 400, 10);
      const price = x.step(60, 250, 10);
      return {
        headline: t(
          `${cap(c.uk.loc)} відкрилася виставка ${theme.uk}: понад ${works} робіт`,
          `${cap(c.ru.loc)} открылась выставка ${theme.ru}: более ${works} работ`,
          `Exhibition of ${theme.en} opens ${c.en.loc} with more than ${works} works`,
        ),
        lead: t(
          'Частину експонатів показують уперше: їх вдалося зберегти завдяки евакуації фондів на початку війни.',
          'Часть экспонатов показывают впервые: их удалось сохранить благодаря эвакуации фондов в начале войны.',
          'Some of the works are on show for the first time; they survived because the collections were evacuated early in the war.',
        ),
        body: [
          p(
            `Виставка триватиме до кінця сезону. Для школярів і студентів вхід безкоштовний, для решти відвідувачів квиток коштує ${price} грн.`,
            `Выставка продлится до конца сезона. Для школьников и студентов вход бесплатный, для остальных посетителей билет стоит ${price} грн.`,
            `The exhibition runs until the end of the season. Entry is free for pupils and students; for everyone else a ticket costs UAH ${price}.`,
          ),
          p(
            'Куратори підготували екскурсії українською та англійською мовами, а також аудіогід для незрячих відвідувачів.',
            'Кураторы подготовили экскурсии на украинском и английском языках, а также аудиогид для незрячих посетителей.',
            'The curators have prepared tours in Ukrainian and English and an audio guide for blind visitors.',
          ),
          q(
            t(
              'Ми довго вагалися, чи показувати оригінали під час війни. Але культура, яку ховають, перестає жити.',
              'Мы долго сомневались, показывать ли оригиналы во время войны. Но культура, которую прячут, перестаёт жить.',
              'We hesitated for a long time about showing originals in wartime. But culture that stays hidden stops living.',
            ),
            x.speaker(role('директор музею', 'директорка музею', 'директор музея', 'the museum’s director')),
          ),
          p(
            'Під час повітряної тривоги найцінніші експонати переносять до сховища.',
            'Во время воздушной тревоги самые ценные экспонаты переносят в хранилище.',
            'When the air-raid alarm sounds, the most valuable pieces are moved to a vault.',
          ),
        ],
        more: [
          p(
            'Від початку повномасштабної війни в Україні пошкоджено або зруйновано сотні об’єктів культурної спадщини. Музеї оцифровують фонди, щоб зберегти хоча б їхні копії.',
            'С начала полномасштабной войны в Украине повреждены или разрушены сотни объектов культурного наследия. Музеи оцифровывают фонды, чтобы сохранить хотя бы их копии.',
            'Hundreds of heritage sites in Ukraine have been damaged or destroyed since the full-scale invasion. Museums are digitising their collections to preserve at least copies.',
          ),
          p(
            'Після завершення виставка вирушить до інших міст країни.',
            'После завершения выставка отправится в другие города страны.',
            'The exhibition will then tour other Ukrainian cities.',
          ),
        ],
      };
    },
  },
  {
    key: 'book-festival',
    section: 'culture',
    tags: ['books', 'displaced-people'],
    outlets: ['culture-map', 'meridian'],
    photos: ['book-fair'],
    write(x) {
      const c = x.city;
      const publishers = count(x.int(40, 260), W.publisher);
      const events = x.step(60, 300, 10);
      const visitors = x.int(12, 90);
      return {
        headline: t(
          `${cap(c.uk.loc)} стартує книжковий фестиваль: ${publishers.uk} і сотні новинок`,
          `${cap(c.ru.loc)} стартует книжный фестиваль: ${publishers.ru} и сотни новинок`,
          `Book festival opens ${c.en.loc} with ${publishers.en} and hundreds of new titles`,
        ),
        lead: t(
          `Упродовж чотирьох днів відбудеться понад ${events} заходів — презентації, дискусії та читання для дітей.`,
          `В течение четырёх дней пройдёт более ${events} мероприятий — презентации, дискуссии и чтения для детей.`,
          `Over four days there will be more than ${events} events, including book launches, debates and readings for children.`,
        ),
        body: [
          p(
            'Найбільше новинок цього року — у жанрах нон-фікшн і дитячої літератури. Помітно зросла кількість перекладів української прози іншими мовами.',
            'Больше всего новинок в этом году — в жанрах нон-фикшн и детской литературы. Заметно выросло количество переводов украинской прозы на другие языки.',
            'Non-fiction and children’s books account for most of this year’s new titles, and there are noticeably more translations of Ukrainian fiction into other languages.',
          ),
          p(
            `Частину квитків фестиваль передає безкоштовно переселенцям і ветеранам. Минулого року фестиваль відвідали понад ${visitors} тис. людей.`,
            `Часть билетов фестиваль передаёт бесплатно переселенцам и ветеранам. В прошлом году фестиваль посетили более ${visitors} тыс. человек.`,
            `Some tickets are being given free to displaced people and veterans. Last year more than ${visitors},000 people attended.`,
          ),
          q(
            t(
              'Люди купують книжки навіть тоді, коли економлять на всьому іншому. Для нас це найкраща відповідь на питання, чи потрібна культура під час війни.',
              'Люди покупают книги даже тогда, когда экономят на всём остальном. Для нас это лучший ответ на вопрос, нужна ли культура во время войны.',
              'People buy books even when they are cutting back on everything else. For us, that is the best answer to whether culture matters in wartime.',
            ),
            x.speaker(role('директор фестивалю', 'директорка фестивалю', 'директор фестиваля', 'festival director')),
          ),
        ],
        more: [
          p(
            'Книжковий ринок в Україні зростає вже кілька років поспіль: читачі відмовилися від російських видань, а українські видавці збільшили наклади.',
            'Книжный рынок в Украине растёт уже несколько лет подряд: читатели отказались от российских изданий, а украинские издатели увеличили тиражи.',
            'Ukraine’s book market has grown for several years running, as readers have turned away from Russian books and Ukrainian publishers have increased their print runs.',
          ),
          p(
            'Водночас видавці скаржаться на подорожчання паперу й друку.',
            'Вместе с тем издатели жалуются на подорожание бумаги и печати.',
            'Publishers complain, however, about the rising cost of paper and printing.',
          ),
        ],
      };
    },
  },
  {
    key: 'film-festival',
    section: 'culture',
    tags: ['film'],
    outlets: ['culture-map', 'meridian'],
    photos: ['concert', 'theatre-stage'],
    write(x) {
      const c = x.city;
      const films = count(x.int(30, 120), W.film);
      const countries = countGen(x.int(8, 34), W.country);
      const national = count(x.int(6, 16), W.film);
      const price = x.step(80, 200, 10);
      return {
        headline: t(
          `${cap(c.uk.loc)} відкрився кінофестиваль: у програмі ${films.uk} з ${countries.uk}`,
          `${cap(c.ru.loc)} открылся кинофестиваль: в программе ${films.ru} из ${countries.ru}`,
          `Film festival opens ${c.en.loc} with ${films.en} from ${countries.en}`,
        ),
        lead: t(
          'Фестиваль відкрила українська документальна стрічка про відбудову зруйнованого села. Покази триватимуть тиждень.',
          'Фестиваль открыла украинская документальная лента о восстановлении разрушенного села. Показы продлятся неделю.',
          'A Ukrainian documentary about rebuilding a destroyed village opened the festival, which runs for a week.',
        ),
        body: [
          p(
            `У національному конкурсі змагаються ${national.uk}, переможця визначить міжнародне журі.`,
            `В национальном конкурсе соревнуются ${national.ru}, победителя определит международное жюри.`,
            `The national competition features ${national.en}, and an international jury will choose the winner.`,
          ),
          p(
            'Покази проходять у двох кінотеатрах і на відкритому майданчику. Частину фільмів можна переглянути онлайн.',
            'Показы проходят в двух кинотеатрах и на открытой площадке. Часть фильмов можно посмотреть онлайн.',
            'Screenings are held at two cinemas and an open-air venue, and some films can be watched online.',
          ),
          p(
            `Квитки коштують ${price} грн, для студентів діє знижка.`,
            `Билеты стоят ${price} грн, для студентов действует скидка.`,
            `Tickets cost UAH ${price}, with discounts for students.`,
          ),
        ],
        more: [
          q(
            t(
              'Українське кіно зараз — це передусім документалістика. Режисери фіксують історію, поки вона відбувається.',
              'Украинское кино сейчас — это прежде всего документалистика. Режиссёры фиксируют историю, пока она происходит.',
              'Ukrainian cinema right now is above all documentary. Film-makers are recording history as it happens.',
            ),
            x.speaker(role('програмний директор фестивалю', 'програмна директорка фестивалю', 'программный директор фестиваля', 'the festival’s programme director')),
          ),
          p(
            'Переможці отримають грошові призи та допомогу з виходом у міжнародний прокат.',
            'Победители получат денежные призы и помощь с выходом в международный прокат.',
            'The winners will receive cash prizes and help with international distribution.',
          ),
        ],
      };
    },
  },
  {
    key: 'heritage-restoration',
    section: 'culture',
    tags: ['heritage', 'museums', 'international-aid'],
    outlets: ['culture-map', 'regional-news'],
    photos: ['wooden-church', 'museum-hall'],
    write(x) {
      const c = x.city;
      const site = x.pick(LANDMARKS);
      const years = count(x.int(2, 5), W.year);
      const cost = uah(x.dec(3, 48));
      return {
        headline: t(
          `${cap(c.uk.regionLoc)} завершили реставрацію ${site.uk}`,
          `${cap(c.ru.regionLoc)} завершили реставрацию ${site.ru}`,
          `Restoration of ${site.en} completed ${c.en.regionLoc}`,
        ),
        lead: t(
          `Роботи тривали ${years.uk}. Пам’ятку відкриють для відвідувачів уже цього літа.`,
          `Работы продолжались ${years.ru}. Памятник откроют для посетителей уже этим летом.`,
          `The work took ${years.en}, and the building will open to visitors this summer.`,
        ),
        body: [
          p(
            'Реставратори відновили дах, фасади та внутрішнє оздоблення, використовуючи традиційні матеріали й технології.',
            'Реставраторы восстановили крышу, фасады и внутреннюю отделку, используя традиционные материалы и технологии.',
            'Restorers repaired the roof, facades and interior using traditional materials and techniques.',
          ),
          p(
            `Загальна вартість робіт — ${cost.uk}. Кошти надали обласний бюджет, громада та міжнародний фонд збереження спадщини.`,
            `Общая стоимость работ — ${cost.ru}. Средства предоставили областной бюджет, громада и международный фонд сохранения наследия.`,
            `The work cost ${cost.en}, provided by the regional budget, the local community and an international heritage foundation.`,
          ),
          p(
            'Під час робіт фахівці знайшли фрагменти давніх розписів, які тепер вивчають науковці.',
            'Во время работ специалисты обнаружили фрагменты старинных росписей, которые теперь изучают учёные.',
            'During the work, specialists found fragments of old wall paintings, which are now being studied.',
          ),
          q(
            t(
              'Ми намагалися зберегти кожну автентичну деталь. Нове тут лише там, де старе відновити було неможливо.',
              'Мы старались сохранить каждую аутентичную деталь. Новое здесь только там, где старое восстановить было невозможно.',
              'We tried to keep every original detail. Anything new is only where the old could not be saved.',
            ),
            x.speaker(role('архітектор-реставратор', 'архітекторка-реставраторка', 'архитектор-реставратор', 'restoration architect')),
          ),
        ],
        more: [
          p(
            'Громада розраховує, що відновлена пам’ятка приваблюватиме туристів і стане майданчиком для концертів і виставок.',
            'Громада рассчитывает, что восстановленный памятник будет привлекать туристов и станет площадкой для концертов и выставок.',
            'The community hopes the restored landmark will attract tourists and host concerts and exhibitions.',
          ),
          p(
            'У Державному реєстрі нерухомих пам’яток — тисячі об’єктів, значна частина яких потребує термінової реставрації.',
            'В Государственном реестре недвижимых памятников — тысячи объектов, значительная часть которых нуждается в срочной реставрации.',
            'Thousands of buildings are on the national heritage register, and many need urgent restoration.',
          ),
        ],
      };
    },
  },
  {
    key: 'charity-concert',
    section: 'culture',
    tags: ['music', 'veterans', 'volunteering'],
    outlets: ['culture-map', 'regional-news'],
    photos: ['concert'],
    write(x) {
      const c = x.city;
      const raised = uah(x.dec(0.4, 6));
      return {
        headline: t(
          `Благодійний концерт ${c.uk.loc} зібрав ${raised.uk} на реабілітацію військових`,
          `Благотворительный концерт ${c.ru.loc} собрал ${raised.ru} на реабилитацию военных`,
          `Charity concert ${c.en.loc} raises ${raised.en} for soldiers’ rehabilitation`,
        ),
        lead: t(
          'На сцені філармонії виступили симфонічний оркестр і хор. Зал був заповнений ущерть.',
          'На сцене филармонии выступили симфонический оркестр и хор. Зал был заполнен до отказа.',
          'A symphony orchestra and choir performed to a packed concert hall.',
        ),
        body: [
          p(
            'У програмі прозвучали твори Миколи Лисенка, Бориса Лятошинського та Мирослава Скорика.',
            'В программе прозвучали произведения Николая Лысенко, Бориса Лятошинского и Мирослава Скорика.',
            'The programme featured works by Mykola Lysenko, Borys Liatoshynskyi and Myroslav Skoryk.',
          ),
          p(
            'Усі виконавці виступали безкоштовно, а зібрані кошти передадуть реабілітаційному центру.',
            'Все исполнители выступали бесплатно, а собранные средства передадут реабилитационному центру.',
            'All the performers gave their time for free, and the money raised will go to a rehabilitation centre.',
          ),
          q(
            t(
              'Музика не зупинить війну, але може допомогти тим, хто нас захищає. Сьогодні кожен глядач став частиною цієї допомоги.',
              'Музыка не остановит войну, но может помочь тем, кто нас защищает. Сегодня каждый зритель стал частью этой помощи.',
              'Music won’t stop the war, but it can help those who defend us. Tonight every member of the audience was part of that.',
            ),
            x.speaker(role('диригент оркестру', 'диригентка оркестру', 'дирижёр оркестра', 'the orchestra’s conductor')),
          ),
          p(
            'Наступний благодійний концерт оркестр запланував на кінець місяця.',
            'Следующий благотворительный концерт оркестр запланировал на конец месяца.',
            'The orchestra’s next charity concert is planned for the end of the month.',
          ),
        ],
        more: [
          p(
            'Благодійні концерти стали однією з найпомітніших форм підтримки армії з боку культурних інституцій.',
            'Благотворительные концерты стали одной из самых заметных форм поддержки армии со стороны культурных институций.',
            'Charity concerts have become one of the most visible ways cultural institutions support the armed forces.',
          ),
          p(
            'Оркестр також гастролює за кордоном, знайомлячи європейську публіку з українською академічною музикою.',
            'Оркестр также гастролирует за рубежом, знакомя европейскую публику с украинской академической музыкой.',
            'The orchestra also tours abroad, introducing European audiences to Ukrainian classical music.',
          ),
        ],
      };
    },
  },
  {
    key: 'library-reopens',
    section: 'culture',
    tags: ['books', 'education', 'local-government'],
    outlets: ['culture-map', 'open-city'],
    photos: ['book-fair', 'museum-hall'],
    write(x) {
      const c = x.city;
      const books = x.int(4, 30);
      const months = count(x.int(6, 20), W.month);
      const cost = uah(x.dec(8, 90));
      const seats = count(x.step(30, 120, 10), W.seat);
      return {
        headline: t(
          `${cap(c.uk.loc)} після модернізації відкрилася центральна бібліотека`,
          `${cap(c.ru.loc)} после модернизации открылась центральная библиотека`,
          `Central library reopens ${c.en.loc} after modernisation`,
        ),
        lead: t(
          `Тут з’явилися коворкінг, студія звукозапису та дитяча зала. Фонд поповнили ${books} тис. нових книжок.`,
          `Здесь появились коворкинг, студия звукозаписи и детский зал. Фонд пополнили ${books} тыс. новых книг.`,
          `It now has a co-working space, a recording studio, a children’s room and ${fmt(books * 1000, 'en')} new books.`,
        ),
        body: [
          p(
            `Реконструкція тривала ${months.uk} і коштувала ${cost.uk}. Будівлю утеплили, встановили ліфт і пандуси.`,
            `Реконструкция длилась ${months.ru} и обошлась в ${cost.ru}. Здание утеплили, установили лифт и пандусы.`,
            `The refurbishment took ${months.en} and cost ${cost.en}. The building has been insulated and fitted with a lift and ramps.`,
          ),
          p(
            `Бібліотека працюватиме щодня до 21:00, а в укритті облаштували читальну залу на ${seats.uk}.`,
            `Библиотека будет работать ежедневно до 21:00, а в укрытии обустроили читальный зал на ${seats.ru}.`,
            `The library will open daily until 9pm, and a reading room with ${seats.en} has been set up in the shelter.`,
          ),
          q(
            t(
              'Бібліотека сьогодні — це не лише книжки. Це місце, куди можна прийти попрацювати, навчитися нового або просто побути серед людей.',
              'Библиотека сегодня — это не только книги. Это место, куда можно прийти поработать, научиться новому или просто побыть среди людей.',
              'A library today is not just books. It is somewhere you can come to work, learn something new or simply be among people.',
            ),
            x.speaker(role('директор бібліотеки', 'директорка бібліотеки', 'директор библиотеки', 'the library’s director')),
          ),
          p(
            'Записатися до бібліотеки можна за паспортом або через міський застосунок.',
            'Записаться в библиотеку можно по паспорту или через городское приложение.',
            'People can join with their passport or through the city app.',
          ),
        ],
        more: [
          p(
            'Бібліотеки в багатьох громадах стали пунктами незламності: там є світло, зв’язок та опалення під час відключень.',
            'Библиотеки во многих громадах стали пунктами несокрушимости: там есть свет, связь и отопление во время отключений.',
            'In many communities libraries have become warming centres, with power, internet access and heating during outages.',
          ),
          p(
            'Наступного року в бібліотеці планують відкрити курси цифрової грамотності для людей старшого віку.',
            'В следующем году в библиотеке планируют открыть курсы цифровой грамотности для людей старшего возраста.',
            'Next year the library plans to run digital skills courses for older people.',
          ),
        ],
      };
    },
  },
];
