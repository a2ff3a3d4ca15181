import { LANGUAGES, type Lang, type Localized } from './locale.js';
import { KINDS, type Kind } from './story.js';
import { cleanLine, cleanMultiline } from './text.js';

/** The support call to action: banner under the top bar and box at the end of articles. */
export interface SupportCallToAction {
  title: string;
  text: string;
  linkText: string;
  href: string;
  /** Ways to give, listed on the support page: card, bank transfer, membership platforms. */
  ways: { text: string; href: string }[];
}

/**
 * Where ad slots go in article bodies: "after paragraph N". The most specific rule wins:
 * kind and section, then section, then kind, then the default (a rule with neither).
 */
export interface AdRule {
  kind?: Kind;
  sectionId?: number;
  afterParagraphs: number[];
}

export interface SiteSettings {
  siteName: Localized<string>;
  support: Localized<SupportCallToAction>;
  adRules: AdRule[];
}

export const DEFAULT_SETTINGS: SiteSettings = {
  siteName: { uk: 'Masthead', ru: 'Masthead', en: 'Masthead' },
  support: {
    uk: {
      title: 'Незалежна журналістика потребує вас',
      text: 'Ми працюємо завдяки читачам. Підтримайте редакцію — разово чи щомісяця.',
      linkText: 'Підтримати',
      href: '/support/',
      ways: [
        { text: 'Банківська картка', href: 'https://pay.example.org/masthead?lang=uk' },
        { text: 'Щомісячна підписка', href: 'https://members.example.org/masthead' },
      ],
    },
    ru: {
      title: 'Независимой журналистике нужны вы',
      text: 'Мы работаем благодаря читателям. Поддержите редакцию — разово или ежемесячно.',
      linkText: 'Поддержать',
      href: '/ru/support/',
      ways: [
        { text: 'Банковская карта', href: 'https://pay.example.org/masthead?lang=ru' },
        { text: 'Ежемесячная подписка', href: 'https://members.example.org/masthead' },
      ],
    },
    en: {
      title: 'Independent journalism needs you',
      text: 'We are funded by our readers. Support the newsroom once or every month.',
      linkText: 'Support us',
      href: '/en/support/',
      ways: [
        { text: 'Bank card', href: 'https://pay.example.org/masthead?lang=en' },
        { text: 'Monthly membership', href: 'https://members.example.org/masthead' },
      ],
    },
  },
  adRules: [{ afterParagraphs: [2, 5] }, { kind: 'article', afterParagraphs: [2, 6, 10] }],
};

/**
 * The ad positions for one story.
 * @example adPositions(DEFAULT_SETTINGS.adRules, 'news', 3) // [2, 5]
 */
export function adPositions(rules: AdRule[], kind: Kind, sectionId: number): number[] {
  const score = (r: AdRule) =>
    (r.kind !== undefined && r.kind !== kind) || (r.sectionId !== undefined && r.sectionId !== sectionId)
      ? -1
      : (r.sectionId !== undefined ? 2 : 0) + (r.kind !== undefined ? 1 : 0);
  let best: AdRule | undefined;
  for (const r of rules) if (score(r) >= 0 && (!best || score(r) > score(best))) best = r;
  return best ? [...best.afterParagraphs].sort((a, b) => a - b) : [];
}

/** Reads stored settings, keeping defaults for anything missing or malformed. */
export function parseSiteSettings(value: unknown): SiteSettings {
  const v = (value ?? {}) as Partial<Record<keyof SiteSettings, any>>;
  const siteName = { ...DEFAULT_SETTINGS.siteName };
  const support = { ...DEFAULT_SETTINGS.support };
  for (const lang of LANGUAGES) {
    // Texts are cleaned of control characters (domain/text.ts); links are kept, for the caller to refuse.
    if (typeof v.siteName?.[lang] === 'string' && cleanLine(v.siteName[lang]).trim()) siteName[lang] = cleanLine(v.siteName[lang]);
    const s = v.support?.[lang];
    if (s && ['title', 'text', 'linkText', 'href'].every((k) => typeof s[k] === 'string')) {
      const ways = Array.isArray(s.ways)
        ? s.ways.filter((w: any) => typeof w?.text === 'string' && typeof w?.href === 'string').map((w: any) => ({ text: cleanLine(w.text), href: w.href }))
        : [];
      support[lang as Lang] = { title: cleanLine(s.title), text: cleanMultiline(s.text), linkText: cleanLine(s.linkText), href: s.href, ways };
    }
  }
  const adRules = Array.isArray(v.adRules)
    ? v.adRules
        .filter(
          (r: any) =>
            Array.isArray(r?.afterParagraphs) &&
            r.afterParagraphs.every((n: unknown) => Number.isInteger(n) && (n as number) > 0) &&
            (r.kind === undefined || KINDS.includes(r.kind)) &&
            (r.sectionId === undefined || Number.isInteger(r.sectionId)),
        )
        .map((r: any) => ({ ...(r.kind ? { kind: r.kind } : {}), ...(r.sectionId ? { sectionId: r.sectionId } : {}), afterParagraphs: r.afterParagraphs }))
    : DEFAULT_SETTINGS.adRules;
  return { siteName, support, adRules };
}
