import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined. In CI a missing browser fails the run. */
export const noBrowser = existsSync(CHROMIUM) ? undefined : `no browser at ${CHROMIUM} (apt-get install chromium)`;
if (noBrowser && process.env.CI) throw new Error(`${noBrowser}: required in CI`);
if (noBrowser) console.warn(`skipping browser tests: ${noBrowser}`);

/**
 * Headless Chromium as this machine allows it: no sandbox (root), and none of the background
 * networking that a closed network refuses.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Starts the app on a free loopback port and returns its origin. */
export async function listenLocally(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

export interface NewsroomSignIn {
  email: string;
  password: string;
  width?: number;
  /** The switcher's label in the member's interface language: the app has started when it shows. */
  languageLabel?: string;
  /** Contexts to close after the suite, and where page script errors are collected. */
  contexts: BrowserContext[];
  scriptErrors: string[];
}

/** Signs a member in through the real sign-in form in a fresh context and waits for the app. */
export async function signInNewsroom(browser: Browser, origin: string, o: NewsroomSignIn): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: o.width ?? 1280, height: 900 } });
  o.contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => o.scriptErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${origin}/admin/login?lang=en`);
  await page.fill('#email', o.email);
  await page.fill('#password', o.password);
  await page.click('form button[type=submit]');
  await page.waitForURL(`${origin}/admin/`);
  await page.getByLabel(o.languageLabel ?? 'Interface language').waitFor();
  return page;
}
