import { cap, count, countGen, enNum, fmt, num, p, pct, q, role, t, uah, ul, type Role, type Template } from '../kit.js';
import { W } from '../nouns.js';

const FORECASTER: Role = role('синоптик', 'синоптикиня', 'синоптик', 'forecaster');

export const SOCIETY: Template[] = [
  {
    key: 'weather-frost',
    section: 'society',
    tags: ['weather', 'energy', 'roads'],
    outlets: ['meridian', 'regional-news'],
    citing: [t('з посиланням на Український гідрометцентр', 'со ссылкой на Украинский гидрометцентр', 'citing the national weather service')],
    photos: ['snowy-street'],
    write(x) {
      const c = x.city;
      const night = x.int(12, 24);
      const day = x.int(5, Math.min(night - 3, 14));
      const ploughs = x.step(40, 260, 10);
      const when = x.weekday;
      return {
        headline: t(
          `Синоптики попереджають про морози до −${night}° і снігопади`,
          `Синоптики предупреждают о морозах до −${night}° и снегопадах`,
          `Forecasters warn of snow and frosts down to −${night}C`,
        ),
        lead: t(
          `Похолодання прийде ${when.uk}. Найнижчі температури очікуються в північних і східних областях.`,
          `Похолодание придёт ${when.ru}. Самые низкие температуры ожидаются в северных и восточных областях.`,
          `The cold snap arrives ${when.en}, with the lowest temperatures expected in the north and east.`,
        ),
        body: [
          p(
            `Уночі температура опуститься до −${night}°, удень — до −${day}°. ${cap(c.uk.loc)} та області очікують снігопад і ожеледицю.`,
            `Ночью температура опустится до −${night}°, днём — до −${day}°. ${cap(c.ru.loc)} и области ожидают снегопад и гололёд.`,
            `Night temperatures will fall to −${night}C and daytime ones to −${day}C. Snow and ice are expected ${c.en.loc} and the surrounding region.`,
          ),
          p(
            'Рятувальники радять без потреби не виїжджати на трасу та перевірити, чи є вдома запас води й заряджені павербанки.',
            'Спасатели советуют без необходимости не выезжать на трассу и проверить, есть ли дома запас воды и заряженные павербанки.',
            'Rescuers advise against unnecessary road journeys and suggest keeping water and charged power banks at home.',
          ),
          p(
            `Комунальні служби переведено в посилений режим роботи: на дороги виведуть понад ${ploughs} одиниць снігоприбиральної техніки.`,
            `Коммунальные службы переведены в усиленный режим работы: на дороги выведут более ${ploughs} единиц снегоуборочной техники.`,
            `Council crews are on alert, with more than ${ploughs} snowploughs and gritters ready to go out.`,
          ),
          q(
            t(
              'Морози протримаються щонайменше до кінця тижня. Потепління очікуємо не раніше понеділка.',
              'Морозы продержатся как минимум до конца недели. Потепления ожидаем не раньше понедельника.',
              'The frost will last at least until the end of the week. We don’t expect it to get milder before Monday.',
            ),
            x.speaker(FORECASTER),
          ),
        ],
        more: [
          p(
            'У морози зростає навантаження на енергосистему. Енергетики просять не вмикати одночасно кілька потужних приладів у години пік.',
            'В морозы растёт нагрузка на энергосистему. Энергетики просят не включать одновременно несколько мощных приборов в часы пик.',
            'Cold weather puts extra strain on the grid, and power companies ask people not to run several high-powered appliances at once at peak times.',
          ),
          p(
            'У містах відкриті пункти незламності, де можна зігрітися, зарядити телефон і випити гарячого чаю.',
            'В городах открыты пункты несокрушимости, где можно согреться, зарядить телефон и выпить горячего чая.',
            'Cities have opened warming centres where people can warm up, charge their phones and have a hot drink.',
          ),
        ],
      };
    },
  },
  {
    key: 'weather-heat',
    section: 'society',
    tags: ['weather', 'environment', 'energy'],
    outlets: ['meridian', 'regional-news'],
    citing: [t('з посиланням на Український гідрометцентр', 'со ссылкой на Украинский гидрометцентр', 'citing the national weather service')],
    photos: ['summer-heat'],
    write(x) {
      const c = x.city;
      const high = x.int(32, 39);
      const low = x.int(19, 24);
      const when = x.weekday;
      return {
        headline: t(
          `В Україну йде спека до +${high}°: синоптики оголосили попередження`,
          `В Украину идёт жара до +${high}°: синоптики объявили предупреждение`,
          `Heatwave of up to ${high}C on the way, forecasters warn`,
        ),
        lead: t(
          'Найспекотніше буде на півдні та в центрі. Лікарі радять уникати сонця з 11:00 до 16:00.',
          'Жарче всего будет на юге и в центре. Врачи советуют избегать солнца с 11:00 до 16:00.',
          'The south and centre will be hottest. Doctors advise staying out of the sun between 11am and 4pm.',
        ),
        body: [
          p(
            `Спека прийде ${when.uk} й триматиметься щонайменше п’ять днів. ${cap(c.uk.loc)} удень очікують до +${high}°, уночі — до +${low}°.`,
            `Жара придёт ${when.ru} и продержится как минимум пять дней. ${cap(c.ru.loc)} днём ожидают до +${high}°, ночью — до +${low}°.`,
            `The heat arrives ${when.en} and will last at least five days. Daytime highs of ${high}C are expected ${c.en.loc}, with ${low}C at night.`,
          ),
          p(
            'Синоптики оголосили найвищий рівень пожежної небезпеки в лісах. Розпалювати багаття та спалювати суху траву заборонено.',
            'Синоптики объявили высший уровень пожарной опасности в лесах. Разводить костры и сжигать сухую траву запрещено.',
            'Forecasters have declared the highest level of fire danger in forests. Lighting fires and burning dry grass is banned.',
          ),
          p(
            'Лікарі радять пити більше води, носити головні убори й не залишати дітей і тварин у зачинених автомобілях.',
            'Врачи советуют пить больше воды, носить головные уборы и не оставлять детей и животных в закрытых автомобилях.',
            'Doctors advise drinking plenty of water, wearing a hat and never leaving children or pets in parked cars.',
          ),
          q(
            t(
              'Такі температури вищі за кліматичну норму на п’ять-сім градусів. Дощів найближчим часом не буде.',
              'Такие температуры выше климатической нормы на пять-семь градусов. Дождей в ближайшее время не будет.',
              'Temperatures like these are five to seven degrees above normal for the time of year. There will be no rain any time soon.',
            ),
            x.speaker(FORECASTER),
          ),
        ],
        more: [
          p(
            'У спеку зростає споживання електроенергії через кондиціонери. Енергетики просять не вмикати їх на повну потужність у години пік.',
            'В жару растёт потребление электроэнергии из-за кондиционеров. Энергетики просят не включать их на полную мощность в часы пик.',
            'Air conditioning pushes up power demand in hot weather, and power companies ask people not to run it at full blast at peak times.',
          ),
          p(
            'У багатьох містах відкриють пункти з питною водою, а комунальники поливатимуть дороги, щоб знизити температуру асфальту.',
            'Во многих городах откроют пункты с питьевой водой, а коммунальщики будут поливать дороги, чтобы снизить температуру асфальта.',
            'Many cities will set up drinking-water points, and street crews will spray the roads to cool the asphalt.',
          ),
        ],
      };
    },
  },
  {
    key: 'weather-storm',
    section: 'society',
    tags: ['weather', 'utilities', 'energy'],
    outlets: ['meridian', 'regional-news'],
    citing: [t('з посиланням на Український гідрометцентр', 'со ссылкой на Украинский гидрометцентр', 'citing the national weather service')],
    photos: ['rainy-street'],
    write(x) {
      const c = x.city;
      const wind = x.int(17, 28);
      const mm = x.step(25, 70, 5);
      const when = x.weekday;
      return {
        headline: t(
          `Штормове попередження: в Україні очікують зливи й пориви вітру до ${wind} м/с`,
          `Штормовое предупреждение: в Украине ожидают ливни и порывы ветра до ${wind} м/с`,
          `Storm warning as heavy rain and gusts of up to ${wind} m/s are forecast`,
        ),
        lead: t(
          `Негода накриє більшість областей ${when.uk}. Можливі відключення світла й підтоплення доріг.`,
          `Непогода накроет большинство областей ${when.ru}. Возможны отключения света и подтопления дорог.`,
          `The storm will hit most regions ${when.en}, possibly bringing power cuts and flooded roads.`,
        ),
        body: [
          p(
            `${cap(c.uk.loc)} за добу може випасти до ${mm} мм опадів — це близько половини місячної норми.`,
            `${cap(c.ru.loc)} за сутки может выпасть до ${mm} мм осадков — это около половины месячной нормы.`,
            `Up to ${mm} mm of rain could fall ${c.en.loc} in 24 hours, around half the monthly average.`,
          ),
          p(
            'Комунальні служби прочищають зливостоки, а енергетики тримають напоготові додаткові ремонтні бригади.',
            'Коммунальные службы прочищают ливнёвки, а энергетики держат наготове дополнительные ремонтные бригады.',
            'Council crews are clearing storm drains, and power companies have extra repair teams on standby.',
          ),
          p(
            'Водіїв просять не паркуватися під деревами та рекламними конструкціями, а пішоходів — триматися подалі від ліній електропередачі.',
            'Водителей просят не парковаться под деревьями и рекламными конструкциями, а пешеходов — держаться подальше от линий электропередачи.',
            'Drivers are asked not to park under trees or billboards, and pedestrians to keep away from power lines.',
          ),
        ],
        more: [
          q(
            t(
              'Такі зливи восени трапляються не щороку. Після негоди прийде помітне похолодання.',
              'Такие ливни осенью случаются не каждый год. После непогоды придёт заметное похолодание.',
              'Downpours like this are not an every-year event in autumn. A marked cold snap will follow.',
            ),
            x.speaker(FORECASTER),
          ),
          p(
            'Про повалені дерева й підтоплення просять повідомляти на гарячу лінію міської ради.',
            'О поваленных деревьях и подтоплениях просят сообщать на горячую линию городского совета.',
            'Residents are asked to report fallen trees and flooding to the council hotline.',
          ),
        ],
      };
    },
  },
  {
    key: 'school-shelters',
    section: 'society',
    tags: ['education', 'civil-protection', 'budget'],
    outlets: ['regional-news', 'open-city'],
    citing: [t('з посиланням на департамент освіти', 'со ссылкой на департамент образования', 'citing the city’s education department')],
    photos: ['classroom', 'shelter'],
    write(x) {
      const c = x.city;
      const schools = x.int(5, 20);
      const pupils = x.dec(2, 14);
      const kPupils = num(pupils, 1);
      const cost = uah(x.step(40, 900, 10));
      return {
        headline: t(
          `Ще ${count(schools, W.school).uk} ${c.uk.gen} отримають укриття до 1 вересня`,
          `Ещё ${count(schools, W.school).ru} ${c.ru.gen} получат укрытия к 1 сентября`,
          `${cap(enNum(schools))} more schools ${c.en.loc} to get shelters by September`,
        ),
        lead: t(
          `Це дозволить повернути очне навчання для ще ${kPupils.uk} тис. учнів.`,
          `Это позволит вернуть очное обучение для ещё ${kPupils.ru} тыс. учеников.`,
          `Another ${fmt(Math.round(pupils * 1000), 'en')} pupils will be able to return to the classroom.`,
        ),
        body: [
          p(
            `Роботи профінансують із міського бюджету та державної субвенції, загальна вартість — ${cost.uk}.`,
            `Работы профинансируют из городского бюджета и государственной субвенции, общая стоимость — ${cost.ru}.`,
            `The work, costing ${cost.en}, will be funded by the city and a central government grant.`,
          ),
          p(
            'Зараз очно навчаються лише ті школи, де укриття вміщує всіх учнів і вчителів. Решта працює у змішаному форматі.',
            'Сейчас очно учатся только те школы, где укрытие вмещает всех учеников и учителей. Остальные работают в смешанном формате.',
            'At present only schools whose shelters can hold every pupil and teacher can teach in person. The rest use a mix of classroom and online lessons.',
          ),
          q(
            t(
              'Дистанційне навчання не замінить живого спілкування. Наше завдання — щоб кожна дитина могла прийти до класу.',
              'Дистанционное обучение не заменит живого общения. Наша задача — чтобы каждый ребёнок мог прийти в класс.',
              'Remote learning is no substitute for being together. Our job is to make sure every child can come to class.',
            ),
            x.speaker(role('директор департаменту освіти', 'директорка департаменту освіти', 'директор департамента образования', 'head of the city’s education department')),
          ),
          p(
            'Батьки можуть перевірити стан укриття своєї школи на освітній мапі міста.',
            'Родители могут проверить состояние укрытия своей школы на образовательной карте города.',
            'Parents can check the state of their school’s shelter on the city’s education map.',
          ),
        ],
        more: [
          p(
            'Укриття в школах будують за новими нормами: з вентиляцією, запасним виходом, туалетами та запасом води. Під час тривоги уроки тривають під землею.',
            'Укрытия в школах строят по новым нормам: с вентиляцией, запасным выходом, туалетами и запасом воды. Во время тревоги уроки продолжаются под землёй.',
            'School shelters are built to new standards, with ventilation, an emergency exit, toilets and water supplies. During air-raid alerts, lessons carry on underground.',
          ),
          p(
            'Міністерство освіти очікує, що до кінця року очно зможуть навчатися понад дві третини школярів країни.',
            'Министерство образования ожидает, что до конца года очно смогут учиться более двух третей школьников страны.',
            'The education ministry expects more than two-thirds of the country’s pupils to be back in classrooms by the end of the year.',
          ),
        ],
      };
    },
  },
  {
    key: 'tram-route',
    section: 'society',
    tags: ['public-transport', 'local-government', 'environment'],
    outlets: ['regional-news', 'open-city'],
    photos: ['tram'],
    write(x) {
      const c = x.cityWhere((city) => city.tram);
      const route = x.int(3, 19);
      const km = x.dec(4, 14);
      const stops = count(x.int(9, 28), W.stop);
      const every = x.int(6, 15);
      const trams = count(x.step(8, 24, 2), W.tram);
      const months = count(x.int(8, 20), W.month);
      const cost = uah(x.step(180, 1400, 10));
      const kmL = num(km, 1);
      return {
        headline: t(
          `${cap(c.uk.loc)} запустили трамвайний маршрут №${route} до нових житлових масивів`,
          `${cap(c.ru.loc)} запустили трамвайный маршрут №${route} к новым жилым массивам`,
          `Tram route ${route} links ${c.en.nom} centre with new housing estates`,
        ),
        lead: t(
          `Довжина маршруту — ${kmL.uk} км, на ньому ${stops.uk}. Трамваї курсуватимуть з інтервалом ${every} хвилин.`,
          `Длина маршрута — ${kmL.ru} км, на нём ${stops.ru}. Трамваи будут курсировать с интервалом ${every} минут.`,
          `The ${kmL.en} km route has ${stops.en}, with trams every ${enNum(every)} minutes.`,
        ),
        body: [
          p(
            `На маршрут вийшли ${trams.uk}, зокрема нові низькопідлогові вагони, зручні для людей на візках і батьків із колясками.`,
            `На маршрут вышли ${trams.ru}, в том числе новые низкопольные вагоны, удобные для людей на колясках и родителей с детскими колясками.`,
            `${cap(trams.en)} serve the route, including new low-floor vehicles suitable for wheelchair users and parents with pushchairs.`,
          ),
          p(
            'Вартість проїзду не змінюється; оплатити його можна банківською карткою, смартфоном або міським проїзним.',
            'Стоимость проезда не меняется; оплатить его можно банковской картой, смартфоном или городским проездным.',
            'Fares are unchanged and can be paid by bank card, phone or city travel pass.',
          ),
          p(
            `Будівництво нової колії тривало ${months.uk} і коштувало ${cost.uk}. Частину коштів надав європейський банк розвитку.`,
            `Строительство новой линии длилось ${months.ru} и обошлось в ${cost.ru}. Часть средств предоставил европейский банк развития.`,
            `Building the new line took ${months.en} and cost ${cost.en}, part of it lent by a European development bank.`,
          ),
          q(
            t(
              'Трамвай — найекологічніший і найпередбачуваніший транспорт. Ми хочемо, щоб люди пересідали на нього з автомобілів.',
              'Трамвай — самый экологичный и предсказуемый транспорт. Мы хотим, чтобы люди пересаживались на него с автомобилей.',
              'Trams are the greenest and most reliable form of transport. We want people to leave their cars at home and use them.',
            ),
            x.speaker(role('директор міського електротранспорту', 'директорка міського електротранспорту', 'директор городского электротранспорта', 'head of the city’s tram and trolleybus company')),
          ),
        ],
        more: [
          p(
            'Мешканці нових районів роками скаржилися на переповнені маршрутки та затори на виїзді з центру.',
            'Жители новых районов годами жаловались на переполненные маршрутки и пробки на выезде из центра.',
            'Residents of the new districts have complained for years about overcrowded minibuses and traffic jams on the roads out of the centre.',
          ),
          p(
            'Наступним етапом місто планує продовжити лінію ще на два кілометри та збудувати нове депо.',
            'Следующим этапом город планирует продлить линию ещё на два километра и построить новое депо.',
            'The city next plans to extend the line by another two kilometres and build a new depot.',
          ),
        ],
      };
    },
  },
  {
    key: 'holiday-train',
    section: 'society',
    tags: ['railways', 'public-transport'],
    outlets: ['meridian', 'regional-news'],
    citing: [t('з посиланням на Укрзалізницю', 'со ссылкой на Укрзализныцю', 'citing Ukrzaliznytsia, the state railway')],
    photos: ['train-platform'],
    write(x) {
      const from = x.city;
      const to = x.city2;
      const cars = count(x.int(10, 18), W.carriage);
      const hours = countGen(x.int(5, 12), W.hour);
      return {
        headline: t(
          `Укрзалізниця призначила додатковий поїзд ${from.uk.from} ${to.uk.to} на свята`,
          `Укрзализныця назначила дополнительный поезд ${from.ru.from} ${to.ru.to} на праздники`,
          `Ukrzaliznytsia adds extra train ${from.en.from} ${to.en.to} for the holidays`,
        ),
        lead: t(
          'Квитки вже у продажу в застосунку та касах. Поїзд курсуватиме щодня до кінця місяця.',
          'Билеты уже в продаже в приложении и кассах. Поезд будет курсировать ежедневно до конца месяца.',
          'Tickets are on sale in the app and at stations. The train will run daily until the end of the month.',
        ),
        body: [
          p(
            'Рішення ухвалили через високий попит: квитки на регулярні поїзди в цьому напрямку розкуповують за кілька хвилин після старту продажу.',
            'Решение приняли из-за высокого спроса: билеты на регулярные поезда в этом направлении раскупают за несколько минут после старта продаж.',
            'The decision follows high demand: tickets for the regular trains on the route sell out within minutes of going on sale.',
          ),
          p(
            `У складі поїзда ${cars.uk} — купейні та плацкартні. Час у дорозі — близько ${hours.uk}.`,
            `В составе поезда ${cars.ru} — купейные и плацкартные. Время в пути — около ${hours.ru}.`,
            `The train has ${cars.en}, with sleeping compartments and open-plan berths. The journey takes about ${hours.en}.`,
          ),
          p(
            'Пасажирів просять купувати квитки онлайн і заздалегідь: продаж відкривається за 30 днів до відправлення.',
            'Пассажиров просят покупать билеты онлайн и заранее: продажа открывается за 30 дней до отправления.',
            'Passengers are urged to buy tickets online and early; sales open 30 days before departure.',
          ),
        ],
        more: [
          p(
            'Залізниця залишається головним видом далекого транспорту в країні: пасажирське авіасполучення не відновлене, а автобусні рейси довші й дорожчі.',
            'Железная дорога остаётся главным видом дальнего транспорта в стране: пассажирское авиасообщение не восстановлено, а автобусные рейсы дольше и дороже.',
            'Rail remains the country’s main form of long-distance travel: there are still no passenger flights, and coaches are slower and more expensive.',
          ),
          p(
            'Торік додаткові поїзди на свята перевезли понад пів мільйона пасажирів.',
            'В прошлом году дополнительные поезда на праздники перевезли более полумиллиона пассажиров.',
            'Last year extra holiday trains carried more than half a million passengers.',
          ),
        ],
      };
    },
  },
  {
    key: 'housing-vouchers',
    section: 'society',
    tags: ['displaced-people', 'housing', 'veterans'],
    outlets: ['regional-news', 'meridian'],
    citing: [t('з посиланням на Міністерство соціальної політики', 'со ссылкой на Министерство социальной политики', 'citing the social policy ministry')],
    photos: ['apartment-blocks'],
    write(x) {
      const c = x.city;
      const families = x.step(40, 600, 10);
      const avg = uah(x.dec(1.2, 2.6));
      const queue = x.dec(1.5, 9);
      const q1 = { uk: fmt(queue, 'uk', 1), en: fmt(Math.round(queue * 1000), 'en') };
      return {
        headline: t(
          `${families} родин переселенців ${c.uk.regionLoc} отримали житлові сертифікати`,
          `${families} семей переселенцев ${c.ru.regionLoc} получили жилищные сертификаты`,
          `${families} displaced families ${c.en.regionLoc} receive housing vouchers`,
        ),
        lead: t(
          `Сертифікати дають змогу купити квартиру або будинок. Середня сума компенсації — ${avg.uk}.`,
          `Сертификаты позволяют купить квартиру или дом. Средняя сумма компенсации — ${avg.ru}.`,
          `The vouchers can be used to buy a flat or a house. The average value is ${avg.en}.`,
        ),
        body: [
          p(
            'Житлові сертифікати видають родинам, чиє житло зруйноване або перебуває на окупованій території. Першими їх отримують багатодітні родини, ветерани та люди з інвалідністю.',
            'Жилищные сертификаты выдают семьям, чьё жильё разрушено или находится на оккупированной территории. Первыми их получают многодетные семьи, ветераны и люди с инвалидностью.',
            'Housing vouchers go to families whose homes have been destroyed or are in occupied territory. Large families, veterans and disabled people are first in line.',
          ),
          p(
            'Сертифікат можна використати протягом року. Купити можна як нове, так і вторинне житло, зокрема в іншій області.',
            'Сертификат можно использовать в течение года. Купить можно как новое, так и вторичное жильё, в том числе в другой области.',
            'Vouchers are valid for a year and can be used to buy new or second-hand homes, including in other regions.',
          ),
          q(
            t(
              'Ми три роки жили в гуртожитку. Тепер у дітей нарешті буде своя кімната.',
              'Мы три года жили в общежитии. Теперь у детей наконец будет своя комната.',
              'We lived in a hostel for three years. Now the children will finally have a room of their own.',
            ),
            x.speaker(role('переселенець із Маріуполя', 'переселенка з Маріуполя', 'переселенец из Мариуполя', 'displaced from Mariupol')),
          ),
          p(
            `У черзі на сертифікати ${c.uk.regionLoc} залишаються ще понад ${q1.uk} тис. родин.`,
            `В очереди на сертификаты ${c.ru.regionLoc} остаются ещё более ${q1.uk} тыс. семей.`,
            `More than ${q1.en} families ${c.en.regionLoc} remain on the waiting list.`,
          ),
        ],
        more: [
          p(
            'Експерти звертають увагу, що попит на сертифікати підштовхує ціни на житло в безпечніших регіонах.',
            'Эксперты обращают внимание, что спрос на сертификаты подталкивает цены на жильё в более безопасных регионах.',
            'Experts note that demand from voucher holders is pushing up house prices in safer regions.',
          ),
          p(
            'Паралельно громади будують соціальне житло, яке здаватимуть переселенцям за символічну плату.',
            'Параллельно громады строят социальное жильё, которое будут сдавать переселенцам за символическую плату.',
            'Communities are also building social housing to let to displaced people at nominal rents.',
          ),
        ],
      };
    },
  },
  {
    key: 'pension-indexation',
    section: 'society',
    tags: ['pensions', 'inflation', 'budget'],
    outlets: ['economic-herald', 'meridian'],
    citing: [t('з посиланням на Пенсійний фонд', 'со ссылкой на Пенсионный фонд', 'citing the Pension Fund')],
    photos: ['banknotes', 'government-building'],
    write(x) {
      const rise = pct(x.dec(7, 13.5));
      const people = x.dec(8.5, 10.4);
      const add = x.step(180, 620, 10);
      const capAmount = x.step(1200, 2500, 100);
      const m = num(people, 1);
      return {
        headline: t(
          `Пенсії з 1 березня проіндексують на ${rise.uk}: хто отримає надбавку`,
          `Пенсии с 1 марта проиндексируют на ${rise.ru}: кто получит надбавку`,
          `Pensions to rise by ${rise.en} from 1 March: who gets the increase`,
        ),
        lead: t(
          `Перерахунок стосуватиметься близько ${m.uk} млн пенсіонерів. Середня надбавка становитиме ${add} грн.`,
          `Перерасчёт коснётся около ${m.uk} млн пенсионеров. Средняя надбавка составит ${add} грн.`,
          `About ${m.en} million pensioners are affected, with an average increase of UAH ${add} a month.`,
        ),
        body: [
          p(
            'Відповідне рішення ухвалив уряд. Коефіцієнт індексації розраховують на основі зростання цін і середньої зарплати за останні три роки.',
            'Соответствующее решение приняло правительство. Коэффициент индексации рассчитывают на основе роста цен и средней зарплаты за последние три года.',
            'The government approved the increase, which is calculated from price and wage growth over the past three years.',
          ),
          p(
            'Перерахунок проведуть автоматично, звертатися до Пенсійного фонду не потрібно.',
            'Перерасчёт проведут автоматически, обращаться в Пенсионный фонд не нужно.',
            'The recalculation is automatic; pensioners do not need to contact the Pension Fund.',
          ),
          p(
            `Водночас максимальна надбавка обмежена сумою ${capAmount} грн.`,
            `При этом максимальная надбавка ограничена суммой ${capAmount} грн.`,
            `The increase is capped at UAH ${fmt(capAmount, 'en')} a month.`,
          ),
        ],
        more: [
          q(
            t(
              'Індексація лише частково компенсує інфляцію. Пенсійна система потребує реформи, а не щорічних латок.',
              'Индексация лишь частично компенсирует инфляцию. Пенсионная система нуждается в реформе, а не в ежегодных заплатках.',
              'Indexation only partly makes up for inflation. The pension system needs reform, not an annual patch-up.',
            ),
            x.speaker(role('експерт із соціальної політики', 'експертка із соціальної політики', 'эксперт по социальной политике', 'social policy expert')),
          ),
          p(
            'Пенсійний фонд нагадує, що перевірити розмір виплати можна в електронному кабінеті на його сайті.',
            'Пенсионный фонд напоминает, что проверить размер выплаты можно в электронном кабинете на его сайте.',
            'The Pension Fund reminds pensioners that they can check their payments in their online account.',
          ),
        ],
      };
    },
  },
  {
    key: 'recycling-bins',
    section: 'society',
    tags: ['environment', 'utilities', 'local-government'],
    outlets: ['regional-news', 'open-city'],
    photos: ['apartment-blocks', 'embankment'],
    write(x) {
      const c = x.city;
      const n = x.step(150, 2400, 10);
      const bins = count(n, W.container);
      const districts = x.int(2, 6);
      const share = pct(x.int(4, 17), 0);
      return {
        headline: t(
          `${cap(c.uk.loc)} встановлять ${bins.uk} для роздільного збору сміття`,
          `${cap(c.ru.loc)} установят ${bins.ru} для раздельного сбора мусора`,
          `${c.en.nom} to install ${fmt(n, 'en')} new recycling bins across the city`,
        ),
        lead: t(
          'Пластик, скло й папір збиратимуть окремо. Вивезення вторсировини для мешканців безкоштовне.',
          'Пластик, стекло и бумагу будут собирать отдельно. Вывоз вторсырья для жителей бесплатный.',
          'Plastic, glass and paper will be collected separately, free of charge to residents.',
        ),
        body: [
          p(
            `Контейнери з’являться біля житлових будинків у ${districts} районах міста до кінця кварталу. Їх закупили за кошти міського бюджету та гранту міжнародного екологічного фонду.`,
            `Контейнеры появятся у жилых домов в ${districts} районах города до конца квартала. Их закупили за средства городского бюджета и гранта международного экологического фонда.`,
            `The bins will appear outside blocks of flats in ${enNum(districts)} districts by the end of the quarter, paid for by the city and a grant from an international environmental fund.`,
          ),
          p(
            `Зараз на переробку потрапляє лише ${share.uk} побутових відходів міста, решту вивозять на полігон.`,
            `Сейчас на переработку попадает лишь ${share.ru} бытовых отходов города, остальное вывозят на полигон.`,
            `Only ${share.en} of the city’s household waste is currently recycled; the rest goes to landfill.`,
          ),
          p(
            'Екологи радять перед сортуванням споліскувати пляшки та банки й зминати пластик, щоб він займав менше місця.',
            'Экологи советуют перед сортировкой ополаскивать бутылки и банки и сминать пластик, чтобы он занимал меньше места.',
            'Environmentalists suggest rinsing bottles and jars and crushing plastic so that it takes up less space.',
          ),
        ],
        more: [
          p('Що можна викидати в контейнери для вторсировини:', 'Что можно выбрасывать в контейнеры для вторсырья:', 'What goes in the recycling bins:'),
          ul(
            t('пластикові пляшки та упаковку з маркуванням PET і HDPE', 'пластиковые бутылки и упаковку с маркировкой PET и HDPE', 'plastic bottles and packaging marked PET or HDPE'),
            t('скляні пляшки та банки без кришок', 'стеклянные бутылки и банки без крышек', 'glass bottles and jars, without lids'),
            t('картон, газети та офісний папір', 'картон, газеты и офисную бумагу', 'cardboard, newspapers and office paper'),
          ),
          p(
            'Новий закон про управління відходами зобов’язує громади поступово відмовлятися від звалищ на користь сортування та переробки.',
            'Новый закон об управлении отходами обязывает громады постепенно отказываться от свалок в пользу сортировки и переработки.',
            'A new waste management law requires communities to move gradually away from landfill towards sorting and recycling.',
          ),
        ],
      };
    },
  },
];

