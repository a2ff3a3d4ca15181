import type { CorpusSection } from './types.js';

/**
 * The demo paper's sections, in the order the top menu shows them.
 * Ukrainian slugs follow the official transliteration (Cabinet resolution No. 55 of 2010).
 */
export const SECTIONS: CorpusSection[] = [
  section('politics', ['Політика', 'polityka'], ['Политика', 'politika'], ['Politics', 'politics']),
  section('defence', ['Оборона', 'oborona'], ['Оборона', 'oborona'], ['Defence', 'defence']),
  section('economy', ['Економіка', 'ekonomika'], ['Экономика', 'ekonomika'], ['Economy', 'economy']),
  section('society', ['Суспільство', 'suspilstvo'], ['Общество', 'obshchestvo'], ['Society', 'society']),
  section('world', ['Світ', 'svit'], ['Мир', 'mir'], ['World', 'world']),
  section('regions', ['Регіони', 'rehiony'], ['Регионы', 'regiony'], ['Regions', 'regions']),
  section('technology', ['Технології', 'tekhnolohii'], ['Технологии', 'tekhnologii'], ['Technology', 'technology']),
  section('health', ['Здоров’я', 'zdorovia'], ['Здоровье', 'zdorovye'], ['Health', 'health']),
  section('culture', ['Культура', 'kultura'], ['Культура', 'kultura'], ['Culture', 'culture']),
  section('sport', ['Спорт', 'sport'], ['Спорт', 'sport'], ['Sport', 'sport']),
];

type NameAndSlug = [name: string, slug: string];

function section(key: string, uk: NameAndSlug, ru: NameAndSlug, en: NameAndSlug): CorpusSection {
  return { key, name: { uk: uk[0], ru: ru[0], en: en[0] }, slug: { uk: uk[1], ru: ru[1], en: en[1] } };
}
