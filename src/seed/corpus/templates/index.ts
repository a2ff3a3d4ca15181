import type { Template } from '../kit.js';
import { CULTURE_COLUMNS } from './columns-culture.js';
import { DEFENCE_COLUMNS } from './columns-defence.js';
import { ECONOMY_COLUMNS } from './columns-economy.js';
import { HEALTH_COLUMNS } from './columns-health.js';
import { POLITICS_COLUMNS } from './columns-politics.js';
import { REGIONS_COLUMNS } from './columns-regions.js';
import { SOCIETY_COLUMNS } from './columns-society.js';
import { SPORT_COLUMNS } from './columns-sport.js';
import { TECHNOLOGY_COLUMNS } from './columns-technology.js';
import { WORLD_COLUMNS } from './columns-world.js';
import { CULTURE } from './culture.js';
import { DEFENCE } from './defence.js';
import { ECONOMY } from './economy.js';
import { HEALTH } from './health.js';
import { POLITICS } from './politics.js';
import { REGIONS } from './regions.js';
import { SOCIETY } from './society.js';
import { SPORT } from './sport.js';
import { TECHNOLOGY } from './technology.js';
import { WORLD } from './world.js';

/** Story templates for news and articles, section by section. */
export const NEWS_TEMPLATES: Template[] = [
  ...POLITICS,
  ...DEFENCE,
  ...ECONOMY,
  ...SOCIETY,
  ...WORLD,
  ...REGIONS,
  ...TECHNOLOGY,
  ...HEALTH,
  ...CULTURE,
  ...SPORT,
];

/**
 * First-person opinion pieces, signed by a columnist on the section's beat (AUTHOR_BEATS), section by
 * section. Any columnist on the beat may sign any of them, so the first person never needs a gendered
 * past tense or adjective ("я бачила", "я уверен"): the columns say "мені довелося", "мне кажется".
 * Each has its own headline and lead; the generator deals them out in rotation (see generate.ts).
 */
export const COLUMN_TEMPLATES: Template[] = [
  ...POLITICS_COLUMNS,
  ...DEFENCE_COLUMNS,
  ...ECONOMY_COLUMNS,
  ...SOCIETY_COLUMNS,
  ...WORLD_COLUMNS,
  ...REGIONS_COLUMNS,
  ...TECHNOLOGY_COLUMNS,
  ...HEALTH_COLUMNS,
  ...CULTURE_COLUMNS,
  ...SPORT_COLUMNS,
];
