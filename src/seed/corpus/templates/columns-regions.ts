import { cap, count, h, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on the regions, in the columnists’ first-person voice (rules in index.ts). */
export const REGIONS_COLUMNS: Template[] = [
  {
    key: 'column-small-towns',
    section: 'regions',
    tags: ['local-government', 'decentralisation', 'roads'],
    outlets: ['regional-news'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Маленькі міста не мусять зникати. Що може втримати в них молодь',
          'Маленькие города не обязаны исчезать. Что может удержать в них молодёжь',
          'Small towns do not have to die. What might keep young people there',
        ),
        lead: t(
          'Вони втрачають мешканців роками, а війна це пришвидшила. Але є громади, які знайшли відповідь.',
          'Они теряют жителей годами, а война это ускорила. Но есть громады, которые нашли ответ.',
          'They have been losing people for years, and the war has sped that up. But some communities have found an answer.',
        ),
        body: [
          p(
            `${cap(c.uk.regionLoc)} є містечка, де за останні десять років населення скоротилося на третину. Школи об’єднують, лікарні перетворюють на амбулаторії, автобуси ходять двічі на день.`,
            `${cap(c.ru.regionLoc)} есть городки, где за последние десять лет население сократилось на треть. Школы объединяют, больницы превращают в амбулатории, автобусы ходят дважды в день.`,
            `${cap(c.en.regionLoc)} there are small towns whose population has fallen by a third in ten years. Schools are being merged, hospitals turned into clinics, and buses run twice a day.`,
          ),
          p(
            'Я не вірю, що це неминуче. Мені доводилося бачити громади, які розвернули цей процес, і в усіх цих історіях були три спільні риси.',
            'Я не верю, что это неизбежно. Мне доводилось видеть громады, которые развернули этот процесс, и у всех этих историй были три общие черты.',
            'I do not believe this is inevitable. I have seen communities reverse it, and their stories have three things in common.',
          ),
          ul(
            t('швидкий інтернет і коворкінг, де можна працювати віддалено', 'быстрый интернет и коворкинг, где можно работать удалённо', 'fast internet and a co-working space for remote work'),
            t('дитячий садок і школа, до яких не треба їхати годину', 'детский сад и школа, до которых не нужно ехать час', 'a nursery and a school that are not an hour’s drive away'),
            t('хоча б одне місце, куди хочеться піти ввечері: кав’ярня, кіно, спортзал', 'хотя бы одно место, куда хочется пойти вечером: кофейня, кино, спортзал', 'at least one place worth going to in the evening: a café, a cinema, a gym'),
          ),
          p(
            'Жодна з цих речей не коштує мільярдів. Вони потребують місцевої влади, що думає на десять років уперед, і мешканців, які вірять, що їхнє містечко має майбутнє.',
            'Ни одна из этих вещей не стоит миллиардов. Они требуют местной власти, которая думает на десять лет вперёд, и жителей, которые верят, что у их городка есть будущее.',
            'None of this costs billions. It takes a local council that thinks ten years ahead, and residents who believe their town has a future.',
          ),
          p(
            'Після війни багато людей шукатимуть нове місце для життя. Маленьке місто з добрим інтернетом і зеленими дворами може виграти в мегаполіса, якщо підготується заздалегідь.',
            'После войны многие будут искать новое место для жизни. Маленький город с хорошим интернетом и зелёными дворами может выиграть у мегаполиса, если подготовится заранее.',
            'After the war many people will be looking for somewhere new to live. A small town with good internet and green courtyards can beat a big city, if it prepares in advance.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-heating-in-may',
    section: 'regions',
    tags: ['utilities', 'energy'],
    outlets: ['regional-news', 'energy-monitor'],
    photos: ['boiler-house'],
    write(x) {
      const c = x.city;
      const km = count(x.int(12, 60), W.km);
      return {
        headline: t(
          'Опалювальний сезон починається не в жовтні, а в травні',
          'Отопительный сезон начинается не в октябре, а в мае',
          'The heating season starts not in October but back in May',
        ),
        lead: t(
          'Тепло в батареях узимку — результат роботи, яку роблять, поки всі думають про відпустку.',
          'Тепло в батареях зимой — результат работы, которую делают, пока все думают об отпуске.',
          'Warm radiators in winter are the result of work done while everyone else is thinking about holidays.',
        ),
        body: [
          p(
            'Щоліта я проходжу повз розриті двори й чую ті самі нарікання: пилюка, шум, об’їзди. А потім, у жовтні, ті самі люди питають, чому в сусідньому районі тепло дали на тиждень раніше.',
            'Каждое лето я прохожу мимо разрытых дворов и слышу одни и те же жалобы: пыль, шум, объезды. А потом, в октябре, те же люди спрашивают, почему в соседнем районе тепло дали на неделю раньше.',
            'Every summer I walk past dug-up courtyards and hear the same complaints: dust, noise, diversions. Then in October the same people ask why the next district got its heating a week earlier.',
          ),
          p(
            `Цього року ${c.uk.loc} планують замінити ${km.uk} тепломереж. Звучить солідно, але це лише невелика частина труб, які давно відслужили свій термін.`,
            `В этом году ${c.ru.loc} планируют заменить ${km.ru} теплосетей. Звучит солидно, но это лишь небольшая часть труб, давно отслуживших свой срок.`,
            `This year ${c.en.nom} plans to replace ${km.en} of heating mains. That sounds impressive, but it is a small share of pipes long past their service life.`,
          ),
          p(
            'Після ударів по енергетиці додалися нові завдання: резервні котельні, когенераційні установки, генератори для насосних станцій. Кожну з цих речей треба купити, встановити й перевірити до перших морозів, а не під час них.',
            'После ударов по энергетике добавились новые задачи: резервные котельные, когенерационные установки, генераторы для насосных станций. Каждую из этих вещей нужно купить, установить и проверить до первых морозов, а не во время них.',
            'Since the strikes on the power system there are new jobs too: back-up boiler houses, combined heat and power units, generators for pumping stations. Each has to be bought, installed and tested before the first frost, not during it.',
          ),
          q(
            t(
              'Найкраща зима для нас — та, про яку ніхто не пише в новинах.',
              'Лучшая зима для нас — та, о которой никто не пишет в новостях.',
              'The best winter for us is the one nobody writes about in the news.',
            ),
            x.speaker(role('інженер тепломережі', 'інженерка тепломережі', 'инженер теплосети', 'district heating engineer')),
          ),
          p(
            'Тож наступного разу, коли побачите розкопаний двір улітку, згадайте, що це, можливо, ваша тепла квартира в січні. І спитайте в міської ради, чи встигають роботи за графіком.',
            'Так что в следующий раз, когда увидите разрытый двор летом, вспомните, что это, возможно, ваша тёплая квартира в январе. И спросите у горсовета, успевают ли работы по графику.',
            'So next time you see a dug-up courtyard in summer, remember it may be your warm flat in January. And ask the council whether the work is on schedule.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-last-kilometres',
    section: 'regions',
    tags: ['roads', 'local-government'],
    outlets: ['regional-news'],
    photos: ['road-works', 'bridge'],
    write(x) {
      const c = x.city;
      const share = pct(x.step(60, 80, 5), 0);
      return {
        headline: t(
          'Дорога до села — це також дорога до лікарні, школи й держави',
          'Дорога в село — это ещё и дорога к больнице, школе и государству',
          'The road to a village is also the road to a hospital, a school and the state',
        ),
        lead: t(
          'Ми рахуємо кілометри трас, але забуваємо про останні десять кілометрів до людей.',
          'Мы считаем километры трасс, но забываем о последних десяти километрах до людей.',
          'We count kilometres of motorway but forget the last ten kilometres to where people live.',
        ),
        body: [
          p(
            `Нещодавно мені довелося їхати до одного із сіл ${c.uk.regionGen}, куди швидка навесні не завжди може доїхати. Дванадцять кілометрів від траси — і сорок хвилин трясіння ґрунтовкою.`,
            `Недавно мне довелось ехать в одно из сёл ${c.ru.regionGen}, куда скорая весной не всегда может доехать. Двенадцать километров от трассы — и сорок минут тряски по грунтовке.`,
            `I recently drove to a village ${c.en.regionLoc} that an ambulance cannot always reach in spring. Twelve kilometres from the main road, then forty minutes of bumping along a dirt track.`,
          ),
          p(
            'Для мешканців такого села погана дорога — не незручність, а щоденний вибір: чи везти дитину до школи, чи встигне лікар, чи погодиться хтось возити хліб. Молодь із таких сіл їде першою.',
            'Для жителей такого села плохая дорога — не неудобство, а ежедневный выбор: везти ли ребёнка в школу, успеет ли врач, согласится ли кто-то возить хлеб. Молодёжь из таких сёл уезжает первой.',
            'For the people who live there, a bad road is not an inconvenience but a daily choice: whether to take a child to school, whether the doctor will make it in time, whether anyone will deliver bread. Young people leave villages like this first.',
          ),
          p(
            `Великі дорожні програми здебільшого стосуються трас державного значення. Місцеві дороги, на які припадає близько ${share.uk} усієї мережі, лишаються на совісті громад, а в бідних громадах на них просто немає грошей.`,
            `Крупные дорожные программы в основном касаются трасс государственного значения. Местные дороги, на которые приходится около ${share.ru} всей сети, остаются на совести громад, а у бедных громад на них просто нет денег.`,
            `Big road programmes mostly cover national highways. Local roads, around ${share.en} of the network, are left to communities, and poor communities simply have no money for them.`,
          ),
          h('Що можна змінити', 'Что можно изменить', 'What could change'),
          p(
            'Частину дорожнього фонду варто закріпити саме за останніми кілометрами: дорогами до шкіл, амбулаторій і пожежних частин. Критерій простий — скільки людей отримають доступ до базових послуг, а не скільки кілометрів асфальту покладено.',
            'Часть дорожного фонда стоит закрепить именно за последними километрами: дорогами к школам, амбулаториям и пожарным частям. Критерий простой — сколько людей получат доступ к базовым услугам, а не сколько километров асфальта уложено.',
            'Part of the road fund should be reserved for those last kilometres: roads to schools, clinics and fire stations. The test is simple: how many people gain access to basic services, not how many kilometres of asphalt are laid.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-public-space',
    section: 'regions',
    tags: ['environment', 'local-government'],
    outlets: ['regional-news', 'open-city'],
    photos: ['embankment'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Місту потрібні сквери й набережні для всіх, а не нові паркани',
          'Городу нужны скверы и набережные для всех, а не новые заборы',
          'A city needs parks and riverbanks open to all, not more fences',
        ),
        lead: t(
          'Публічний простір — це місце, де місто стає спільнотою. Його легко втратити й дуже важко повернути.',
          'Публичное пространство — это место, где город становится сообществом. Его легко потерять и очень трудно вернуть.',
          'Public space is where a city becomes a community. It is easy to lose and very hard to win back.',
        ),
        body: [
          p(
            `Щоразу, коли ${c.uk.loc} з’являється новий паркан навколо шматка берега чи скверу, у місцевих чатах спалахує суперечка. Одні кажуть, що власник має право. Інші — що місто має право дихати.`,
            `Каждый раз, когда ${c.ru.loc} появляется новый забор вокруг куска берега или сквера, в местных чатах вспыхивает спор. Одни говорят, что у владельца есть право. Другие — что у города есть право дышать.`,
            `Every time a new fence goes up around a stretch of riverbank or a park ${c.en.loc}, an argument flares up in the local chat groups. Some say the owner has every right. Others say the city has a right to breathe.`,
          ),
          p(
            'Я на боці других. Не тому, що я проти бізнесу чи забудови, а тому, що набережна, сквер і площа — це не просто земля. Це місця, де знайомляться сусіди, граються діти й відпочивають ті, хто не має дачі.',
            'Я на стороне вторых. Не потому, что я против бизнеса или застройки, а потому, что набережная, сквер и площадь — это не просто земля. Это места, где знакомятся соседи, играют дети и отдыхают те, у кого нет дачи.',
            'I side with the second group. Not because I am against business or building, but because a riverbank, a park or a square is more than land. It is where neighbours meet, children play and people without a country cottage get some rest.',
          ),
          q(
            t(
              'Місто, у якому немає куди вийти без грошей у кишені, поступово перестає бути містом для всіх.',
              'Город, в котором некуда выйти без денег в кармане, постепенно перестаёт быть городом для всех.',
              'A city where there is nowhere to go without money in your pocket slowly stops being a city for everyone.',
            ),
            x.speaker(role('архітектор-урбаніст', 'архітекторка-урбаністка', 'архитектор-урбанист', 'urban planner')),
          ),
          p(
            'У громад є інструменти: генеральні плани, детальні плани територій, громадські слухання. Проблема в тому, що мешканці дізнаються про зміни, коли паркан уже стоїть.',
            'У громад есть инструменты: генеральные планы, детальные планы территорий, общественные слушания. Проблема в том, что жители узнают об изменениях, когда забор уже стоит.',
            'Communities have the tools: master plans, detailed zoning plans, public hearings. The problem is that residents find out about changes when the fence is already up.',
          ),
          p(
            'Тож мій заклик простий: читайте оголошення про слухання, ходіть на них і пишіть зауваження. Публічний простір захищають не закони, а люди, які в ньому бувають.',
            'Поэтому мой призыв прост: читайте объявления о слушаниях, ходите на них и пишите замечания. Публичное пространство защищают не законы, а люди, которые в нём бывают.',
            'So my appeal is simple: read the notices of hearings, go to them and send in your comments. Public space is protected not by laws but by the people who use it.',
          ),
        ],
        more: [],
      };
    },
  },
];
