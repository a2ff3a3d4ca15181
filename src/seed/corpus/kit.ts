import type { Block } from '../../domain/blocks.js';
import type { Lang, Localized } from '../../domain/locale.js';
import { SPEAKERS } from './people.js';
import { CITIES, COUNTRIES, FOREIGN_CITIES, type City, type Country, type ForeignCity } from './places.js';
import type { Rng } from './types.js';

/**
 * What story templates are written with. A template writes all three languages side by side from the
 * same random facts, so the versions of one story always agree on names and numbers. Nothing here
 * inflects words: case forms are stored (places.ts) and counted nouns carry their plural forms.
 */

export type L = Localized<string>;

export const t = (uk: string, ru: string, en: string): L => ({ uk, ru, en });

/** A body block in all three languages. */
export type LBlock =
  | { type: 'paragraph'; text: L }
  | { type: 'heading'; text: L }
  | { type: 'quote'; text: L; cite: L }
  | { type: 'list'; items: L[] };

export const p = (uk: string, ru: string, en: string): LBlock => ({ type: 'paragraph', text: { uk, ru, en } });
export const h = (uk: string, ru: string, en: string): LBlock => ({ type: 'heading', text: { uk, ru, en } });
export const q = (text: L, cite: L): LBlock => ({ type: 'quote', text, cite });
export const ul = (...items: L[]): LBlock => ({ type: 'list', items });

/** What a template writes. */
export interface Written {
  headline: L;
  lead: L;
  /** The news version: three to five blocks, at least three of them paragraphs. */
  body: LBlock[];
  /** What a long read adds after a heading: background, context, what happens next. */
  more: LBlock[];
}

export interface Template {
  key: string;
  section: string;
  /** Plausible tags, the most relevant first. */
  tags: readonly string[];
  /** Outlets that could have reported it. */
  outlets: readonly string[];
  /** Whom those outlets cite, already in the case "citing" needs: "з посиланням на Мінфін". */
  citing?: readonly L[];
  /** Photo subjects that fit; otherwise one of the section's. */
  photos?: readonly string[];
  write(x: Ctx): Written;
}

export function toBlock(block: LBlock, lang: Lang): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', content: [{ type: 'text', text: block.text[lang] }] };
    case 'heading':
      return { type: 'heading', level: 2, text: block.text[lang] };
    case 'quote':
      return { type: 'quote', content: [{ type: 'text', text: block.text[lang] }], cite: block.cite[lang] };
    case 'list':
      return { type: 'list', ordered: false, items: block.items.map((item) => [{ type: 'text', text: item[lang] }]) };
  }
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Numbers ---------------------------------------------------------------------------------------

const NBSP = '\u00a0';

/**
 * House style for figures: "12 500" and "4,2" in Ukrainian and Russian (four-digit numbers stay
 * unbroken: "1500"), "12,500" and "4.2" in English. Trailing zero decimals are dropped.
 */
export function fmt(value: number, lang: Lang, digits = 0): string {
  let [int = '0', frac = ''] = value.toFixed(digits).split('.');
  frac = frac.replace(/0+$/, '');
  const group = lang === 'en' ? int.length > 3 : int.length > 4;
  if (group) int = int.replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : NBSP);
  return frac ? `${int}${lang === 'en' ? '.' : ','}${frac}` : int;
}

const each = (f: (lang: Lang) => string): L => ({ uk: f('uk'), ru: f('ru'), en: f('en') });

export const num = (value: number, digits = 0): L => each((lang) => fmt(value, lang, digits));

/** "4,2%" / "4.2%". */
export const pct = (value: number, digits = 1): L => each((lang) => `${fmt(value, lang, digits)}%`);

/** Hryvnias, given in millions: "450 млн грн", "1,2 млрд грн" / "UAH 450m", "UAH 1.2bn". */
export function uah(millions: number): L {
  if (millions >= 1000) {
    const v = millions / 1000;
    return each((lang) => (lang === 'en' ? `UAH ${fmt(v, lang, 1)}bn` : `${fmt(v, lang, 1)} млрд грн`));
  }
  if (millions >= 1) return each((lang) => (lang === 'en' ? `UAH ${fmt(millions, lang, 1)}m` : `${fmt(millions, lang, 1)} млн грн`));
  const v = Math.round(millions * 1000);
  return t(`${fmt(v, 'uk')} тис. грн`, `${fmt(v, 'ru')} тыс. грн`, `UAH ${fmt(v * 1000, 'en')}`);
}

/** Euros, given in millions: "12 млн євро" / "12 млн евро" / "€12m". */
export function eur(millions: number): L {
  if (millions >= 1000) {
    const v = fmt(millions / 1000, 'uk', 1);
    return t(`${v} млрд євро`, `${v} млрд евро`, `€${fmt(millions / 1000, 'en', 1)}bn`);
  }
  const v = fmt(millions, 'uk', 1);
  return t(`${v} млн євро`, `${v} млн евро`, `€${fmt(millions, 'en', 1)}m`);
}

/** US dollars, given in millions: "$3,5 млн" / "$3.5m". */
export const usd = (millions: number): L =>
  each((lang) => (lang === 'en' ? `$${fmt(millions, lang, 1)}m` : `$${fmt(millions, lang, 1)} млн`));

/**
 * A countable noun. Ukrainian and Russian forms: [one, few, many, genitive singular], so
 * "1 голос, 2 голоси, 5 голосів" and "для 21 громади"; English: [one, many].
 */
export interface Noun {
  uk: readonly [string, string, string, string];
  ru: readonly [string, string, string, string];
  en: readonly [string, string];
}

export function noun(uk: string, ru: string, en: string): Noun {
  const four = (s: string) => {
    const [a = '', b = a, c = b, d = b] = s.split('|');
    return [a, b, c, d] as const;
  };
  const [one = '', many = one] = en.split('|');
  return { uk: four(uk), ru: four(ru), en: [one, many] };
}

/** 0 for 1, 21, 101; 1 for 2–4, 22–24; 2 for the rest (5–20, 25–30…). */
function slavicForm(n: number): 0 | 1 | 2 {
  const n10 = n % 10;
  const n100 = n % 100;
  if (n10 === 1 && n100 !== 11) return 0;
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return 1;
  return 2;
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** English house style spells out one to nine: "seven days", "12 days". */
export const enNum = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 10 ? (EN_SMALL[n] as string) : fmt(n, 'en'));

/** "1st", "2nd", "23rd", "67th". */
export function enOrdinal(n: number): string {
  const n100 = n % 100;
  const suffix = n100 >= 11 && n100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A number with its noun in the nominative or accusative: "248 голосів" / "248 голосов" / "248 votes". */
export function count(n: number, w: Noun): L {
  const f = slavicForm(n);
  return t(`${fmt(n, 'uk')} ${w.uk[f]}`, `${fmt(n, 'ru')} ${w.ru[f]}`, `${enNum(n)} ${w.en[n === 1 ? 0 : 1]}`);
}

/** A number with its noun in the genitive: "для 21 громади", "понад 5 громад". */
export function countGen(n: number, w: Noun): L {
  const f = slavicForm(n) === 0 ? 3 : 2;
  return t(`${fmt(n, 'uk')} ${w.uk[f]}`, `${fmt(n, 'ru')} ${w.ru[f]}`, `${enNum(n)} ${w.en[n === 1 ? 0 : 1]}`);
}

/** A job in a quote's attribution; Ukrainian uses the feminine title for women. */
export interface Role {
  uk: readonly [male: string, female: string];
  ru: string;
  en: string;
}

export const role = (ukMale: string, ukFemale: string, ru: string, en: string): Role => ({ uk: [ukMale, ukFemale], ru, en });

// The facts of one story ------------------------------------------------------------------------

const WEEKDAYS: L[] = [
  t('у понеділок', 'в понедельник', 'on Monday'),
  t('у вівторок', 'во вторник', 'on Tuesday'),
  t('у середу', 'в среду', 'on Wednesday'),
  t('у четвер', 'в четверг', 'on Thursday'),
  t('у п’ятницю', 'в пятницу', 'on Friday'),
];
const WEEKEND: L[] = [t('у суботу', 'в субботу', 'on Saturday'), t('у неділю', 'в воскресенье', 'on Sunday')];

/**
 * Random facts for one story, drawn from the story's Rng in the order a template asks for them, so
 * the same seed writes the same story. Places are drawn on first use and remembered.
 */
export class Ctx {
  /** Ukrainian cities the story mentions, so the generator can tag them. */
  readonly places: City[] = [];
  #city: City | undefined;
  #city2: City | undefined;

  constructor(private readonly rng: Rng) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + this.rng.int(max - min + 1);
  }

  /** A multiple of step in [min, max]: round figures read naturally. */
  step(min: number, max: number, step: number): number {
    return min + step * this.rng.int(Math.floor((max - min) / step) + 1);
  }

  /** A number in [min, max] with `digits` decimals. */
  dec(min: number, max: number, digits = 1): number {
    const f = 10 ** digits;
    return Math.round((min + (max - min) * this.rng.next()) * f) / f;
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  chance(probability: number): boolean {
    return this.rng.next() < probability;
  }

  /** The story's Ukrainian city. */
  get city(): City {
    return (this.#city ??= this.remember(this.rng.pick(CITIES)));
  }

  /** A second city, different from the first. */
  get city2(): City {
    if (!this.#city2) {
      const first = this.city;
      const others = CITIES.filter((c) => c !== first);
      this.#city2 = this.remember(this.rng.pick(others));
    }
    return this.#city2;
  }

  /** Sets the story's city from those that pass a test (e.g. cities with trams). */
  cityWhere(test: (c: City) => boolean): City {
    return (this.#city ??= this.remember(this.rng.pick(CITIES.filter(test))));
  }

  /** A working day with its preposition: "у вівторок" / "во вторник" / "on Tuesday". */
  get weekday(): L {
    return this.rng.pick(WEEKDAYS);
  }

  get weekend(): L {
    return this.rng.pick(WEEKEND);
  }

  get foreignCity(): ForeignCity {
    return this.rng.pick(FOREIGN_CITIES);
  }

  get country(): Country {
    return this.rng.pick(COUNTRIES);
  }

  /** A quote's attribution: "Ірина Коваль, директорка лікарні". */
  speaker(job: Role): L {
    const s = this.rng.pick(SPEAKERS);
    return t(`${s.name.uk}, ${job.uk[s.female ? 1 : 0]}`, `${s.name.ru}, ${job.ru}`, `${s.name.en}, ${job.en}`);
  }

  private remember(c: City): City {
    this.places.push(c);
    return c;
  }
}
