import type { Localized } from '../../domain/locale.js';
import TEXTS from './data/places.json' with { type: 'json' };

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

export const CITIES: City[] = (TEXTS.CITIES as unknown as Parameters<typeof city>[]).map((a) => city(...a));

/** A foreign city where tournaments, summits and festivals happen: [nominative, "in …"]. */
export type ForeignCity = Localized<[nom: string, loc: string]>;

export const FOREIGN_CITIES = TEXTS.FOREIGN_CITIES as ForeignCity[];

/** A partner country: [nominative, genitive ("of Lithuania"), "from Lithuania"]. */
export type Country = Localized<[nom: string, gen: string, from: string]>;

export const COUNTRIES = TEXTS.COUNTRIES as Country[];
