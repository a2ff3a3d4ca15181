import { validateBody, type Block } from '../domain/blocks.js';

/**
 * Turning a pasted link into a video or embed block. Pure, so it is unit-tested on its own; the
 * embed hosts are the domain's own allow-list (checked through {@link validateBody}), so the
 * editor accepts exactly what the API will.
 */

export type VideoRef = { provider: 'youtube' | 'vimeo'; videoId: string };
export type EmbedProvider = Extract<Block, { type: 'embed' }>['provider'];

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const EMBED_PROVIDERS: EmbedProvider[] = ['x', 'telegram', 'facebook', 'instagram'];

function parse(raw: string): URL | null {
  const value = raw.trim();
  if (!value) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A YouTube (youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts/ID, /embed/ID) or Vimeo
 * (vimeo.com/ID) link as provider and id; null for anything else.
 *
 * @example parseVideoUrl('https://youtu.be/dQw4w9WgXcQ') // { provider: 'youtube', videoId: 'dQw4w9WgXcQ' }
 */
export function parseVideoUrl(raw: string): VideoRef | null {
  const url = parse(raw);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined = null;
  let provider: VideoRef['provider'] | null = null;
  if (host === 'youtube.com' || host === 'music.youtube.com') {
    provider = 'youtube';
    if (parts[0] === 'watch') id = url.searchParams.get('v');
    else if ((parts[0] === 'shorts' || parts[0] === 'embed' || parts[0] === 'live') && parts.length === 2) id = parts[1];
  } else if (host === 'youtu.be') {
    provider = 'youtube';
    if (parts.length === 1) id = parts[0];
  } else if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    provider = 'vimeo';
    const last = parts[parts.length - 1];
    if (last && /^\d+$/.test(last) && (parts.length === 1 || (parts.length === 2 && parts[0] === 'video'))) id = last;
  }
  return provider && id && VIDEO_ID.test(id) ? { provider, videoId: id } : null;
}

/**
 * A link to a post on X/Twitter, Telegram, Facebook or Instagram as an embed's provider and URL
 * (https, as typed otherwise); null for other hosts or a bare home page.
 *
 * @example parseEmbedUrl('https://t.me/channel/123') // { provider: 'telegram', url: 'https://t.me/channel/123' }
 */
export function parseEmbedUrl(raw: string): { provider: EmbedProvider; url: string } | null {
  const url = parse(raw);
  if (!url || url.pathname.split('/').filter(Boolean).length === 0) return null;
  url.protocol = 'https:';
  const href = url.toString();
  const provider = EMBED_PROVIDERS.find((p) => validateBody([{ type: 'embed', provider: p, url: href }]).length === 0);
  return provider ? { provider, url: href } : null;
}
