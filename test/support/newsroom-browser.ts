import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DialectName } from '../../src/storage/dialect.js';
import { buildTestApp, type TestApp } from './app.js';
import { launchBrowser, listenLocally, signInNewsroom } from './browser.js';
import { createMembers, PASSWORD } from './members.js';

export interface MemberOptions {
  /** The window's width in CSS pixels; 1280 unless told. */
  width?: number;
  /** PASSWORD unless told. */
  password?: string;
  /** The language switcher's label in the member's interface language; 'Interface language' unless told. */
  languageLabel?: string;
}

/** What a browser suite works with; `t`, `browser` and `origin` once the suite's first `before` ran. */
export interface NewsroomBrowser {
  readonly t: TestApp;
  readonly browser: Browser;
  /** Where the app listens, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** Script errors on the members' pages, for a suite's last test to check. */
  readonly scriptErrors: string[];
  /** Signs a member (`${role}@example.com`) in through the real sign-in form in a fresh context. */
  member(email: string, options?: MemberOptions): Promise<Page>;
}

/**
 * Registers, in the calling `describe`, a `before` that starts the app with the small newsroom
 * and one member of each role, listens on a loopback port and launches Chromium, and an `after`
 * that closes it all. Call it before the suite's own hooks: node:test runs them in order.
 */
export function useNewsroomBrowser(dialect: DialectName): NewsroomBrowser {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let origin: string | undefined;
  const contexts: BrowserContext[] = [];
  const scriptErrors: string[] = [];

  before(async () => {
    // Sessions and publication times use the real clock: the browser drops cookies that expired by its own.
    t = await buildTestApp(dialect, { now: () => new Date() });
    await createMembers(t.db, () => new Date());
    origin = await listenLocally(t.app);
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.destroy();
  });

  function ready<T>(value: T | undefined, name: string): T {
    if (value === undefined) throw new Error(`${name} is set by useNewsroomBrowser's before hook, which has not run`);
    return value;
  }

  return {
    get t() {
      return ready(t, 't');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get origin() {
      return ready(origin, 'origin');
    },
    scriptErrors,
    member(email, { width = 1280, password = PASSWORD, languageLabel }: MemberOptions = {}) {
      return signInNewsroom(ready(browser, 'browser'), ready(origin, 'origin'), { email, password, width, languageLabel, contexts, scriptErrors });
    },
  };
}
