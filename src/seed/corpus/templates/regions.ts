import { cap, count, countGen, enNum, fmt, num, p, pct, q, role, t, uah, type L, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/regions.json' with { type: 'json' };

/** A river in each region, in the accusative ("міст через Десну"); English takes "the". */
const RIVERS: Record<string, L> = TEXTS.RIVERS;

export const REGIONS: Template[] = [
  {
    key: 'bridge-reopens',
    section: 'regions',
    tags: ['roads', 'international-aid'],
    outlets: ['regional-news', 'meridian'],
    citing: [t('з посиланням на обласну військову адміністрацію', 'со ссылкой на областную военную администрацию', 'citing the regional administration')],
    photos: ['bridge'],
    write(x) {
      const c = x.cityWhere((city) => city.key in RIVERS);
      const river = RIVERS[c.key] as L;
      const length = x.step(60, 420, 10);
      const villages = count(x.int(3, 24), W.village);
      const detour = x.int(15, 70);
      const cost = uah(x.step(30, 480, 10));
      return {
        headline: t(
          `${cap(c.uk.regionLoc)} після ремонту відкрили міст через ${river.uk}`,
          `${cap(c.ru.regionLoc)} после ремонта открыли мост через ${river.ru}`,
          `Bridge over the ${river.en} reopens ${c.en.regionLoc} after repairs`,
        ),
        lead: t(
          `Міст завдовжки ${length} м з’єднує ${villages.uk} з районним центром.`,
          `Мост длиной ${length} м соединяет ${villages.ru} с районным центром.`,
          `The ${length}-metre bridge links ${villages.en} to the district centre.`,
        ),
        body: [
          p(
            `Переправу зруйнували на початку повномасштабної війни. Весь цей час мешканцям доводилося робити гак у ${detour} км.`,
            `Переправа была разрушена в начале полномасштабной войны. Всё это время жителям приходилось делать крюк в ${detour} км.`,
            `The crossing was destroyed early in the full-scale war, and since then residents have had to make a ${detour} km detour.`,
          ),
          p(
            `Відновлення коштувало ${cost.uk}, частину витрат покрили міжнародні партнери. Новий міст витримує вантажівки масою до 40 тонн.`,
            `Восстановление обошлось в ${cost.ru}, часть расходов покрыли международные партнёры. Новый мост выдерживает грузовики массой до 40 тонн.`,
            `Rebuilding it cost ${cost.en}, part of which was covered by international partners. The new bridge can take lorries of up to 40 tonnes.`,
          ),
          q(
            t(
              'Для нас цей міст — як дорога до життя. Діти знову їздитимуть до школи автобусом, а не годину в об’їзд.',
              'Для нас этот мост — как дорога к жизни. Дети снова будут ездить в школу на автобусе, а не час в объезд.',
              'For us this bridge is a lifeline. The children will go to school by bus again instead of spending an hour on the detour.',
            ),
            x.speaker(role('староста села', 'староста села', 'староста села', 'village head')),
          ),
          p(
            'Рух мостом відкрили для легкових і вантажних автомобілів, а також для шкільних автобусів і швидких.',
            'Движение по мосту открыли для легковых и грузовых автомобилей, а также для школьных автобусов и скорых.',
            'The bridge is open to cars and lorries as well as school buses and ambulances.',
          ),
        ],
        more: [
          p(
            'Від початку повномасштабного вторгнення в країні пошкоджено або зруйновано сотні мостів. Частину з них уже відновили, але багато переправ досі тимчасові.',
            'С начала полномасштабного вторжения в стране повреждены или разрушены сотни мостов. Часть из них уже восстановили, но многие переправы до сих пор временные.',
            'Hundreds of bridges have been damaged or destroyed since the full-scale invasion. Some have been rebuilt, but many crossings are still temporary.',
          ),
          p(
            'Наступного року область планує відновити ще кілька мостів на місцевих дорогах.',
            'В следующем году область планирует восстановить ещё несколько мостов на местных дорогах.',
            'The region plans to rebuild several more bridges on local roads next year.',
          ),
        ],
      };
    },
  },
  {
    key: 'road-repairs',
    section: 'regions',
    tags: ['roads', 'budget', 'corruption'],
    outlets: ['regional-news', 'open-city'],
    citing: [t('з посиланням на обласну службу автомобільних доріг', 'со ссылкой на областную службу автомобильных дорог', 'citing the regional roads authority')],
    photos: ['road-works'],
    write(x) {
      const c = x.city;
      const km = x.int(40, 320);
      const cost = uah(x.step(150, 4800, 50));
      const years = x.int(3, 7);
      return {
        headline: t(
          `${cap(c.uk.regionLoc)} цього року відремонтують ${count(km, W.km).uk} доріг`,
          `${cap(c.ru.regionLoc)} в этом году отремонтируют ${count(km, W.km).ru} дорог`,
          `Repairs planned for ${km} km of roads ${c.en.regionLoc} this year`,
        ),
        lead: t(
          `Першочергово ремонтуватимуть дороги до лікарень, шкіл і пунктів пропуску. Загальна вартість робіт — ${cost.uk}.`,
          `В первую очередь будут ремонтировать дороги к больницам, школам и пунктам пропуска. Общая стоимость работ — ${cost.ru}.`,
          `Roads to hospitals, schools and border crossings come first. The work will cost ${cost.en}.`,
        ),
        body: [
          p(
            'Перелік доріг погодили з громадами. Мешканці могли онлайн проголосувати за ділянки, які найбільше потребують ремонту.',
            'Перечень дорог согласовали с громадами. Жители могли онлайн проголосовать за участки, которые больше всего нуждаются в ремонте.',
            'The list was agreed with local communities, and residents could vote online for the stretches most in need of repair.',
          ),
          p(
            `Усі тендери проводитимуть через систему електронних закупівель, а гарантійний строк на роботи становитиме ${count(years, W.year).uk}.`,
            `Все тендеры будут проводить через систему электронных закупок, а гарантийный срок на работы составит ${count(years, W.year).ru}.`,
            `All tenders will go through the electronic procurement system, and the work will carry a ${enNum(years)}-year guarantee.`,
          ),
          p(
            'Після завершення кожної ділянки на сайті обласної служби доріг публікуватимуть фото та результати лабораторних перевірок асфальту.',
            'После завершения каждого участка на сайте областной службы дорог будут публиковать фото и результаты лабораторных проверок асфальта.',
            'When each stretch is finished, the regional roads authority will publish photographs and lab test results for the asphalt on its website.',
          ),
        ],
        more: [
          q(
            t(
              'Ми не можемо відремонтувати все й одразу. Тому починаємо з доріг, якими щодня їздять швидкі, шкільні автобуси й вантажівки з гуманітарною допомогою.',
              'Мы не можем отремонтировать всё и сразу. Поэтому начинаем с дорог, по которым ежедневно ездят скорые, школьные автобусы и грузовики с гуманитарной помощью.',
              'We cannot fix everything at once, so we are starting with the roads used every day by ambulances, school buses and aid lorries.',
            ),
            x.speaker(role('начальник обласної служби автомобільних доріг', 'начальниця обласної служби автомобільних доріг', 'начальник областной службы автомобильных дорог', 'head of the regional roads authority')),
          ),
          p(
            'Водіїв просять бути уважними біля ділянок ремонту: там діятимуть обмеження швидкості й реверсний рух.',
            'Водителей просят быть внимательными у участков ремонта: там будут действовать ограничения скорости и реверсивное движение.',
            'Drivers are asked to take care near roadworks, where there will be speed limits and single-lane traffic.',
          ),
        ],
      };
    },
  },
  {
    key: 'water-main',
    section: 'regions',
    tags: ['utilities', 'local-government'],
    outlets: ['regional-news', 'open-city'],
    photos: ['road-works', 'boiler-house'],
    write(x) {
      const c = x.city;
      const hours = x.int(8, 30);
      const districts = x.int(2, 5);
      return {
        headline: t(
          `${cap(c.uk.loc)} відновили водопостачання після аварії на магістральному водогоні`,
          `${cap(c.ru.loc)} восстановили водоснабжение после аварии на магистральном водоводе`,
          `Water supply restored ${c.en.loc} after trunk main burst`,
        ),
        lead: t(
          `Понад ${count(hours, W.hour).uk} без води залишалися мешканці ${countGen(districts, W.district).uk} міста.`,
          `Более ${countGen(hours, W.hour).ru} без воды оставались жители ${countGen(districts, W.district).ru} города.`,
          `Residents of ${enNum(districts)} districts were without water for more than ${hours} hours.`,
        ),
        body: [
          p(
            'Аварія сталася вночі на ділянці водогону, прокладеного понад 50 років тому. Ремонтні бригади працювали без перерви.',
            'Авария произошла ночью на участке водовода, проложенного более 50 лет назад. Ремонтные бригады работали без перерыва.',
            'The pipe, laid more than 50 years ago, burst during the night. Repair crews worked without a break.',
          ),
          p(
            'Поки тривали роботи, воду підвозили цистернами до лікарень, шкіл і житлових кварталів.',
            'Пока шли работы, воду подвозили цистернами к больницам, школам и жилым кварталам.',
            'While the work went on, tankers delivered water to hospitals, schools and housing estates.',
          ),
          p(
            'У водоканалі попереджають, що перші години вода може бути каламутною, тому її варто відстояти або прокип’ятити.',
            'В водоканале предупреждают, что первые часы вода может быть мутной, поэтому её стоит отстоять или прокипятить.',
            'The water company warns that tap water may be cloudy at first and should be left to stand or boiled.',
          ),
          q(
            t(
              'Понад половина мереж міста зношена. Без масштабної заміни труб такі аварії повторюватимуться.',
              'Более половины сетей города изношены. Без масштабной замены труб такие аварии будут повторяться.',
              'More than half the city’s pipes are worn out. Without replacing them on a large scale, bursts like this will keep happening.',
            ),
            x.speaker(role('директор водоканалу', 'директорка водоканалу', 'директор водоканала', 'head of the water company')),
          ),
        ],
        more: [
          p(
            'Місто подало заявку на кредит міжнародного банку для заміни магістральних водогонів. Рішення очікують до кінця року.',
            'Город подал заявку на кредит международного банка для замены магистральных водоводов. Решение ожидают до конца года.',
            'The city has applied to an international bank for a loan to replace its trunk mains, with a decision expected by the end of the year.',
          ),
          p(
            'Про аварії на мережах водопостачання можна повідомити на цілодобову гарячу лінію водоканалу.',
            'Об авариях на сетях водоснабжения можно сообщить на круглосуточную горячую линию водоканала.',
            'Residents can report leaks to the water company’s 24-hour hotline.',
          ),
        ],
      };
    },
  },
  {
    key: 'electric-buses',
    section: 'regions',
    tags: ['public-transport', 'environment', 'international-aid'],
    outlets: ['regional-news', 'open-city'],
    photos: ['electric-bus'],
    write(x) {
      const c = x.city;
      const n = x.step(6, 40, 2);
      const buses = count(n, W.ebus);
      const range = x.step(180, 320, 10);
      const routes = count(x.int(2, 7), W.route);
      return {
        headline: t(
          `${cap(c.uk.loc)} на маршрути вийшли ${buses.uk} європейського виробництва`,
          `${cap(c.ru.loc)} на маршруты вышли ${buses.ru} европейского производства`,
          `New fleet of ${n} electric buses enters service ${c.en.loc}`,
        ),
        lead: t(
          `Машини закупили за кредитні кошти європейського банку. Один електробус може проїхати до ${range} км без підзарядки.`,
          `Машины закупили за кредитные средства европейского банка. Один электробус может проехать до ${range} км без подзарядки.`,
          `The buses were bought with a loan from a European bank. Each can travel up to ${range} km on a single charge.`,
        ),
        body: [
          p(
            `Електробуси обслуговуватимуть ${routes.uk}, зокрема до лікарні та нових житлових масивів.`,
            `Электробусы будут обслуживать ${routes.ru}, в том числе к больнице и новым жилым массивам.`,
            `They will run on ${routes.en}, including services to the hospital and new housing estates.`,
          ),
          p(
            'Салони низькопідлогові, обладнані кондиціонерами, USB-зарядками та системою озвучення зупинок.',
            'Салоны низкопольные, оборудованы кондиционерами, USB-зарядками и системой озвучивания остановок.',
            'The buses are low-floor, with air conditioning, USB chargers and stop announcements.',
          ),
          p(
            'Під час відключень світла електробуси заряджатимуть від резервної підстанції в депо.',
            'Во время отключений света электробусы будут заряжать от резервной подстанции в депо.',
            'During power cuts the buses will be charged from a backup substation at the depot.',
          ),
          q(
            t(
              'Електробус дорожчий на старті, але значно дешевший в обслуговуванні. За кілька років він себе окупить.',
              'Электробус дороже на старте, но значительно дешевле в обслуживании. За несколько лет он окупится.',
              'An electric bus costs more to buy but far less to run. It pays for itself in a few years.',
            ),
            x.speaker(role('директор департаменту транспорту', 'директорка департаменту транспорту', 'директор департамента транспорта', 'head of the city’s transport department')),
          ),
        ],
        more: [
          p(
            'До кінця року місто планує отримати ще одну партію машин і повністю прибрати старі маршрутки з центру.',
            'До конца года город планирует получить ещё одну партию машин и полностью убрать старые маршрутки из центра.',
            'The city expects another batch by the end of the year and plans to take old minibuses out of the centre altogether.',
          ),
          p(
            'Вартість проїзду не змінюється, оплатити його можна банківською карткою.',
            'Стоимость проезда не меняется, оплатить его можно банковской картой.',
            'Fares are unchanged and can be paid by bank card.',
          ),
        ],
      };
    },
  },
  {
    key: 'park-reopens',
    section: 'regions',
    tags: ['environment', 'local-government'],
    outlets: ['regional-news', 'open-city'],
    photos: ['embankment'],
    write(x) {
      const c = x.city;
      const n = x.step(120, 900, 10);
      const trees = count(n, W.tree);
      const ha = num(x.dec(4, 38), 1);
      const months = count(x.int(6, 18), W.month);
      const cost = uah(x.dec(12, 140));
      return {
        headline: t(
          `${cap(c.uk.loc)} після реконструкції відкрили парк: висадили ${trees.uk}`,
          `${cap(c.ru.loc)} после реконструкции открыли парк: высадили ${trees.ru}`,
          `Park reopens ${c.en.loc} after renovation with ${fmt(n, 'en')} new trees`,
        ),
        lead: t(
          'У парку з’явилися велодоріжки, дитячі майданчики та сцена для концертів. Частину робіт профінансували мешканці через громадський бюджет.',
          'В парке появились велодорожки, детские площадки и сцена для концертов. Часть работ профинансировали жители через общественный бюджет.',
          'It now has cycle paths, playgrounds and a concert stage, and residents funded part of the work through the participatory budget.',
        ),
        body: [
          p(
            `Площа парку — ${ha.uk} га. Реконструкція тривала ${months.uk} і коштувала ${cost.uk}.`,
            `Площадь парка — ${ha.ru} га. Реконструкция длилась ${months.ru} и обошлась в ${cost.ru}.`,
            `The ${ha.en}-hectare park took ${months.en} to renovate, at a cost of ${cost.en}.`,
          ),
          p(
            'Дерева підбирали разом із дендрологами: це місцеві породи, стійкі до спеки й посухи.',
            'Деревья подбирали вместе с дендрологами: это местные породы, устойчивые к жаре и засухе.',
            'The trees were chosen with specialists: native species that can cope with heat and drought.',
          ),
          p(
            'Уночі парк освітлюватимуть енергоощадні ліхтарі, а біля входів встановили камери відеоспостереження.',
            'Ночью парк будут освещать энергосберегающие фонари, а у входов установили камеры видеонаблюдения.',
            'Energy-efficient lamps will light the park at night, and CCTV cameras have been installed at the entrances.',
          ),
          q(
            t(
              'Ми зберегли всі старі дерева та стежки, якими люди ходили десятиліттями. Парк має бути зручним, а не лише гарним.',
              'Мы сохранили все старые деревья и тропинки, по которым люди ходили десятилетиями. Парк должен быть удобным, а не только красивым.',
              'We kept all the old trees and the paths people have walked for decades. A park should be practical, not just pretty.',
            ),
            x.speaker(role('ландшафтний архітектор', 'ландшафтна архітекторка', 'ландшафтный архитектор', 'landscape architect')),
          ),
        ],
        more: [
          p(
            'Громадський бюджет дає мешканцям змогу самим пропонувати проєкти й голосувати за них. Цього року на нього виділили рекордну суму.',
            'Общественный бюджет позволяет жителям самим предлагать проекты и голосовать за них. В этом году на него выделили рекордную сумму.',
            'The participatory budget lets residents propose projects and vote on them, and this year it received a record sum.',
          ),
          p(
            'Наступним етапом місто планує облаштувати в парку інклюзивний майданчик і громадську вбиральню.',
            'Следующим этапом город планирует обустроить в парке инклюзивную площадку и общественный туалет.',
            'Next, the city plans an inclusive playground and public toilets.',
          ),
        ],
      };
    },
  },
  {
    key: 'heating-season',
    section: 'regions',
    tags: ['utilities', 'energy', 'weather'],
    outlets: ['regional-news', 'energy-monitor'],
    photos: ['boiler-house'],
    write(x) {
      const c = x.city;
      const days = countGen(x.int(3, 7), W.day);
      const km = x.dec(3, 28);
      const kmL = num(km, 1);
      return {
        headline: t(
          `${cap(c.uk.loc)} стартує опалювальний сезон: тепло дадуть спершу лікарням і школам`,
          `${cap(c.ru.loc)} стартует отопительный сезон: тепло дадут сначала больницам и школам`,
          `Heating season begins ${c.en.loc}, with hospitals and schools first`,
        ),
        lead: t(
          `Житлові будинки підключатимуть поступово впродовж ${days.uk}. Тарифи на тепло не змінюються.`,
          `Жилые дома будут подключать постепенно в течение ${days.ru}. Тарифы на тепло не меняются.`,
          `Homes will be connected gradually over ${days.en}. Heating tariffs are unchanged.`,
        ),
        body: [
          p(
            'Рішення ухвалили після того, як середньодобова температура три дні поспіль трималася нижче +8°.',
            'Решение приняли после того, как среднесуточная температура три дня подряд держалась ниже +8°.',
            'The decision follows three consecutive days with an average temperature below 8C.',
          ),
          p(
            `За літо комунальники замінили ${kmL.uk} км тепломереж і встановили резервні генератори в котельнях.`,
            `За лето коммунальщики заменили ${kmL.ru} км теплосетей и установили резервные генераторы в котельных.`,
            `Over the summer, workers replaced ${kmL.en} km of heating pipes and installed backup generators at boiler houses.`,
          ),
          p(
            'Якщо батареї залишаються холодними, мешканців просять звертатися до свого ОСББ або на гарячу лінію теплопостачального підприємства.',
            'Если батареи остаются холодными, жителей просят обращаться в своё ОСМД или на горячую линию теплоснабжающего предприятия.',
            'Residents whose radiators stay cold should contact their residents’ association or the heating company’s hotline.',
          ),
          q(
            t(
              'Ми готувалися до зими з урахуванням можливих атак: більшість котелень тепер можуть працювати автономно.',
              'Мы готовились к зиме с учётом возможных атак: большинство котельных теперь могут работать автономно.',
              'We have prepared for winter with possible attacks in mind. Most boiler houses can now run independently.',
            ),
            x.speaker(role('директор тепломережі', 'директорка тепломережі', 'директор теплосети', 'head of the district heating company')),
          ),
        ],
        more: [
          p(
            'Енергетики радять утеплити вікна та двері: це дає змогу зберегти до чверті тепла.',
            'Энергетики советуют утеплить окна и двери: это позволяет сохранить до четверти тепла.',
            'Energy experts suggest draught-proofing windows and doors, which can save up to a quarter of the heat.',
          ),
          p(
            'Мешканці багатоквартирних будинків можуть отримати часткову компенсацію на утеплення за державною програмою енергоефективності.',
            'Жители многоквартирных домов могут получить частичную компенсацию на утепление по государственной программе энергоэффективности.',
            'Residents of blocks of flats can get part of the cost of insulation refunded under a state energy-efficiency scheme.',
          ),
        ],
      };
    },
  },
  {
    key: 'street-lights',
    section: 'regions',
    tags: ['energy', 'utilities', 'local-government'],
    outlets: ['regional-news', 'energy-monitor'],
    photos: ['embankment', 'solar-roof'],
    write(x) {
      const c = x.city;
      const n = x.step(300, 6000, 10);
      const lights = count(n, W.streetlight);
      const saving = pct(x.int(35, 70), 0);
      const cost = uah(x.dec(6, 80));
      const years = count(x.int(3, 6), W.year);
      return {
        headline: t(
          `${cap(c.uk.loc)} замінили ${lights.uk} на енергоощадні`,
          `${cap(c.ru.loc)} заменили ${lights.ru} на энергосберегающие`,
          `${c.en.nom} swaps ${fmt(n, 'en')} streetlights for energy-saving LEDs`,
        ),
        lead: t(
          `Це дасть змогу скоротити витрати на електроенергію для освітлення на ${saving.uk}. Частина світильників має сонячні панелі й акумулятори.`,
          `Это позволит сократить расходы на электроэнергию для освещения на ${saving.ru}. Часть светильников оснащена солнечными панелями и аккумуляторами.`,
          `The switch should cut the electricity bill for street lighting by ${saving.en}. Some of the new lamps have solar panels and batteries.`,
        ),
        body: [
          p(
            'Насамперед нові ліхтарі встановили біля шкіл, зупинок громадського транспорту та на пішохідних переходах.',
            'В первую очередь новые фонари установили у школ, остановок общественного транспорта и на пешеходных переходах.',
            'The first new lamps went up near schools, bus and tram stops, and pedestrian crossings.',
          ),
          p(
            'Автономні світильники працюють навіть під час відключень електроенергії, тож вулиці не поринатимуть у повну темряву.',
            'Автономные светильники работают даже во время отключений электроэнергии, так что улицы не будут погружаться в полную темноту.',
            'The standalone lamps keep working during power cuts, so streets will not be left in complete darkness.',
          ),
          p(
            `Проєкт коштував ${cost.uk} і, за розрахунками міської ради, окупиться за ${years.uk}.`,
            `Проект обошёлся в ${cost.ru} и, по расчётам городского совета, окупится за ${years.ru}.`,
            `The project cost ${cost.en} and, by the council’s estimate, will pay for itself within ${years.en}.`,
          ),
        ],
        more: [
          q(
            t(
              'Освітлені вулиці — це безпека. Люди мають почуватися спокійно, повертаючись додому ввечері.',
              'Освещённые улицы — это безопасность. Люди должны чувствовать себя спокойно, возвращаясь домой вечером.',
              'Well-lit streets mean safety. People should feel at ease walking home in the evening.',
            ),
            x.speaker(role('начальник управління енергоефективності', 'начальниця управління енергоефективності', 'начальник управления энергоэффективности', 'head of the council’s energy efficiency department')),
          ),
          p(
            'Мешканці можуть повідомити про несправний ліхтар через міський застосунок, указавши адресу або номер опори.',
            'Жители могут сообщить о неисправном фонаре через городское приложение, указав адрес или номер опоры.',
            'Residents can report a broken streetlight through the city app, giving the address or the number on the pole.',
          ),
        ],
      };
    },
  },
];
