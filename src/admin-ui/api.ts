import type { Role } from '../domain/access.js';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { Importance, Kind, SourceAttribution, Status, StoryMeta, VersionFields } from '../domain/story.js';
import type { WorkflowAction } from '../domain/workflow.js';

/**
 * The admin API as the browser sees it: JSON in and out, dates as ISO strings, the session's CSRF
 * token on every change. Errors arrive as {@link ApiError} with the API's stable code, so the UI
 * decides by code and never by message text.
 */

export interface Me {
  id: number;
  email: string;
  name: string;
  role: Role;
  uiLang: Lang;
  authorId: number | null;
}

export type { StoryMeta, VersionFields };

export interface VersionData extends VersionFields {
  storyId: number;
  lang: Lang;
  status: Status;
  lockVersion: number;
  publishedAt: string | null;
  updatedAt: string | null;
  updateNote: string | null;
}

export interface OpenedStory {
  story: { id: number; createdBy: number | null; meta: StoryMeta };
  versions: Partial<Record<Lang, VersionData>>;
  may: { edit: boolean; publish: boolean };
  /** The earlier stories listed under "Background:", shared by every language. */
  background?: number[];
}

/** A photo in the media library, with its texts per language. */
export interface MediaItem {
  id: number;
  path: string;
  width: number;
  height: number;
  mime: string;
  /** Width variants, plus 16:9, 4:3 and 1:1 crops (marked `crop`) made for search engines. */
  variants: { width: number; height: number; path: string; mime: string; crop?: string }[];
  createdAt: string;
  texts: Partial<Record<Lang, { caption: string; credit: string; alt: string }>>;
}

/** The address of a photo's smallest JPEG at least `min` pixels wide (else the original). */
export function thumbnailOf(item: MediaItem, min = 320): string {
  // Crops show another frame of the picture: the thumbnail shows it whole.
  const jpegs = item.variants.filter((v) => v.mime === 'image/jpeg' && !v.crop).sort((a, b) => a.width - b.width);
  const pick = jpegs.find((v) => v.width >= min) ?? jpegs[jpegs.length - 1];
  return `/media/${pick ? pick.path : item.path}`;
}

export interface ListItem {
  storyId: number;
  lang: Lang;
  kind: Kind;
  sectionId: number;
  status: Status;
  headline: string;
  publishedAt: string | null;
  modifiedAt: string;
  lockVersion: number;
  createdBy: number | null;
}

/** A section, tag or author with its names per language. */
export interface Named {
  id: number;
  byLang: Partial<Record<Lang, { name: string }>>;
}

export interface Taxonomy {
  sections: Named[];
  tags: Named[];
  authors: Named[];
}

export interface RevisionSummary {
  id: number;
  lockVersion: number;
  at: string;
  userId: number | null;
  userName: string | null;
}

export interface FieldDiff {
  field: 'headline' | 'lead' | 'body';
  parts: { value: string; added?: true; removed?: true }[];
}

export interface Problem {
  path: string;
  message: string;
}

/** Whose save came first, in a VERSION_CONFLICT. */
export interface CurrentVersion {
  lockVersion: number;
  savedBy: { id: number; name: string } | null;
  savedAt: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
    readonly current?: CurrentVersion,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A client of /admin/api for one signed-in member.
 *
 * @example const api = new AdminApi(); const { user } = await api.start(); await api.call('GET', '/taxonomy')
 */
export class AdminApi {
  private csrf = '';

  /** Who is signed in; throws an ApiError with status 401 when nobody is. */
  async start(): Promise<{ user: Me }> {
    const session = await this.call<{ user: Me; csrfToken: string }>('GET', '/session');
    this.csrf = session.csrfToken;
    return session;
  }

  async call<T>(method: Method, path: string, body?: unknown, retried = false): Promise<T> {
    let res: Response;
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    try {
      res = await fetch(`/admin/api${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          // A form (a photo upload) sets its own multipart type and boundary.
          ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}),
          ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        },
        ...(body !== undefined ? { body: form ? (body as FormData) : JSON.stringify(body) } : {}),
      });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : 'the server did not answer');
    }
    if (res.status === 204) return undefined as T;
    const json = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; problems?: Problem[]; current?: CurrentVersion } } | undefined;
    if (res.ok) return json as T;
    const error = json?.error;
    // Signing in again elsewhere gives the session a new token: fetch it and try once more.
    if (res.status === 403 && error?.code === 'CSRF_REJECTED' && !retried) {
      await this.start();
      return this.call<T>(method, path, body, true);
    }
    throw new ApiError(res.status, error?.code ?? 'HTTP_' + res.status, error?.message ?? res.statusText, error?.problems ?? [], error?.current);
  }
}

/** The query string of a GET, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export type { Block, Importance, Kind, Lang, Role, SourceAttribution, Status, WorkflowAction };
