import type { Localized } from '../domain/locale.js';

/**
 * Every string the reader site shows, in all three languages. A test checks that each language
 * has every key and that uk/ru pages carry no English leftovers.
 */
export interface UiStrings {
  /** Shown when the site settings have no name. */
  siteName: string;
  tagline: string;
  allSections: string;
  supportUs: string;
  skipToContent: string;
  languageSwitcher: string;
  recentNews: string;
  allNews: string;
  latestNews: string;
  topStories: string;
  moreNews: string;
  columns: string;
  advertisement: string;
  source: string;
  details: string;
  background: string;
  tags: string;
  updated: string;
  updateNote: string;
  video: string;
  photos: string;
  important: string;
  by: string;
  published: string;
  newer: string;
  older: string;
  page: string;
  previousDay: string;
  nextDay: string;
  noStories: string;
  archiveTitle: string;
  sectionTitle: string;
  tagTitle: string;
  authorTitle: string;
  notFoundTitle: string;
  notFoundText: string;
  badRequestTitle: string;
  badRequestText: string;
  serverErrorTitle: string;
  serverErrorText: string;
  backHome: string;
  kindNews: string;
  kindArticle: string;
  kindColumn: string;
  photoCredit: string;
  footerNote: string;
  /** Label of the footer's section list (the header's is "All sections"). */
  sections: string;
  /** Before one author's name: "By" / "Автор:". */
  bylineOne: string;
  /** Before two or more names: "By" / "Автори:". */
  bylineMany: string;
  /** The "related" body block: "Read also: …". */
  readAlso: string;
  /** Video link-out card: "Watch on YouTube". */
  watchOn: string;
  /** Social embed link-out: "View the post on Telegram". */
  viewPostOn: string;
  /** Label of the pagination nav on list pages. */
  pagination: string;
  /** Label of the previous/next day nav on archive pages. */
  otherDays: string;
  /** The header search form: its name for screen readers, and its button. */
  searchSite: string;
  searchButton: string;
}

export const UI: Localized<UiStrings> = {
  uk: {
    siteName: 'Masthead',
    tagline: 'Новини України та світу',
    allSections: 'Усі розділи',
    supportUs: 'Підтримати нас',
    skipToContent: 'Перейти до змісту',
    languageSwitcher: 'Мова сайту',
    recentNews: 'Останні новини',
    allNews: 'Усі новини',
    latestNews: 'Свіжі новини',
    topStories: 'Головне',
    moreNews: 'Більше новин',
    columns: 'Колонки',
    advertisement: 'Реклама',
    source: 'Джерело',
    details: 'Деталі',
    background: 'Передісторія',
    tags: 'Теги',
    updated: 'оновлено',
    updateNote: 'Оновлення',
    video: 'відео',
    photos: 'фото',
    important: 'важливо',
    by: 'Автор',
    published: 'Опубліковано',
    newer: 'Новіші',
    older: 'Давніші',
    page: 'Сторінка',
    previousDay: 'Попередній день',
    nextDay: 'Наступний день',
    noStories: 'Тут поки немає матеріалів.',
    archiveTitle: 'Усі новини за',
    sectionTitle: 'Розділ',
    tagTitle: 'Тег',
    authorTitle: 'Автор',
    notFoundTitle: 'Сторінку не знайдено',
    notFoundText: 'Такої сторінки немає або її перенесли. Спробуйте почати з головної.',
    badRequestTitle: 'Некоректний запит',
    badRequestText: 'Адреса сторінки містить помилку.',
    serverErrorTitle: 'Щось пішло не так',
    serverErrorText: 'Ми вже знаємо про проблему. Спробуйте оновити сторінку за хвилину.',
    backHome: 'На головну',
    kindNews: 'Новина',
    kindArticle: 'Стаття',
    kindColumn: 'Колонка',
    photoCredit: 'Фото',
    footerNote: 'Усі права захищено.',
    sections: 'Розділи',
    bylineOne: 'Автор:',
    bylineMany: 'Автори:',
    readAlso: 'Читайте також',
    watchOn: 'Дивитися на',
    viewPostOn: 'Переглянути допис у',
    pagination: 'Сторінки',
    otherDays: 'Інші дні',
    searchSite: 'Пошук на сайті',
    searchButton: 'Знайти',
  },
  ru: {
    siteName: 'Masthead',
    tagline: 'Новости Украины и мира',
    allSections: 'Все разделы',
    supportUs: 'Поддержать нас',
    skipToContent: 'Перейти к содержанию',
    languageSwitcher: 'Язык сайта',
    recentNews: 'Последние новости',
    allNews: 'Все новости',
    latestNews: 'Свежие новости',
    topStories: 'Главное',
    moreNews: 'Больше новостей',
    columns: 'Колонки',
    advertisement: 'Реклама',
    source: 'Источник',
    details: 'Подробности',
    background: 'Предыстория',
    tags: 'Теги',
    updated: 'обновлено',
    updateNote: 'Обновление',
    video: 'видео',
    photos: 'фото',
    important: 'важно',
    by: 'Автор',
    published: 'Опубликовано',
    newer: 'Новее',
    older: 'Раньше',
    page: 'Страница',
    previousDay: 'Предыдущий день',
    nextDay: 'Следующий день',
    noStories: 'Здесь пока нет материалов.',
    archiveTitle: 'Все новости за',
    sectionTitle: 'Раздел',
    tagTitle: 'Тег',
    authorTitle: 'Автор',
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'Такой страницы нет или её перенесли. Попробуйте начать с главной.',
    badRequestTitle: 'Некорректный запрос',
    badRequestText: 'Адрес страницы содержит ошибку.',
    serverErrorTitle: 'Что-то пошло не так',
    serverErrorText: 'Мы уже знаем о проблеме. Попробуйте обновить страницу через минуту.',
    backHome: 'На главную',
    kindNews: 'Новость',
    kindArticle: 'Статья',
    kindColumn: 'Колонка',
    photoCredit: 'Фото',
    footerNote: 'Все права защищены.',
    sections: 'Разделы',
    bylineOne: 'Автор:',
    bylineMany: 'Авторы:',
    readAlso: 'Читайте также',
    watchOn: 'Смотреть на',
    viewPostOn: 'Посмотреть публикацию в',
    pagination: 'Страницы',
    otherDays: 'Другие дни',
    searchSite: 'Поиск по сайту',
    searchButton: 'Найти',
  },
  en: {
    siteName: 'Masthead',
    tagline: 'News from Ukraine and the world',
    allSections: 'All sections',
    supportUs: 'Support us',
    skipToContent: 'Skip to content',
    languageSwitcher: 'Site language',
    recentNews: 'Recent news',
    allNews: 'All news',
    latestNews: 'Latest news',
    topStories: 'Top stories',
    moreNews: 'More news',
    columns: 'Columns',
    advertisement: 'Advertisement',
    source: 'Source',
    details: 'Details',
    background: 'Background',
    tags: 'Tags',
    updated: 'updated',
    updateNote: 'Update',
    video: 'video',
    photos: 'photos',
    important: 'important',
    by: 'By',
    published: 'Published',
    newer: 'Newer',
    older: 'Older',
    page: 'Page',
    previousDay: 'Previous day',
    nextDay: 'Next day',
    noStories: 'Nothing here yet.',
    archiveTitle: 'All news for',
    sectionTitle: 'Section',
    tagTitle: 'Tag',
    authorTitle: 'Author',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist or has moved. Try starting from the front page.',
    badRequestTitle: 'Bad request',
    badRequestText: 'The page address contains an error.',
    serverErrorTitle: 'Something went wrong',
    serverErrorText: 'We know about the problem. Please reload the page in a minute.',
    backHome: 'Front page',
    kindNews: 'News',
    kindArticle: 'Article',
    kindColumn: 'Column',
    photoCredit: 'Photo',
    footerNote: 'All rights reserved.',
    sections: 'Sections',
    bylineOne: 'By',
    bylineMany: 'By',
    readAlso: 'Read also',
    watchOn: 'Watch on',
    viewPostOn: 'View the post on',
    pagination: 'Pages',
    otherDays: 'Other days',
    searchSite: 'Search the site',
    searchButton: 'Search',
  },
};
