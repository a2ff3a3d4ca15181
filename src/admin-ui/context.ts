import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../domain/locale.js';
import type { AdminApi, ApiError, Me, Named, Taxonomy } from './api.js';
import type { Strings } from './i18n.js';

/** What every screen of the admin needs: words, the API, who is signed in, the taxonomy, navigation. */
export interface AppContext {
  t: Strings;
  lang: Lang;
  api: AdminApi;
  me: Me;
  taxonomy: Taxonomy;
  /** Goes to an admin URL without reloading; asks the open editor first (it may save). */
  navigate(url: string, options?: { replace?: boolean }): Promise<void>;
  /** Says something to screen-reader users (and shows it briefly). */
  announce(message: string): void;
  /** The open editor's question before leaving: resolve true to let the member go. */
  setLeaveGuard(guard: (() => Promise<boolean>) | null): void;
  /** The words for an API error that is not about a field. */
  describeError(error: ApiError): string;
}

export const AppCtx = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const ctx = useContext(AppCtx);
  if (!ctx) throw new Error('useApp outside the admin app');
  return ctx;
}

/** A section's, tag's or author's name in the interface language, else in any language it has. */
export function nameOf(item: Named | undefined, lang: Lang): string {
  if (!item) return '';
  return item.byLang[lang]?.name ?? item.byLang.uk?.name ?? item.byLang.en?.name ?? item.byLang.ru?.name ?? String(item.id);
}
