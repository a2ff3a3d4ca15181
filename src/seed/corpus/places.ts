import type { Localized } from '../../domain/locale.js';

/**
 * Places the demo stories happen in, with every form the templates need, so no text is inflected by
 * code: Ukrainian and Russian decline city names ("у Львові", "во Львове"), English does not.
 */
export interface CityForms {
  /** "Львів" */
  nom: string;
  /** "Львова": mayor of, residents of. */
  gen: string;
  /** "у Львові", with the preposition, which depends on the name in both languages. */
  loc: string;
  /** "до Львова" / "во Львов" / "to Lviv". */
  to: string;
  /** "зі Львова" / "из Львова" / "from Lviv". */
  from: string;
  /** "Львівська область" / "the Lviv region". */
  region: string;
  /** "Львівської області" / "the Lviv region". */
  regionGen: string;
  /** "у Львівській області" / "in the Lviv region". */
  regionLoc: string;
}

export interface City extends Localized<CityForms> {
  /** Also the key of the city's tag. */
  key: string;
  /** Has a tram network (the transport templates ask). */
  tram: boolean;
}

type Forms = [nom: string, gen: string, loc: string, to: string, region: string, regionGen: string, regionLoc: string];

/** Ukrainian "from" is з, зі or із, by the sounds around it: "зі Львова", "із Житомира". */
const UK_FROM: Record<string, string> = { lviv: 'зі', zaporizhzhia: 'із', zhytomyr: 'із' };

function city(key: string, tram: boolean, uk: Forms, ru: Forms, en: Forms): City {
  const forms = ([nom, gen, loc, to, region, regionGen, regionLoc]: Forms, from: string): CityForms => ({
    nom, gen, loc, to, from, region, regionGen, regionLoc,
  });
  return {
    key,
    tram,
    uk: forms(uk, `${UK_FROM[key] ?? 'з'} ${uk[1]}`),
    ru: forms(ru, `из ${ru[1]}`),
    en: forms(en, `from ${en[0]}`),
  };
}

export const CITIES: City[] = [
  city('kyiv', true,
    ['Київ', 'Києва', 'у Києві', 'до Києва', 'Київська область', 'Київської області', 'у Київській області'],
    ['Киев', 'Киева', 'в Киеве', 'в Киев', 'Киевская область', 'Киевской области', 'в Киевской области'],
    ['Kyiv', 'Kyiv', 'in Kyiv', 'to Kyiv', 'the Kyiv region', 'the Kyiv region', 'in the Kyiv region']),
  city('lviv', true,
    ['Львів', 'Львова', 'у Львові', 'до Львова', 'Львівська область', 'Львівської області', 'у Львівській області'],
    ['Львов', 'Львова', 'во Львове', 'во Львов', 'Львовская область', 'Львовской области', 'во Львовской области'],
    ['Lviv', 'Lviv', 'in Lviv', 'to Lviv', 'the Lviv region', 'the Lviv region', 'in the Lviv region']),
  city('odesa', true,
    ['Одеса', 'Одеси', 'в Одесі', 'до Одеси', 'Одеська область', 'Одеської області', 'в Одеській області'],
    ['Одесса', 'Одессы', 'в Одессе', 'в Одессу', 'Одесская область', 'Одесской области', 'в Одесской области'],
    ['Odesa', 'Odesa', 'in Odesa', 'to Odesa', 'the Odesa region', 'the Odesa region', 'in the Odesa region']),
  city('kharkiv', true,
    ['Харків', 'Харкова', 'у Харкові', 'до Харкова', 'Харківська область', 'Харківської області', 'у Харківській області'],
    ['Харьков', 'Харькова', 'в Харькове', 'в Харьков', 'Харьковская область', 'Харьковской области', 'в Харьковской области'],
    ['Kharkiv', 'Kharkiv', 'in Kharkiv', 'to Kharkiv', 'the Kharkiv region', 'the Kharkiv region', 'in the Kharkiv region']),
  city('dnipro', true,
    ['Дніпро', 'Дніпра', 'у Дніпрі', 'до Дніпра', 'Дніпропетровська область', 'Дніпропетровської області', 'у Дніпропетровській області'],
    ['Днепр', 'Днепра', 'в Днепре', 'в Днепр', 'Днепропетровская область', 'Днепропетровской области', 'в Днепропетровской области'],
    ['Dnipro', 'Dnipro', 'in Dnipro', 'to Dnipro', 'the Dnipropetrovsk region', 'the Dnipropetrovsk region', 'in the Dnipropetrovsk region']),
  city('vinnytsia', true,
    ['Вінниця', 'Вінниці', 'у Вінниці', 'до Вінниці', 'Вінницька область', 'Вінницької області', 'у Вінницькій області'],
    ['Винница', 'Винницы', 'в Виннице', 'в Винницу', 'Винницкая область', 'Винницкой области', 'в Винницкой области'],
    ['Vinnytsia', 'Vinnytsia', 'in Vinnytsia', 'to Vinnytsia', 'the Vinnytsia region', 'the Vinnytsia region', 'in the Vinnytsia region']),
  city('zaporizhzhia', true,
    ['Запоріжжя', 'Запоріжжя', 'у Запоріжжі', 'до Запоріжжя', 'Запорізька область', 'Запорізької області', 'у Запорізькій області'],
    ['Запорожье', 'Запорожья', 'в Запорожье', 'в Запорожье', 'Запорожская область', 'Запорожской области', 'в Запорожской области'],
    ['Zaporizhzhia', 'Zaporizhzhia', 'in Zaporizhzhia', 'to Zaporizhzhia', 'the Zaporizhzhia region', 'the Zaporizhzhia region', 'in the Zaporizhzhia region']),
  city('poltava', false,
    ['Полтава', 'Полтави', 'у Полтаві', 'до Полтави', 'Полтавська область', 'Полтавської області', 'у Полтавській області'],
    ['Полтава', 'Полтавы', 'в Полтаве', 'в Полтаву', 'Полтавская область', 'Полтавской области', 'в Полтавской области'],
    ['Poltava', 'Poltava', 'in Poltava', 'to Poltava', 'the Poltava region', 'the Poltava region', 'in the Poltava region']),
  city('uzhhorod', false,
    ['Ужгород', 'Ужгорода', 'в Ужгороді', 'до Ужгорода', 'Закарпатська область', 'Закарпатської області', 'у Закарпатській області'],
    ['Ужгород', 'Ужгорода', 'в Ужгороде', 'в Ужгород', 'Закарпатская область', 'Закарпатской области', 'в Закарпатской области'],
    ['Uzhhorod', 'Uzhhorod', 'in Uzhhorod', 'to Uzhhorod', 'the Zakarpattia region', 'the Zakarpattia region', 'in the Zakarpattia region']),
  city('chernihiv', false,
    ['Чернігів', 'Чернігова', 'у Чернігові', 'до Чернігова', 'Чернігівська область', 'Чернігівської області', 'у Чернігівській області'],
    ['Чернигов', 'Чернигова', 'в Чернигове', 'в Чернигов', 'Черниговская область', 'Черниговской области', 'в Черниговской области'],
    ['Chernihiv', 'Chernihiv', 'in Chernihiv', 'to Chernihiv', 'the Chernihiv region', 'the Chernihiv region', 'in the Chernihiv region']),
  city('ivano-frankivsk', false,
    ['Івано-Франківськ', 'Івано-Франківська', 'в Івано-Франківську', 'до Івано-Франківська', 'Івано-Франківська область', 'Івано-Франківської області', 'в Івано-Франківській області'],
    ['Ивано-Франковск', 'Ивано-Франковска', 'в Ивано-Франковске', 'в Ивано-Франковск', 'Ивано-Франковская область', 'Ивано-Франковской области', 'в Ивано-Франковской области'],
    ['Ivano-Frankivsk', 'Ivano-Frankivsk', 'in Ivano-Frankivsk', 'to Ivano-Frankivsk', 'the Ivano-Frankivsk region', 'the Ivano-Frankivsk region', 'in the Ivano-Frankivsk region']),
  city('zhytomyr', true,
    ['Житомир', 'Житомира', 'у Житомирі', 'до Житомира', 'Житомирська область', 'Житомирської області', 'у Житомирській області'],
    ['Житомир', 'Житомира', 'в Житомире', 'в Житомир', 'Житомирская область', 'Житомирской области', 'в Житомирской области'],
    ['Zhytomyr', 'Zhytomyr', 'in Zhytomyr', 'to Zhytomyr', 'the Zhytomyr region', 'the Zhytomyr region', 'in the Zhytomyr region']),
  city('mykolaiv', true,
    ['Миколаїв', 'Миколаєва', 'у Миколаєві', 'до Миколаєва', 'Миколаївська область', 'Миколаївської області', 'у Миколаївській області'],
    ['Николаев', 'Николаева', 'в Николаеве', 'в Николаев', 'Николаевская область', 'Николаевской области', 'в Николаевской области'],
    ['Mykolaiv', 'Mykolaiv', 'in Mykolaiv', 'to Mykolaiv', 'the Mykolaiv region', 'the Mykolaiv region', 'in the Mykolaiv region']),
  city('ternopil', false,
    ['Тернопіль', 'Тернополя', 'у Тернополі', 'до Тернополя', 'Тернопільська область', 'Тернопільської області', 'у Тернопільській області'],
    ['Тернополь', 'Тернополя', 'в Тернополе', 'в Тернополь', 'Тернопольская область', 'Тернопольской области', 'в Тернопольской области'],
    ['Ternopil', 'Ternopil', 'in Ternopil', 'to Ternopil', 'the Ternopil region', 'the Ternopil region', 'in the Ternopil region']),
  city('rivne', false,
    ['Рівне', 'Рівного', 'у Рівному', 'до Рівного', 'Рівненська область', 'Рівненської області', 'у Рівненській області'],
    ['Ровно', 'Ровно', 'в Ровно', 'в Ровно', 'Ровенская область', 'Ровенской области', 'в Ровенской области'],
    ['Rivne', 'Rivne', 'in Rivne', 'to Rivne', 'the Rivne region', 'the Rivne region', 'in the Rivne region']),
  city('lutsk', false,
    ['Луцьк', 'Луцька', 'у Луцьку', 'до Луцька', 'Волинська область', 'Волинської області', 'у Волинській області'],
    ['Луцк', 'Луцка', 'в Луцке', 'в Луцк', 'Волынская область', 'Волынской области', 'в Волынской области'],
    ['Lutsk', 'Lutsk', 'in Lutsk', 'to Lutsk', 'the Volyn region', 'the Volyn region', 'in the Volyn region']),
];

/** A foreign city where tournaments, summits and festivals happen: [nominative, "in …"]. */
export type ForeignCity = Localized<[nom: string, loc: string]>;

export const FOREIGN_CITIES: ForeignCity[] = [
  { uk: ['Прага', 'у Празі'], ru: ['Прага', 'в Праге'], en: ['Prague', 'in Prague'] },
  { uk: ['Варшава', 'у Варшаві'], ru: ['Варшава', 'в Варшаве'], en: ['Warsaw', 'in Warsaw'] },
  { uk: ['Вільнюс', 'у Вільнюсі'], ru: ['Вильнюс', 'в Вильнюсе'], en: ['Vilnius', 'in Vilnius'] },
  { uk: ['Рига', 'у Ризі'], ru: ['Рига', 'в Риге'], en: ['Riga', 'in Riga'] },
  { uk: ['Таллінн', 'у Таллінні'], ru: ['Таллин', 'в Таллине'], en: ['Tallinn', 'in Tallinn'] },
  { uk: ['Гельсінкі', 'у Гельсінкі'], ru: ['Хельсинки', 'в Хельсинки'], en: ['Helsinki', 'in Helsinki'] },
  { uk: ['Копенгаген', 'у Копенгагені'], ru: ['Копенгаген', 'в Копенгагене'], en: ['Copenhagen', 'in Copenhagen'] },
  { uk: ['Амстердам', 'в Амстердамі'], ru: ['Амстердам', 'в Амстердаме'], en: ['Amsterdam', 'in Amsterdam'] },
  { uk: ['Лісабон', 'у Лісабоні'], ru: ['Лиссабон', 'в Лиссабоне'], en: ['Lisbon', 'in Lisbon'] },
  { uk: ['Мадрид', 'у Мадриді'], ru: ['Мадрид', 'в Мадриде'], en: ['Madrid', 'in Madrid'] },
];

/** A partner country: [nominative, genitive ("of Lithuania"), "from Lithuania"]. */
export type Country = Localized<[nom: string, gen: string, from: string]>;

export const COUNTRIES: Country[] = [
  { uk: ['Литва', 'Литви', 'з Литви'], ru: ['Литва', 'Литвы', 'из Литвы'], en: ['Lithuania', 'Lithuania', 'from Lithuania'] },
  { uk: ['Латвія', 'Латвії', 'з Латвії'], ru: ['Латвия', 'Латвии', 'из Латвии'], en: ['Latvia', 'Latvia', 'from Latvia'] },
  { uk: ['Естонія', 'Естонії', 'з Естонії'], ru: ['Эстония', 'Эстонии', 'из Эстонии'], en: ['Estonia', 'Estonia', 'from Estonia'] },
  { uk: ['Фінляндія', 'Фінляндії', 'з Фінляндії'], ru: ['Финляндия', 'Финляндии', 'из Финляндии'], en: ['Finland', 'Finland', 'from Finland'] },
  { uk: ['Данія', 'Данії', 'з Данії'], ru: ['Дания', 'Дании', 'из Дании'], en: ['Denmark', 'Denmark', 'from Denmark'] },
  { uk: ['Нідерланди', 'Нідерландів', 'з Нідерландів'], ru: ['Нидерланды', 'Нидерландов', 'из Нидерландов'], en: ['the Netherlands', 'the Netherlands', 'from the Netherlands'] },
  { uk: ['Чехія', 'Чехії', 'з Чехії'], ru: ['Чехия', 'Чехии', 'из Чехии'], en: ['Czechia', 'Czechia', 'from Czechia'] },
  { uk: ['Канада', 'Канади', 'з Канади'], ru: ['Канада', 'Канады', 'из Канады'], en: ['Canada', 'Canada', 'from Canada'] },
  { uk: ['Японія', 'Японії', 'з Японії'], ru: ['Япония', 'Японии', 'из Японии'], en: ['Japan', 'Japan', 'from Japan'] },
  { uk: ['Норвегія', 'Норвегії', 'з Норвегії'], ru: ['Норвегия', 'Норвегии', 'из Норвегии'], en: ['Norway', 'Norway', 'from Norway'] },
  { uk: ['Ірландія', 'Ірландії', 'з Ірландії'], ru: ['Ирландия', 'Ирландии', 'из Ирландии'], en: ['Ireland', 'Ireland', 'from Ireland'] },
  { uk: ['Португалія', 'Португалії', 'з Португалії'], ru: ['Португалия', 'Португалии', 'из Португалии'], en: ['Portugal', 'Portugal', 'from Portugal'] },
];
