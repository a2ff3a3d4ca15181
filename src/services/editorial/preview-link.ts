import { createHmac } from 'node:crypto';
import type { Actor } from '../../domain/access.js';
import { isLang, type Lang } from '../../domain/locale.js';
import type { SettingsRepository } from '../../storage/settings-repository.js';
import { sameToken } from '../people/same-token.js';
import type { EditorialDeps } from './editorial-deps.js';
import { StoryNotFound } from './editorial-errors.js';
import { openStory } from './open-story.js';
import type { PreviewSettings } from './newsroom-reads.js';

/** Preview links work for a week: long enough to send to a colleague, short enough to expire. */
export const PREVIEW_TTL_MS = 7 * 86_400_000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * A private link to a version exactly as readers will see it, published or not. Anyone with the
 * link can open it until it expires; it names one story version and nothing else.
 *
 * @example const { path } = await createPreviewLink(deps, settings, editor, 7, 'en') // "/preview/eyJ….abc/"
 */
export async function createPreviewLink(
  deps: EditorialDeps,
  settings: PreviewSettings,
  actor: Actor,
  storyId: number,
  lang: Lang,
): Promise<{ path: string; expiresAt: Date }> {
  const opened = await openStory(deps, actor, storyId);
  if (!opened.versions[lang]) throw new StoryNotFound(storyId, lang);
  const expiresAt = new Date(deps.now().getTime() + PREVIEW_TTL_MS);
  const payload = Buffer.from(JSON.stringify([storyId, lang, expiresAt.getTime()])).toString('base64url');
  return { path: `/preview/${payload}.${sign(await settings.previewSecret(), payload)}/`, expiresAt };
}

/** The version a preview token names, or undefined when it is forged, malformed or expired. */
export async function readPreviewToken(settings: SettingsRepository, token: string, now: Date): Promise<{ storyId: number; lang: Lang } | undefined> {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || token.length > 300) return undefined;
  if (!sameToken(signature, sign(await settings.previewSecret(), payload))) return undefined;
  try {
    const [storyId, lang, expires] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    if (!Number.isSafeInteger(storyId) || !isLang(lang) || typeof expires !== 'number' || expires < now.getTime()) return undefined;
    return { storyId: storyId as number, lang };
  } catch {
    return undefined;
  }
}
