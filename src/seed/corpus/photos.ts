import type { Localized } from '../../domain/locale.js';
import type { CorpusPhoto } from './types.js';

type Text = [uk: string, ru: string, en: string];

const loc = ([uk, ru, en]: Text): Localized<string> => ({ uk, ru, en });

/** Who took the picture: staff photographers, a news agency, a stock library, a press office. */
const staff = (uk: string, ru: string, en: string) => loc([`Фото: ${uk} / Masthead`, `Фото: ${ru} / Masthead`, `Photo: ${en} / Masthead`]);
const HUMENIUK = staff('Олег Гуменюк', 'Олег Гуменюк', 'Oleh Humeniuk');
const YAKOVENKO = staff('Марія Яковенко', 'Мария Яковенко', 'Mariia Yakovenko');
const DANYLIUK = staff('Ігор Данилюк', 'Игорь Данилюк', 'Ihor Danyliuk');
const MERIDIAN = loc(['Фото: Агентство «Меридіан»', 'Фото: Агентство «Меридиан»', 'Photo: Meridian News Agency']);
const LUMEN = loc(['Фото: Lumen Images', 'Фото: Lumen Images', 'Photo: Lumen Images']);
const STOCKFRAME = loc(['Ілюстративне фото: Stockframe', 'Иллюстративное фото: Stockframe', 'Stock photo: Stockframe']);
const CITY_COUNCIL = loc(['Фото: пресслужба міської ради', 'Фото: пресс-служба городского совета', 'Photo: city council press office']);

interface PhotoEntry extends CorpusPhoto {
  key: string;
  section: string;
}

function photo(key: string, section: string, palette: [string, string, string], credit: Localized<string>, caption: Text, alt: Text): PhotoEntry {
  return { key, section, palette, credit, caption: loc(caption), alt: loc(alt) };
}

const ENTRIES: PhotoEntry[] = [
  photo('parliament-hall', 'politics', ['#1f3a5f', '#c9a227', '#e8e4d8'], MERIDIAN,
    ['Сесійна зала парламенту під час пленарного засідання', 'Сессионный зал парламента во время пленарного заседания', 'The chamber of parliament during a plenary session'],
    ['Депутати сидять у сесійній залі з блакитними кріслами', 'Депутаты сидят в сессионном зале с голубыми креслами', 'MPs seated in a chamber with blue seats']),
  photo('city-council', 'politics', ['#5b3a29', '#d9c5a0', '#2e4a62'], CITY_COUNCIL,
    ['Засідання міської ради', 'Заседание городского совета', 'A city council session'],
    ['Депутати міської ради голосують за столами, розставленими півколом', 'Депутаты городского совета голосуют за столами, расставленными полукругом', 'Councillors voting at desks arranged in a semicircle']),
  photo('ballot-box', 'politics', ['#dfe7ef', '#2b5d8a', '#f2c14e'], STOCKFRAME,
    ['Прозора скринька для голосування на виборчій дільниці', 'Прозрачная урна для голосования на избирательном участке', 'A transparent ballot box at a polling station'],
    ['Рука опускає бюлетень у прозору скриньку', 'Рука опускает бюллетень в прозрачную урну', 'A hand dropping a ballot paper into a transparent box']),
  photo('government-building', 'politics', ['#8a8d91', '#3c4f65', '#cfd6de'], HUMENIUK,
    ['Будівля уряду в Києві', 'Здание правительства в Киеве', 'The government building in Kyiv'],
    ['Сіра будівля з колонами під хмарним небом', 'Серое здание с колоннами под облачным небом', 'A grey colonnaded building under a cloudy sky']),

  photo('drone-workshop', 'defence', ['#3d4a3a', '#a3b18a', '#f0ead2'], DANYLIUK,
    ['Майстерня, де волонтери збирають дрони', 'Мастерская, где волонтёры собирают дроны', 'A workshop where volunteers assemble drones'],
    ['Квадрокоптери на робочому столі серед інструментів і проводів', 'Квадрокоптеры на рабочем столе среди инструментов и проводов', 'Quadcopters on a workbench among tools and wires']),
  photo('demining', 'defence', ['#6b705c', '#cb997e', '#ddbea9'], MERIDIAN,
    ['Сапери обстежують поле', 'Саперы обследуют поле', 'Deminers survey a field'],
    ['Сапери в захисному спорядженні з металошукачами йдуть полем', 'Саперы в защитном снаряжении с металлоискателями идут по полю', 'Deminers in protective gear walking across a field with metal detectors']),
  photo('veterans-hub', 'defence', ['#344e41', '#dad7cd', '#a3b18a'], YAKOVENKO,
    ['Ветеранський простір', 'Ветеранское пространство', 'A veterans’ centre'],
    ['Люди розмовляють за столом у світлій кімнаті з книжковими полицями', 'Люди разговаривают за столом в светлой комнате с книжными полками', 'People talking at a table in a bright room with bookshelves']),
  photo('shelter', 'defence', ['#4a4e69', '#9a8c98', '#f2e9e4'], CITY_COUNCIL,
    ['Укриття в підвалі школи', 'Укрытие в подвале школы', 'A shelter in a school basement'],
    ['Лави та аптечка в освітленому підвальному приміщенні', 'Скамейки и аптечка в освещённом подвальном помещении', 'Benches and a first-aid kit in a lit basement room']),

  photo('power-lines', 'economy', ['#ff9f1c', '#2b2d42', '#8d99ae'], HUMENIUK,
    ['Енергетики ремонтують лінію електропередачі', 'Энергетики ремонтируют линию электропередачи', 'Engineers repair a power line'],
    ['Двоє працівників у касках на опорі лінії електропередачі', 'Двое рабочих в касках на опоре линии электропередачи', 'Two workers in hard hats on a power pylon']),
  photo('grain-port', 'economy', ['#264653', '#e9c46a', '#f4a261'], MERIDIAN,
    ['Зерновий термінал у порту', 'Зерновой терминал в порту', 'A grain terminal at a port'],
    ['Судно під завантаженням біля елеваторів', 'Судно под погрузкой у элеваторов', 'A ship being loaded beside grain silos']),
  photo('wheat-field', 'economy', ['#e9c46a', '#90a955', '#4f772d'], LUMEN,
    ['Збирання врожаю', 'Уборка урожая', 'Harvest time'],
    ['Комбайн на пшеничному полі', 'Комбайн на пшеничном поле', 'A combine harvester in a wheat field']),
  photo('market', 'economy', ['#d62828', '#f77f00', '#588157'], YAKOVENKO,
    ['Овочевий ряд на міському ринку', 'Овощной ряд на городском рынке', 'Vegetable stalls at a city market'],
    ['Ящики з помідорами, капустою й картоплею на прилавку', 'Ящики с помидорами, капустой и картофелем на прилавке', 'Crates of tomatoes, cabbages and potatoes on a stall']),
  photo('banknotes', 'economy', ['#7b9e87', '#e0c9a6', '#5e548e'], STOCKFRAME,
    ['Гривневі банкноти', 'Гривневые банкноты', 'Hryvnia banknotes'],
    ['Віяло банкнот різних номіналів', 'Веер банкнот разных номиналов', 'A fan of banknotes of different denominations']),
  photo('solar-roof', 'economy', ['#023e8a', '#90e0ef', '#ffd166'], LUMEN,
    ['Сонячні панелі на даху приватного будинку', 'Солнечные панели на крыше частного дома', 'Solar panels on the roof of a house'],
    ['Ряди темно-синіх панелей на похилому даху', 'Ряды тёмно-синих панелей на скатной крыше', 'Rows of dark blue panels on a pitched roof']),

  photo('tram', 'society', ['#c1121f', '#fdf0d5', '#669bbc'], DANYLIUK,
    ['Трамвай на міській вулиці', 'Трамвай на городской улице', 'A tram on a city street'],
    ['Червоно-жовтий трамвай їде бруківкою', 'Красно-жёлтый трамвай едет по брусчатке', 'A red and yellow tram on a cobbled street']),
  photo('classroom', 'society', ['#ffb703', '#219ebc', '#8ecae6'], YAKOVENKO,
    ['Урок у початковій школі', 'Урок в начальной школе', 'A lesson at a primary school'],
    ['Учні за партами піднімають руки', 'Ученики за партами поднимают руки', 'Pupils at their desks raising their hands']),
  photo('snowy-street', 'society', ['#edf2f4', '#8d99ae', '#2b2d42'], HUMENIUK,
    ['Снігопад у місті', 'Снегопад в городе', 'Snowfall in the city'],
    ['Перехожі на засніженій вулиці', 'Прохожие на заснеженной улице', 'Passers-by on a snowy street']),
  photo('train-platform', 'society', ['#1d3557', '#457b9d', '#f1faee'], MERIDIAN,
    ['Пасажирський поїзд на пероні', 'Пассажирский поезд на перроне', 'A passenger train at the platform'],
    ['Пасажири з валізами біля синього вагона', 'Пассажиры с чемоданами у синего вагона', 'Passengers with suitcases beside a blue carriage']),
  photo('rainy-street', 'society', ['#3d5a80', '#98c1d9', '#e0fbfc'], HUMENIUK,
    ['Злива в місті', 'Ливень в городе', 'Heavy rain in the city'],
    ['Перехожі з парасольками переходять мокру вулицю', 'Прохожие с зонтами переходят мокрую улицу', 'People with umbrellas crossing a wet street']),
  photo('apartment-blocks', 'society', ['#b7b7a4', '#6b705c', '#ffe8d6'], STOCKFRAME,
    ['Житлові будинки на околиці міста', 'Жилые дома на окраине города', 'Blocks of flats on the edge of a city'],
    ['Нові багатоповерхівки з балконами', 'Новые многоэтажки с балконами', 'New high-rise blocks with balconies']),
  photo('summer-heat', 'society', ['#f4a261', '#e76f51', '#2a9d8f'], YAKOVENKO,
    ['Спека в місті', 'Жара в городе', 'A hot day in the city'],
    ['Діти граються біля фонтана', 'Дети играют у фонтана', 'Children playing by a fountain']),

  photo('eu-flags', 'world', ['#003399', '#ffcc00', '#0057b7'], LUMEN,
    ['Прапори ЄС і України', 'Флаги ЕС и Украины', 'The flags of the EU and Ukraine'],
    ['Синьо-жовті прапори на флагштоках перед будівлею', 'Сине-жёлтые флаги на флагштоках перед зданием', 'Blue and yellow flags on poles outside a building']),
  photo('border-crossing', 'world', ['#495057', '#adb5bd', '#f8f9fa'], MERIDIAN,
    ['Пункт пропуску на кордоні', 'Пункт пропуска на границе', 'A border crossing point'],
    ['Черга вантажівок перед шлагбаумом', 'Очередь грузовиков перед шлагбаумом', 'A queue of lorries at a barrier']),
  photo('summit-table', 'world', ['#5f0f40', '#9a031e', '#e36414'], MERIDIAN,
    ['Переговори делегацій', 'Переговоры делегаций', 'Talks between delegations'],
    ['Довгий стіл із мікрофонами та невеликими прапорцями', 'Длинный стол с микрофонами и небольшими флажками', 'A long table with microphones and small flags']),

  photo('startup-office', 'technology', ['#3a0ca3', '#4cc9f0', '#f72585'], LUMEN,
    ['Офіс технологічного стартапу', 'Офис технологического стартапа', 'A tech start-up’s office'],
    ['Команда працює за ноутбуками у відкритому просторі', 'Команда работает за ноутбуками в открытом пространстве', 'A team working on laptops in an open-plan office']),
  photo('server-room', 'technology', ['#03045e', '#0077b6', '#00b4d8'], STOCKFRAME,
    ['Серверна кімната', 'Серверная комната', 'A server room'],
    ['Стійки серверів із синіми індикаторами', 'Стойки серверов с синими индикаторами', 'Server racks with blue indicator lights']),
  photo('phone-app', 'technology', ['#2d6a4f', '#95d5b2', '#081c15'], STOCKFRAME,
    ['Державні послуги у смартфоні', 'Государственные услуги в смартфоне', 'Public services on a smartphone'],
    ['Рука тримає телефон із відкритим застосунком', 'Рука держит телефон с открытым приложением', 'A hand holding a phone with an app open']),
  photo('cell-tower', 'technology', ['#6d597a', '#b56576', '#eaac8b'], DANYLIUK,
    ['Базова станція мобільного зв’язку', 'Базовая станция мобильной связи', 'A mobile phone mast'],
    ['Вежа з антенами на тлі вечірнього неба', 'Вышка с антеннами на фоне вечернего неба', 'A mast with antennas against the evening sky']),

  photo('theatre-stage', 'culture', ['#6a040f', '#ffba08', '#370617'], YAKOVENKO,
    ['Сцена театру під час вистави', 'Сцена театра во время спектакля', 'A theatre stage during a performance'],
    ['Актори в костюмах на сцені в променях прожекторів', 'Актёры в костюмах на сцене в лучах прожекторов', 'Actors in costume on a spotlit stage']),
  photo('museum-hall', 'culture', ['#f8f4e3', '#a68a64', '#582f0e'], HUMENIUK,
    ['Експозиція в музейній залі', 'Экспозиция в музейном зале', 'Exhibits in a museum hall'],
    ['Відвідувачі розглядають картини на білих стінах', 'Посетители рассматривают картины на белых стенах', 'Visitors looking at paintings on white walls']),
  photo('book-fair', 'culture', ['#bc6c25', '#fefae0', '#283618'], YAKOVENKO,
    ['Книжковий ярмарок', 'Книжная ярмарка', 'A book fair'],
    ['Стоси книжок на стенді видавництва', 'Стопки книг на стенде издательства', 'Piles of books on a publisher’s stand']),
  photo('concert', 'culture', ['#22223b', '#c9ada7', '#f2e9e4'], LUMEN,
    ['Концерт симфонічного оркестру', 'Концерт симфонического оркестра', 'A symphony orchestra in concert'],
    ['Музиканти зі смичковими інструментами на сцені філармонії', 'Музыканты со смычковыми инструментами на сцене филармонии', 'String players on a concert hall stage']),
  photo('wooden-church', 'culture', ['#432818', '#99582a', '#bb9457'], DANYLIUK,
    ['Дерев’яна церква XVIII століття', 'Деревянная церковь XVIII века', 'An 18th-century wooden church'],
    ['Дерев’яна церква з трьома банями серед дерев', 'Деревянная церковь с тремя куполами среди деревьев', 'A three-domed wooden church among trees']),

  photo('football-stadium', 'sport', ['#2d6a4f', '#ffffff', '#d00000'], DANYLIUK,
    ['Матч на міському стадіоні', 'Матч на городском стадионе', 'A match at a city stadium'],
    ['Футболісти борються за м’яч на зеленому полі', 'Футболисты борются за мяч на зелёном поле', 'Footballers challenging for the ball on a green pitch']),
  photo('athletics-track', 'sport', ['#9d0208', '#f48c06', '#e5e5e5'], LUMEN,
    ['Легкоатлетичний стадіон', 'Легкоатлетический стадион', 'An athletics track'],
    ['Бігуни на старті на червоній доріжці', 'Бегуны на старте на красной дорожке', 'Runners on the start line of a red track']),
  photo('swimming-pool', 'sport', ['#0096c7', '#caf0f8', '#023e8a'], LUMEN,
    ['Басейн під час змагань', 'Бассейн во время соревнований', 'A pool during a competition'],
    ['Плавці на доріжках басейну', 'Пловцы на дорожках бассейна', 'Swimmers in the lanes of a pool']),
  photo('tennis-court', 'sport', ['#c1440e', '#f4f1de', '#3d405b'], LUMEN,
    ['Тенісний корт', 'Теннисный корт', 'A tennis court'],
    ['Тенісистка подає м’яч на ґрунтовому корті', 'Теннисистка подаёт мяч на грунтовом корте', 'A player serving on a clay court']),
  photo('basketball-court', 'sport', ['#e85d04', '#370617', '#faa307'], HUMENIUK,
    ['Баскетбольний матч', 'Баскетбольный матч', 'A basketball game'],
    ['Гравець кидає м’яч у кошик', 'Игрок бросает мяч в корзину', 'A player shooting at the basket']),

  photo('hospital-corridor', 'health', ['#caf0f8', '#48cae4', '#ffffff'], CITY_COUNCIL,
    ['Коридор оновленого відділення лікарні', 'Коридор обновлённого отделения больницы', 'A corridor in a renovated hospital ward'],
    ['Світлий коридор із палатами обабіч', 'Светлый коридор с палатами по обе стороны', 'A bright corridor with wards on both sides']),
  photo('vaccination', 'health', ['#e0fbfc', '#3d5a80', '#ee6c4d'], STOCKFRAME,
    ['Щеплення в амбулаторії', 'Прививка в амбулатории', 'A vaccination at a clinic'],
    ['Медсестра робить щеплення в плече', 'Медсестра делает прививку в плечо', 'A nurse giving an injection in the upper arm']),
  photo('rehab-gym', 'health', ['#52b788', '#d8f3dc', '#1b4332'], YAKOVENKO,
    ['Зала реабілітаційного центру', 'Зал реабилитационного центра', 'A rehabilitation centre gym'],
    ['Фізичний терапевт допомагає пацієнтові на тренажері', 'Физический терапевт помогает пациенту на тренажёре', 'A physiotherapist helping a patient on an exercise machine']),
  photo('pharmacy', 'health', ['#40916c', '#f1faee', '#e63946'], STOCKFRAME,
    ['Аптека', 'Аптека', 'A pharmacy'],
    ['Полиці з упаковками ліків', 'Полки с упаковками лекарств', 'Shelves of medicine packs']),

  photo('bridge', 'regions', ['#6c757d', '#74c69d', '#1b263b'], HUMENIUK,
    ['Відремонтований міст через річку', 'Отремонтированный мост через реку', 'A repaired bridge across a river'],
    ['Бетонний міст над широкою річкою', 'Бетонный мост над широкой рекой', 'A concrete bridge over a wide river']),
  photo('road-works', 'regions', ['#212529', '#ffc300', '#adb5bd'], CITY_COUNCIL,
    ['Ремонт дороги', 'Ремонт дороги', 'Road repairs'],
    ['Асфальтоукладач і робітники в жовтих жилетах', 'Асфальтоукладчик и рабочие в жёлтых жилетах', 'A paving machine and workers in yellow vests']),
  photo('electric-bus', 'regions', ['#f8f9fa', '#38b000', '#343a40'], CITY_COUNCIL,
    ['Новий електробус на маршруті', 'Новый электробус на маршруте', 'A new electric bus in service'],
    ['Білий електробус на зупинці', 'Белый электробус на остановке', 'A white electric bus at a stop']),
  photo('embankment', 'regions', ['#0a9396', '#94d2bd', '#ee9b00'], DANYLIUK,
    ['Оновлена набережна', 'Обновлённая набережная', 'A renovated riverside promenade'],
    ['Пішоходи й велосипедисти на набережній з ліхтарями', 'Пешеходы и велосипедисты на набережной с фонарями', 'Pedestrians and cyclists on a lamp-lined promenade']),
  photo('boiler-house', 'regions', ['#9b2226', '#ae2012', '#e9d8a6'], MERIDIAN,
    ['Котельня перед початком опалювального сезону', 'Котельная перед началом отопительного сезона', 'A boiler house before the heating season'],
    ['Труби й манометри в котельні', 'Трубы и манометры в котельной', 'Pipes and pressure gauges in a boiler house']),
];

/** Lead-photo subjects; a story stores an index into this list. */
export const PHOTOS: CorpusPhoto[] = ENTRIES.map(({ palette, caption, credit, alt }) => ({ palette, caption, credit, alt }));

/** Index of each photo by subject key, for templates that want a particular picture. */
export const PHOTO_INDEX: Readonly<Record<string, number>> = Object.fromEntries(ENTRIES.map((p, i) => [p.key, i]));

/** Indexes of the photos that suit each section, for templates that name none. */
export const PHOTOS_BY_SECTION: Readonly<Record<string, readonly number[]>> = ENTRIES.reduce<Record<string, number[]>>(
  (acc, p, i) => {
    (acc[p.section] ??= []).push(i);
    return acc;
  },
  {},
);
