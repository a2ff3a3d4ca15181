import type { CorpusTag } from './types.js';

type NameAndSlug = [name: string, slug: string];

function tag(key: string, section: string, uk: NameAndSlug, ru: NameAndSlug, en: NameAndSlug): CorpusTag {
  return { key, section, name: { uk: uk[0], ru: ru[0], en: en[0] }, slug: { uk: uk[1], ru: ru[1], en: en[1] } };
}

/**
 * Topics and places, each filed under the section it mostly belongs to.
 * City tags share their key with the city in `places.ts`, so a story set in Lviv can carry the Lviv tag.
 */
export const TAGS: CorpusTag[] = [
  tag('parliament', 'politics', ['Парламент', 'parlament'], ['Парламент', 'parlament'], ['Parliament', 'parliament']),
  tag('elections', 'politics', ['Вибори', 'vybory'], ['Выборы', 'vybory'], ['Elections', 'elections']),
  tag('local-government', 'politics', ['Місцеве самоврядування', 'mistseve-samovriaduvannia'], ['Местное самоуправление', 'mestnoe-samoupravlenie'], ['Local government', 'local-government']),
  tag('decentralisation', 'politics', ['Децентралізація', 'detsentralizatsiia'], ['Децентрализация', 'detsentralizatsiya'], ['Decentralisation', 'decentralisation']),
  tag('corruption', 'politics', ['Корупція', 'koruptsiia'], ['Коррупция', 'korruptsiya'], ['Corruption', 'corruption']),
  tag('reforms', 'politics', ['Реформи', 'reformy'], ['Реформы', 'reformy'], ['Reforms', 'reforms']),

  tag('drones', 'defence', ['Дрони', 'drony'], ['Дроны', 'drony'], ['Drones', 'drones']),
  tag('air-defence', 'defence', ['Протиповітряна оборона', 'protypovitriana-oborona'], ['Противовоздушная оборона', 'protivovozdushnaya-oborona'], ['Air defence', 'air-defence']),
  tag('veterans', 'defence', ['Ветерани', 'veterany'], ['Ветераны', 'veterany'], ['Veterans', 'veterans']),
  tag('demining', 'defence', ['Розмінування', 'rozminuvannia'], ['Разминирование', 'razminirovanie'], ['Demining', 'demining']),
  tag('defence-industry', 'defence', ['Оборонна промисловість', 'oboronna-promyslovist'], ['Оборонная промышленность', 'oboronnaya-promyshlennost'], ['Defence industry', 'defence-industry']),
  tag('civil-protection', 'defence', ['Цивільний захист', 'tsyvilnyi-zakhyst'], ['Гражданская защита', 'grazhdanskaya-zashchita'], ['Civil protection', 'civil-protection']),

  tag('energy', 'economy', ['Енергетика', 'enerhetyka'], ['Энергетика', 'energetika'], ['Energy', 'energy']),
  tag('inflation', 'economy', ['Інфляція', 'infliatsiia'], ['Инфляция', 'inflyatsiya'], ['Inflation', 'inflation']),
  tag('agriculture', 'economy', ['Сільське господарство', 'silske-hospodarstvo'], ['Сельское хозяйство', 'selskoe-khozyaystvo'], ['Agriculture', 'agriculture']),
  tag('grain', 'economy', ['Зерно', 'zerno'], ['Зерно', 'zerno'], ['Grain', 'grain']),
  tag('exports', 'economy', ['Експорт', 'eksport'], ['Экспорт', 'eksport'], ['Exports', 'exports']),
  tag('budget', 'economy', ['Бюджет', 'biudzhet'], ['Бюджет', 'byudzhet'], ['Budget', 'budget']),
  tag('banking', 'economy', ['Банки', 'banky'], ['Банки', 'banki'], ['Banking', 'banking']),
  tag('small-business', 'economy', ['Малий бізнес', 'malyi-biznes'], ['Малый бизнес', 'malyy-biznes'], ['Small business', 'small-business']),
  tag('prices', 'economy', ['Ціни', 'tsiny'], ['Цены', 'tseny'], ['Prices', 'prices']),
  tag('jobs', 'economy', ['Ринок праці', 'rynok-pratsi'], ['Рынок труда', 'rynok-truda'], ['Jobs', 'jobs']),

  tag('education', 'society', ['Освіта', 'osvita'], ['Образование', 'obrazovanie'], ['Education', 'education']),
  tag('weather', 'society', ['Погода', 'pohoda'], ['Погода', 'pogoda'], ['Weather', 'weather']),
  tag('public-transport', 'society', ['Громадський транспорт', 'hromadskyi-transport'], ['Общественный транспорт', 'obshchestvennyy-transport'], ['Public transport', 'public-transport']),
  tag('railways', 'society', ['Залізниця', 'zaliznytsia'], ['Железная дорога', 'zheleznaya-doroga'], ['Railways', 'railways']),
  tag('housing', 'society', ['Житло', 'zhytlo'], ['Жильё', 'zhilyo'], ['Housing', 'housing']),
  tag('pensions', 'society', ['Пенсії', 'pensii'], ['Пенсии', 'pensii'], ['Pensions', 'pensions']),
  tag('environment', 'society', ['Екологія', 'ekolohiia'], ['Экология', 'ekologiya'], ['Environment', 'environment']),
  tag('displaced-people', 'society', ['Переселенці', 'pereselentsi'], ['Переселенцы', 'pereselentsy'], ['Displaced people', 'displaced-people']),
  tag('volunteering', 'society', ['Волонтерство', 'volonterstvo'], ['Волонтёрство', 'volontyorstvo'], ['Volunteering', 'volunteering']),

  tag('european-union', 'world', ['Європейський Союз', 'yevropeiskyi-soiuz'], ['Европейский союз', 'evropeyskiy-soyuz'], ['European Union', 'european-union']),
  tag('nato', 'world', ['НАТО', 'nato'], ['НАТО', 'nato'], ['Nato', 'nato']),
  tag('poland', 'world', ['Польща', 'polshcha'], ['Польша', 'polsha'], ['Poland', 'poland']),
  tag('moldova', 'world', ['Молдова', 'moldova'], ['Молдова', 'moldova'], ['Moldova', 'moldova']),
  tag('sanctions', 'world', ['Санкції', 'sanktsii'], ['Санкции', 'sanktsii'], ['Sanctions', 'sanctions']),
  tag('diplomacy', 'world', ['Дипломатія', 'dyplomatiia'], ['Дипломатия', 'diplomatiya'], ['Diplomacy', 'diplomacy']),
  tag('international-aid', 'world', ['Міжнародна допомога', 'mizhnarodna-dopomoha'], ['Международная помощь', 'mezhdunarodnaya-pomoshch'], ['International aid', 'international-aid']),

  tag('startups', 'technology', ['Стартапи', 'startapy'], ['Стартапы', 'startapy'], ['Start-ups', 'start-ups']),
  tag('cybersecurity', 'technology', ['Кібербезпека', 'kiberbezpeka'], ['Кибербезопасность', 'kiberbezopasnost'], ['Cybersecurity', 'cybersecurity']),
  tag('digital-services', 'technology', ['Цифрові послуги', 'tsyfrovi-posluhy'], ['Цифровые услуги', 'tsifrovye-uslugi'], ['Digital services', 'digital-services']),
  tag('artificial-intelligence', 'technology', ['Штучний інтелект', 'shtuchnyi-intelekt'], ['Искусственный интеллект', 'iskusstvennyy-intellekt'], ['Artificial intelligence', 'artificial-intelligence']),
  tag('mobile-networks', 'technology', ['Мобільний зв’язок', 'mobilnyi-zviazok'], ['Мобильная связь', 'mobilnaya-svyaz'], ['Mobile networks', 'mobile-networks']),
  tag('space', 'technology', ['Космос', 'kosmos'], ['Космос', 'kosmos'], ['Space', 'space']),

  tag('hospitals', 'health', ['Лікарні', 'likarni'], ['Больницы', 'bolnitsy'], ['Hospitals', 'hospitals']),
  tag('vaccination', 'health', ['Вакцинація', 'vaktsynatsiia'], ['Вакцинация', 'vaktsinatsiya'], ['Vaccination', 'vaccination']),
  tag('medicines', 'health', ['Ліки', 'liky'], ['Лекарства', 'lekarstva'], ['Medicines', 'medicines']),
  tag('rehabilitation', 'health', ['Реабілітація', 'reabilitatsiia'], ['Реабилитация', 'reabilitatsiya'], ['Rehabilitation', 'rehabilitation']),
  tag('mental-health', 'health', ['Психічне здоров’я', 'psykhichne-zdorovia'], ['Психическое здоровье', 'psikhicheskoe-zdorovye'], ['Mental health', 'mental-health']),
  tag('flu', 'health', ['Грип', 'hryp'], ['Грипп', 'gripp'], ['Flu', 'flu']),

  tag('theatre', 'culture', ['Театр', 'teatr'], ['Театр', 'teatr'], ['Theatre', 'theatre']),
  tag('film', 'culture', ['Кіно', 'kino'], ['Кино', 'kino'], ['Film', 'film']),
  tag('books', 'culture', ['Книжки', 'knyzhky'], ['Книги', 'knigi'], ['Books', 'books']),
  tag('music', 'culture', ['Музика', 'muzyka'], ['Музыка', 'muzyka'], ['Music', 'music']),
  tag('museums', 'culture', ['Музеї', 'muzei'], ['Музеи', 'muzei'], ['Museums', 'museums']),
  tag('heritage', 'culture', ['Культурна спадщина', 'kulturna-spadshchyna'], ['Культурное наследие', 'kulturnoe-nasledie'], ['Heritage', 'heritage']),

  tag('football', 'sport', ['Футбол', 'futbol'], ['Футбол', 'futbol'], ['Football', 'football']),
  tag('athletics', 'sport', ['Легка атлетика', 'lehka-atletyka'], ['Легкая атлетика', 'legkaya-atletika'], ['Athletics', 'athletics']),
  tag('basketball', 'sport', ['Баскетбол', 'basketbol'], ['Баскетбол', 'basketbol'], ['Basketball', 'basketball']),
  tag('tennis', 'sport', ['Теніс', 'tenis'], ['Теннис', 'tennis'], ['Tennis', 'tennis']),
  tag('swimming', 'sport', ['Плавання', 'plavannia'], ['Плавание', 'plavanie'], ['Swimming', 'swimming']),
  tag('paralympic-sport', 'sport', ['Паралімпійський спорт', 'paralimpiiskyi-sport'], ['Паралимпийский спорт', 'paralimpiyskiy-sport'], ['Paralympic sport', 'paralympic-sport']),

  tag('roads', 'regions', ['Дороги', 'dorohy'], ['Дороги', 'dorogi'], ['Roads', 'roads']),
  tag('utilities', 'regions', ['Комунальні послуги', 'komunalni-posluhy'], ['Коммунальные услуги', 'kommunalnye-uslugi'], ['Utilities', 'utilities']),
  tag('kyiv', 'regions', ['Київ', 'kyiv'], ['Киев', 'kiev'], ['Kyiv', 'kyiv']),
  tag('lviv', 'regions', ['Львів', 'lviv'], ['Львов', 'lvov'], ['Lviv', 'lviv']),
  tag('odesa', 'regions', ['Одеса', 'odesa'], ['Одесса', 'odessa'], ['Odesa', 'odesa']),
  tag('kharkiv', 'regions', ['Харків', 'kharkiv'], ['Харьков', 'kharkov'], ['Kharkiv', 'kharkiv']),
  tag('dnipro', 'regions', ['Дніпро', 'dnipro'], ['Днепр', 'dnepr'], ['Dnipro', 'dnipro']),
  tag('vinnytsia', 'regions', ['Вінниця', 'vinnytsia'], ['Винница', 'vinnitsa'], ['Vinnytsia', 'vinnytsia']),
  tag('zaporizhzhia', 'regions', ['Запоріжжя', 'zaporizhzhia'], ['Запорожье', 'zaporozhye'], ['Zaporizhzhia', 'zaporizhzhia']),
  tag('poltava', 'regions', ['Полтава', 'poltava'], ['Полтава', 'poltava'], ['Poltava', 'poltava']),
  tag('uzhhorod', 'regions', ['Ужгород', 'uzhhorod'], ['Ужгород', 'uzhgorod'], ['Uzhhorod', 'uzhhorod']),
  tag('chernihiv', 'regions', ['Чернігів', 'chernihiv'], ['Чернигов', 'chernigov'], ['Chernihiv', 'chernihiv']),
  tag('ivano-frankivsk', 'regions', ['Івано-Франківськ', 'ivano-frankivsk'], ['Ивано-Франковск', 'ivano-frankovsk'], ['Ivano-Frankivsk', 'ivano-frankivsk']),
  tag('zhytomyr', 'regions', ['Житомир', 'zhytomyr'], ['Житомир', 'zhitomir'], ['Zhytomyr', 'zhytomyr']),
  tag('mykolaiv', 'regions', ['Миколаїв', 'mykolaiv'], ['Николаев', 'nikolaev'], ['Mykolaiv', 'mykolaiv']),
  tag('ternopil', 'regions', ['Тернопіль', 'ternopil'], ['Тернополь', 'ternopol'], ['Ternopil', 'ternopil']),
  tag('rivne', 'regions', ['Рівне', 'rivne'], ['Ровно', 'rovno'], ['Rivne', 'rivne']),
  tag('lutsk', 'regions', ['Луцьк', 'lutsk'], ['Луцк', 'lutsk'], ['Lutsk', 'lutsk']),
];
