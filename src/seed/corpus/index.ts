/** The demo newsroom's corpus: sections, tags, authors, outlets, photos and the story generator. */
export type * from './types.js';
export { AUTHORS, AUTHOR_BEATS } from './authors.js';
export { createRng, generateStory } from './generate.js';
export { INSTITUTIONS, OUTLET_MENTIONS, OUTLETS, type Mention } from './outlets.js';
export { PHOTO_INDEX, PHOTOS, PHOTOS_BY_SECTION } from './photos.js';
export { CITIES, COUNTRIES, FOREIGN_CITIES, type City, type CityForms, type Country, type ForeignCity } from './places.js';
export { SECTIONS } from './sections.js';
export { TAGS } from './tags.js';
export { COLUMN_TEMPLATES, NEWS_TEMPLATES } from './templates/index.js';
