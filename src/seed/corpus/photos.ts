import type { Localized } from '../../domain/locale.js';
import type { CorpusPhoto } from './types.js';
import TEXTS from './data/photos.json' with { type: 'json' };

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
/** data/photos.json names each photo's credit by its key here. */
const CREDITS = { HUMENIUK, YAKOVENKO, DANYLIUK, MERIDIAN, LUMEN, STOCKFRAME, CITY_COUNCIL };

interface PhotoEntry extends CorpusPhoto {
  key: string;
  section: string;
}

function photo(key: string, section: string, palette: [string, string, string], credit: keyof typeof CREDITS, caption: Text, alt: Text): PhotoEntry {
  return { key, section, palette, credit: CREDITS[credit], caption: loc(caption), alt: loc(alt) };
}

const ENTRIES: PhotoEntry[] = (TEXTS.ENTRIES as unknown as Parameters<typeof photo>[]).map((a) => photo(...a));

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
