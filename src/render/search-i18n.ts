import type { Lang, Localized } from '../domain/locale.js';

/**
 * Words of the search page in all three languages (the header's form uses ./i18n.ts). Counts go
 * through Intl.PluralRules: «1 матеріал», «3 матеріали», «5 матеріалів».
 */
export interface SearchStrings {
  title: string;
  /** The title and heading of a search: "Search: “Kyiv”". */
  titleFor: (q: string) => string;
  queryLabel: string;
  invite: string;
  tips: string;
  /** "42 stories" or "About 1,000 stories". */
  found: (n: string, count: number, exact: boolean) => string;
  sortBy: string;
  sortRelevance: string;
  sortDate: string;
  language: string;
  thisLanguage: string;
  allLanguages: string;
  filters: string;
  section: string;
  tag: string;
  author: string;
  from: string;
  to: string;
  /** Hidden text after a filter's ✕ link. */
  removeFilter: string;
  noResults: string;
  noResultsFor: (q: string) => string;
  onlyStopWords: string;
  truncated: string;
  checkSpelling: string;
  fewerWords: string;
  tryAllLanguages: string;
  /** Before the corrected query's link: "Did you mean: kyiv". */
  didYouMean: string;
  browse: string;
  beyond: string;
  firstPage: string;
  previous: string;
  next: string;
}

const plural = (lang: Lang, forms: Partial<Record<Intl.LDMLPluralRule, string>>) => (count: number) =>
  forms[new Intl.PluralRules(lang).select(count)] ?? forms.other!;

const UK_STORIES = plural('uk', { one: 'матеріал', few: 'матеріали', many: 'матеріалів', other: 'матеріалу' });
const RU_STORIES = plural('ru', { one: 'материал', few: 'материала', many: 'материалов', other: 'материала' });

export const SEARCH_UI: Localized<SearchStrings> = {
  uk: {
    title: 'Пошук',
    titleFor: (q) => `Пошук: «${q}»`,
    queryLabel: 'Що шукати',
    invite: 'Введіть слова, щоб знайти новини, статті й колонки в архіві.',
    tips: 'Фразу беріть у лапки: «мирні переговори». Слово з мінусом виключається: -Москва.',
    found: (n, count, exact) => (exact ? `Знайдено ${n} ${UK_STORIES(count)}` : `Знайдено близько ${n} ${UK_STORIES(count)}`),
    sortBy: 'Сортувати:',
    sortRelevance: 'за релевантністю',
    sortDate: 'за датою',
    language: 'Мова:',
    thisLanguage: 'українська',
    allLanguages: 'усі мови',
    filters: 'Фільтри:',
    section: 'Розділ',
    tag: 'Тег',
    author: 'Автор',
    from: 'Від',
    to: 'До',
    removeFilter: 'прибрати',
    noResults: 'Нічого не знайдено',
    noResultsFor: (q) => `За запитом «${q}» нічого не знайдено.`,
    onlyStopWords: 'У запиті немає слів, за якими можна шукати: лише службові слова чи знаки.',
    truncated: 'Запит задовгий: шукали за його початком.',
    checkSpelling: 'Перевірте, чи правильно написані слова.',
    fewerWords: 'Спробуйте менше слів або інші слова.',
    tryAllLanguages: 'Шукати в усіх мовах',
    didYouMean: 'Можливо, ви мали на увазі:',
    browse: 'Або перегляньте розділи та архів:',
    beyond: 'На цій сторінці результатів уже немає.',
    firstPage: 'До першої сторінки',
    previous: 'Попередня',
    next: 'Наступна',
  },
  ru: {
    title: 'Поиск',
    titleFor: (q) => `Поиск: «${q}»`,
    queryLabel: 'Что искать',
    invite: 'Введите слова, чтобы найти новости, статьи и колонки в архиве.',
    tips: 'Фразу берите в кавычки: «мирные переговоры». Слово с минусом исключается: -Москва.',
    found: (n, count, exact) => (exact ? `Найдено ${n} ${RU_STORIES(count)}` : `Найдено около ${n} ${RU_STORIES(count)}`),
    sortBy: 'Сортировать:',
    sortRelevance: 'по релевантности',
    sortDate: 'по дате',
    language: 'Язык:',
    thisLanguage: 'русский',
    allLanguages: 'все языки',
    filters: 'Фильтры:',
    section: 'Раздел',
    tag: 'Тег',
    author: 'Автор',
    from: 'С',
    to: 'По',
    removeFilter: 'убрать',
    noResults: 'Ничего не найдено',
    noResultsFor: (q) => `По запросу «${q}» ничего не найдено.`,
    onlyStopWords: 'В запросе нет слов, по которым можно искать: только служебные слова или знаки.',
    truncated: 'Запрос слишком длинный: искали по его началу.',
    checkSpelling: 'Проверьте, правильно ли написаны слова.',
    fewerWords: 'Попробуйте меньше слов или другие слова.',
    tryAllLanguages: 'Искать на всех языках',
    didYouMean: 'Возможно, вы имели в виду:',
    browse: 'Или посмотрите разделы и архив:',
    beyond: 'На этой странице результатов уже нет.',
    firstPage: 'К первой странице',
    previous: 'Предыдущая',
    next: 'Следующая',
  },
  en: {
    title: 'Search',
    titleFor: (q) => `Search: “${q}”`,
    queryLabel: 'Search for',
    invite: 'Type a few words to find news, articles and columns in the archive.',
    tips: 'Put a phrase in quotes: "peace talks". A word with a minus is left out: -Moscow.',
    found: (n, count, exact) => `${exact ? '' : 'About '}${n} ${count === 1 ? 'story' : 'stories'}`,
    sortBy: 'Sort by:',
    sortRelevance: 'relevance',
    sortDate: 'date',
    language: 'Language:',
    thisLanguage: 'English',
    allLanguages: 'all languages',
    filters: 'Filters:',
    section: 'Section',
    tag: 'Tag',
    author: 'Author',
    from: 'From',
    to: 'To',
    removeFilter: 'remove',
    noResults: 'Nothing found',
    noResultsFor: (q) => `Nothing matches “${q}”.`,
    onlyStopWords: 'The search has no words to look for, only short common words or signs.',
    truncated: 'The search was too long: only its beginning was used.',
    checkSpelling: 'Check the spelling.',
    fewerWords: 'Try fewer or different words.',
    tryAllLanguages: 'Search in all languages',
    didYouMean: 'Did you mean:',
    browse: 'Or browse the sections and the archive:',
    beyond: 'There are no more results on this page.',
    firstPage: 'Back to the first page',
    previous: 'Previous',
    next: 'Next',
  },
};
