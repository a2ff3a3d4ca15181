import type { Template } from '../kit.js';
import { COLUMNS } from './columns.js';
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

/** First-person opinion pieces, signed by columnists. */
export const COLUMN_TEMPLATES: Template[] = COLUMNS;
