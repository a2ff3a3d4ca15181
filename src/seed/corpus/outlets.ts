import type { Localized } from '../../domain/locale.js';
import type { CorpusOutlet } from './types.js';

/** A sentence that links an outlet inside a body: text before the link, the link text, text after. */
export type Mention = Localized<[before: string, link: string, after: string]>;

interface OutletEntry extends CorpusOutlet {
  /** Institutions publish their own data, so a source line never says they cite someone else. */
  institution: boolean;
  mention: Mention;
}

/** A news site: mentioned as "у матеріалі видання «…»", which keeps its name in the nominative. */
function media(key: string, url: string, uk: string, ru: string, en: string): OutletEntry {
  return {
    key,
    url,
    name: { uk, ru, en },
    institution: false,
    mention: {
      uk: ['Докладніше — у матеріалі видання «', uk, '».'],
      ru: ['Подробнее — в материале издания «', ru, '».'],
      en: ['Read the full report in ', en, '.'],
    },
  };
}

const ENTRIES: OutletEntry[] = [
  media('economic-herald', 'https://economy.example.com', 'Економічний вісник', 'Экономический вестник', 'Economic Herald'),
  media('regional-news', 'https://regions.example.com', 'Регіональні новини', 'Региональные новости', 'Regional News'),
  media('tech-review', 'https://tech.example.com', 'Технологічний огляд', 'Технологический обзор', 'Tech Review'),
  media('sport-daily', 'https://sport.example.com', 'Спорт щодня', 'Спорт ежедневно', 'Sport Daily'),
  media('medical-weekly', 'https://health.example.org', 'Медичний тиждень', 'Медицинская неделя', 'Medical Weekly'),
  media('culture-map', 'https://culture.example.org', 'Культурна мапа', 'Культурная карта', 'Culture Map'),
  media('defence-review', 'https://defence.example.com', 'Оборонний огляд', 'Оборонное обозрение', 'Defence Review'),
  media('world-observer', 'https://world.example.net', 'Світовий оглядач', 'Мировой обозреватель', 'World Observer'),
  media('energy-monitor', 'https://energy.example.org', 'Енергомонітор', 'Энергомонитор', 'Energy Monitor'),
  media('agro-news', 'https://agro.example.com', 'Агроновини', 'Агроновости', 'Agro News'),
  {
    key: 'meridian',
    url: 'https://meridian.example.net',
    name: { uk: 'Агентство «Меридіан»', ru: 'Агентство «Меридиан»', en: 'Meridian News Agency' },
    institution: false,
    mention: {
      uk: ['Докладніше — у повідомленні ', 'агентства «Меридіан»', '.'],
      ru: ['Подробнее — в сообщении ', 'агентства «Меридиан»', '.'],
      en: ['Read more from ', 'Meridian News Agency', '.'],
    },
  },
  {
    key: 'stat-service',
    url: 'https://stat.example.org',
    name: { uk: 'Національна служба статистики', ru: 'Национальная служба статистики', en: 'National Statistics Service' },
    institution: true,
    mention: {
      uk: ['Повні дані оприлюднено на сайті ', 'Національної служби статистики', '.'],
      ru: ['Полные данные опубликованы на сайте ', 'Национальной службы статистики', '.'],
      en: ['The full figures are on the ', 'National Statistics Service', ' website.'],
    },
  },
  {
    key: 'open-city',
    url: 'https://opencity.example.org',
    name: { uk: 'Портал «Відкрите місто»', ru: 'Портал «Открытый город»', en: 'Open City portal' },
    institution: true,
    mention: {
      uk: ['Документи опубліковано на порталі ', '«Відкрите місто»', '.'],
      ru: ['Документы опубликованы на портале ', '«Открытый город»', '.'],
      en: ['The documents are published on the ', 'Open City portal', '.'],
    },
  },
];

/** Sister sites, partner outlets, an agency and institutions that stories cite; all fictional. */
export const OUTLETS: CorpusOutlet[] = ENTRIES.map(({ key, name, url }) => ({ key, name, url }));

/** How a body paragraph links each outlet. */
export const OUTLET_MENTIONS: Readonly<Record<string, Mention>> = Object.fromEntries(
  ENTRIES.map((o) => [o.key, o.mention]),
);

/** Outlets that are themselves the source of their figures. */
export const INSTITUTIONS: ReadonlySet<string> = new Set(ENTRIES.filter((o) => o.institution).map((o) => o.key));
