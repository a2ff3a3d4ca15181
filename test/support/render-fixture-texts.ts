import type { Block } from '../../src/domain/blocks.js';
import type { Lang, Localized } from '../../src/domain/locale.js';

/**
 * Example newsroom copy for fixtures and previews, written per language (fictional people,
 * outlets on example domains). Builders in fixtures.ts turn it into view data.
 */

const l = (uk: string, ru: string, en: string): Localized<string> => ({ uk, ru, en });

export const SITE_NAME = l('Masthead', 'Masthead', 'Masthead');

export const SUPPORT = {
  title: l('Підтримайте незалежну журналістику', 'Поддержите независимую журналистику', 'Support independent journalism'),
  text: l(
    'Ми працюємо для читачів, а не для власників. Кожен внесок допомагає нам писати правду.',
    'Мы работаем для читателей, а не для владельцев. Каждый взнос помогает нам писать правду.',
    'We work for our readers, not for owners. Every contribution helps us report the truth.',
  ),
  linkText: l('Стати патроном', 'Стать патроном', 'Become a patron'),
};

export const SECTIONS: { slug: string; name: Localized<string> }[] = [
  { slug: 'politics', name: l('Політика', 'Политика', 'Politics') },
  { slug: 'economy', name: l('Економіка', 'Экономика', 'Economy') },
  { slug: 'society', name: l('Суспільство', 'Общество', 'Society') },
  { slug: 'sport', name: l('Спорт', 'Спорт', 'Sport') },
  { slug: 'culture', name: l('Культура', 'Культура', 'Culture') },
];

/** Headline, lead and section index of the example stories, newest first. */
export const STORIES: { id: number; section: number; headline: Localized<string>; lead: Localized<string> }[] = [
  {
    id: 7501240, section: 1,
    headline: l('НБУ зберіг облікову ставку на рівні 15,5%', 'НБУ сохранил учетную ставку на уровне 15,5%', 'National Bank keeps its key rate at 15.5%'),
    lead: l('Нацбанк утретє поспіль не змінив ставку й пообіцяв тримати її до осені.', 'Нацбанк в третий раз подряд не изменил ставку и пообещал держать ее до осени.', 'The central bank left the rate unchanged for the third time and promised to hold it until autumn.'),
  },
  {
    id: 7501239, section: 2,
    headline: l('Київське метро подовжує години роботи', 'Киевское метро продлевает часы работы', 'Kyiv metro extends its opening hours'),
    lead: l('Останні потяги відправлятимуться о пів на першу ночі.', 'Последние поезда будут отправляться в половине первого ночи.', 'The last trains will leave at half past midnight.'),
  },
  {
    id: 7501238, section: 0,
    headline: l('Рада ухвалила зміни до бюджету на 2025 рік', 'Рада приняла изменения в бюджет на 2025 год', 'Parliament passes amendments to the 2025 budget'),
    lead: l('За зміни проголосували 256 депутатів.', 'За изменения проголосовали 256 депутатов.', '256 members of parliament voted in favour.'),
  },
  {
    id: 7501237, section: 3,
    headline: l('«Шахтар» вийшов до чвертьфіналу Ліги конференцій', '«Шахтер» вышел в четвертьфинал Лиги конференций', 'Shakhtar reach the Conference League quarter-finals'),
    lead: l('Донецький клуб переміг з рахунком 2:1.', 'Донецкий клуб победил со счетом 2:1.', 'The Donetsk club won 2–1.'),
  },
  {
    id: 7501236, section: 4,
    headline: l('У Львові відкрили музей модерної архітектури', 'Во Львове открыли музей модерной архитектуры', 'Lviv opens a museum of modernist architecture'),
    lead: l('Експозиція розмістилася в колишньому трамвайному депо.', 'Экспозиция разместилась в бывшем трамвайном депо.', 'The collection is housed in a former tram depot.'),
  },
  {
    id: 7501235, section: 2,
    headline: l('Навіщо нам місцева журналістика', 'Зачем нам местная журналистика', 'Why we need local journalism'),
    lead: l('Без міської газети ніхто не прийде на засідання райради.', 'Без городской газеты никто не придет на заседание райсовета.', 'Without a town paper, nobody turns up at the district council.'),
  },
];

export const AUTHORS = [
  { slug: 'olena-koval', name: l('Олена Коваль', 'Елена Коваль', 'Olena Koval'), title: l('Економічна оглядачка', 'Экономический обозреватель', 'Economics correspondent'),
    bio: l('Пише про гроші, банки й бюджет з 2012 року.', 'Пишет о деньгах, банках и бюджете с 2012 года.', 'Has written about money, banks and the budget since 2012.') },
  { slug: 'ihor-melnyk', name: l('Ігор Мельник', 'Игорь Мельник', 'Ihor Melnyk'), title: l('Кореспондент', 'Корреспондент', 'Reporter'),
    bio: l('Висвітлює роботу уряду.', 'Освещает работу правительства.', 'Covers the government.') },
];

export const PHOTO = {
  alt: l('Будівля Національного банку в Києві', 'Здание Национального банка в Киеве', 'The National Bank building in Kyiv'),
  caption: l('Національний банк України', 'Национальный банк Украины', 'The National Bank of Ukraine'),
  credit: l('Ілюстративне фото: Getty Images', 'Иллюстративное фото: Getty Images', 'Stock photo: Getty Images'),
};

export const TAG = { slug: 'nbu', name: l('НБУ', 'НБУ', 'National Bank') };

export const ARTICLE_TEXT = {
  source: l('Економічна правда з посиланням на Національний банк', 'Экономическая правда со ссылкой на Национальный банк', 'Economic Pravda citing the National Bank'),
  sourceLinks: [
    { text: l('Економічна правда', 'Экономическая правда', 'Economic Pravda'), href: 'https://economic.example.com/news/2025/03/01/1/' },
    { text: l('Національний банк', 'Национальный банк', 'National Bank'), href: 'https://bank.example.org/press/rate/' },
  ],
  updateNote: l('Додано коментар голови НБУ.', 'Добавлен комментарий главы НБУ.', 'Added a comment from the bank governor.'),
};

/** The example body: every block type, seven paragraphs. */
export function articleBody(lang: Lang): Block[] {
  const t = (uk: string, ru: string, en: string) => l(uk, ru, en)[lang];
  const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  return [
    { type: 'paragraph', content: [
      { type: 'text', text: t('Рішення ухвалили на засіданні правління ', 'Решение приняли на заседании правления ', 'The decision was taken at the board meeting ') },
      { type: 'text', text: t('6 березня', '6 марта', 'on 6 March'), bold: true },
      { type: 'text', text: t(', повідомляє ', ', сообщает ', ', reports ') },
      { type: 'link', text: t('пресслужба банку', 'пресс-служба банка', 'the bank’s press office'), href: 'https://bank.example.org/press/' },
      { type: 'text', text: '.' },
    ] },
    p(t('Інфляція в лютому сповільнилася до 12,1% у річному вимірі.', 'Инфляция в феврале замедлилась до 12,1% в годовом измерении.', 'Inflation slowed to 12.1% year on year in February.')),
    { type: 'heading', level: 2, text: t('Що кажуть у банку', 'Что говорят в банке', 'What the bank says') },
    { type: 'quote', content: [{ type: 'text', text: t('Ми готові діяти рішуче, якщо ризики зростуть.', 'Мы готовы действовать решительно, если риски возрастут.', 'We are ready to act decisively if the risks grow.') }], cite: t('Андрій Петренко, голова НБУ', 'Андрей Петренко, глава НБУ', 'Andriy Petrenko, governor') },
    p(t('Банк назвав три головні ризики:', 'Банк назвал три главных риска:', 'The bank named three main risks:')),
    { type: 'list', ordered: false, items: [
      [{ type: 'text', text: t('дефіцит робочої сили;', 'дефицит рабочей силы;', 'labour shortages;') }],
      [{ type: 'text', text: t('подорожчання енергії;', 'удорожание энергии;', 'dearer energy;') }],
      [{ type: 'text', text: t('затримки зовнішньої допомоги.', 'задержки внешней помощи.', 'delays in foreign aid.'), italic: true }],
    ] },
    { type: 'image', mediaId: 501 },
    p(t('Наступне засідання заплановане на 17 квітня.', 'Следующее заседание запланировано на 17 апреля.', 'The next meeting is scheduled for 17 April.')),
    { type: 'video', provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: t('Пресконференція НБУ', 'Пресс-конференция НБУ', 'The bank’s press conference') },
    { type: 'heading', level: 3, text: t('Реакція ринку', 'Реакция рынка', 'Market reaction') },
    p(t('Гривня на міжбанку трохи зміцнилася.', 'Гривна на межбанке немного укрепилась.', 'The hryvnia firmed slightly on the interbank market.')),
    { type: 'embed', provider: 'telegram', url: 'https://t.me/example_channel/1234', text: t('Курс на відкритті: 41,35.', 'Курс на открытии: 41,35.', 'Opening rate: 41.35.') },
    { type: 'related', storyId: 7501200 },
    p(t('Аналітики очікують зниження ставки влітку.', 'Аналитики ожидают снижения ставки летом.', 'Analysts expect a cut in the summer.')),
    p(t('Ми стежимо за розвитком подій.', 'Мы следим за развитием событий.', 'We are following the story.')),
  ];
}
