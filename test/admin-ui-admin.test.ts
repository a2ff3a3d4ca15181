import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';

/**
 * The admin-only screens of the newsroom app end to end in headless Chromium: people (add,
 * change role, disable), the audit log, and site settings; hidden from and refused to other roles;
 * accessibility (axe, WCAG 2.2 AA) and the 375 px layout.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NEW_PASSWORD = 'a long enough passphrase';

for (const dialect of BROWSER_DIALECTS) {
  describe(`the admin screens in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;

    async function fits(page: Page, what: string) {
      const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
        // The outermost element that sticks out, to say what to fix.
        const out = Array.from(document.querySelectorAll('body *')).find((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.parentElement?.closest('.table-scroll'));
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest: out ? `${out.tagName}.${out.className}` : '' };
      });
      assert.ok(scrollWidth <= innerWidth, `${what} is ${scrollWidth}px wide in a ${innerWidth}px window (${widest})`);
    }

    async function axe(page: Page, what: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      assert.deepEqual(summary, [], what);
    }

    test('an admin adds a member who can then sign in; refused emails and passwords are shown at their fields', async () => {
      const page = await member('admin@example.com');
      await page.getByRole('link', { name: 'People' }).click();
      await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
      await page.locator('table.members tbody tr[data-email="editor@example.com"]').waitFor();

      // A taken email: the message is next to the email field, and what was typed stays.
      await page.fill('#nm-email', 'editor@example.com');
      await page.fill('#nm-name', 'Olena Kovalenko');
      await page.selectOption('#nm-role', 'editor');
      await page.fill('#nm-password', NEW_PASSWORD);
      await page.selectOption('#nm-uiLang', 'uk');
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.locator('#nm-email-error', { hasText: 'Another member already uses this email.' }).waitFor();
      assert.equal(await page.getAttribute('#nm-email', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#nm-name'), 'Olena Kovalenko');
      assert.equal(await page.inputValue('#nm-password'), NEW_PASSWORD);
      assert.equal(await page.inputValue('#nm-role'), 'editor');

      // A short password: the rule is explained next to the password field.
      await page.fill('#nm-email', 'olena@example.com');
      await page.fill('#nm-password', 'short');
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.locator('#nm-password-error', { hasText: 'at least 12 characters' }).waitFor();
      assert.equal(await page.locator('#nm-email-error').count(), 0);
      assert.equal(await page.inputValue('#nm-email'), 'olena@example.com');

      await page.fill('#nm-password', NEW_PASSWORD);
      await page.getByRole('button', { name: 'Add member' }).click();
      const row = page.locator('table.members tbody tr[data-email="olena@example.com"]');
      await row.waitFor();
      assert.match(await row.innerText(), /Olena Kovalenko[\s\S]*Ukrainian[\s\S]*Active/);
      assert.equal(await page.inputValue('#nm-email'), '');

      // The new member signs in with that password, in the browser.
      const olena = await member('olena@example.com', { password: NEW_PASSWORD, languageLabel: 'Мова інтерфейсу' });
      assert.match(await olena.locator('.account summary').innerText(), /Olena Kovalenko/);
    });

    test('the admin changes a role, disables the member after confirming, and their session ends', async () => {
      const res = await nb.t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: 'olena@example.com', password: NEW_PASSWORD } });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.find((c) => c.name === 'mh_session')!.value;
      assert.equal((await nb.t.app.inject({ url: '/admin/api/session', cookies: { mh_session: cookie } })).statusCode, 200);

      const page = await member('admin@example.com');
      await page.goto(`${nb.origin}/admin/?screen=people`);
      const row = page.locator('table.members tbody tr[data-email="olena@example.com"]');
      await row.waitFor();
      await row.getByLabel('Role of Olena Kovalenko').selectOption('author');
      await page.waitForFunction(() => document.querySelector('.toast')?.textContent?.includes('Olena Kovalenko was updated.'));
      const admin = await signedIn(nb.t.app, 'admin@example.com');
      const olena = () => admin('GET', '/admin/api/users').then((r) => r.json().users.find((u: { email: string }) => u.email === 'olena@example.com'));
      assert.equal((await olena()).role, 'author');

      // Cancelling the question changes nothing.
      await row.getByRole('button', { name: 'Disable Olena Kovalenko' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      assert.equal((await olena()).disabled, false);

      await row.getByRole('button', { name: 'Disable Olena Kovalenko' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
      await row.locator('.badge', { hasText: 'Disabled' }).waitFor();
      await row.getByRole('button', { name: 'Enable Olena Kovalenko' }).waitFor();
      assert.equal((await olena()).disabled, true);
      assert.equal((await nb.t.app.inject({ url: '/admin/api/session', cookies: { mh_session: cookie } })).statusCode, 401);

      // The only administrator cannot disable themself: the reason is shown in their row.
      const own = page.locator('table.members tbody tr[data-email="admin@example.com"]');
      await own.getByRole('button', { name: 'Disable Admin Member' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
      await own.locator('.field-error', { hasText: 'only active administrator' }).waitFor();
      await own.locator('.badge', { hasText: 'Active' }).waitFor();
    });

    test('the audit log shows the new member, newest first, and loads older entries', async () => {
      const admin = await signedIn(nb.t.app, 'admin@example.com');
      // Enough entries for a second page.
      const adminId = (await admin('GET', '/admin/api/session')).json().user.id as number;
      for (let i = 0; i < 55; i++) assert.equal((await admin('PATCH', `/admin/api/users/${adminId}`, { uiLang: 'en' })).statusCode, 200);
      const page = await member('admin@example.com');
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      const rows = page.locator('table.audit-log tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 50);
      // Newest first: the sign-in that opened this page.
      assert.equal(await rows.first().getAttribute('data-action'), 'sign-in');
      assert.match(await rows.first().innerText(), /Signed in/);
      await page.getByRole('button', { name: 'Load older' }).click();
      const created = page.locator('table.audit-log tbody tr[data-action="user.create"]', { hasText: 'role: editor' });
      await created.first().waitFor();
      assert.match(await created.first().innerText(), /Added a member/);
      assert.ok((await rows.count()) > 50);
      const ids = await page.locator('table.audit-log time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
      assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
    });

    test('the admin renames the English site and readers see it; a refused link keeps the form', async () => {
      const page = await member('admin@example.com');
      await page.getByRole('link', { name: 'Site settings' }).click();
      await page.getByLabel('Site name in English').waitFor();

      // A link the server refuses: the error is shown, nothing typed is lost.
      await page.getByLabel('Site name in English').fill('The Kyiv Ledger');
      await page.fill('#support-en-href', 'ftp://example.com/');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('.save-error', { hasText: 'The server did not accept these settings' }).waitFor();
      assert.equal(await page.inputValue('#site-name-en'), 'The Kyiv Ledger');
      assert.equal(await page.inputValue('#support-en-href'), 'ftp://example.com/');
      assert.doesNotMatch(cheerio.load((await nb.t.app.inject('/en/')).body)('title').text(), /The Kyiv Ledger/);

      // Ad rules: an unreadable list is caught at its field.
      await page.getByRole('button', { name: 'Add a rule' }).click();
      const rule = page.locator('li.rule').last();
      await rule.getByLabel('Kind').selectOption('news');
      await rule.getByLabel('After paragraphs').fill('3, x');
      await page.fill('#support-en-href', '/en/support/');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await rule.locator('.field-error').waitFor();
      await rule.getByLabel('After paragraphs').fill('3, 7');
      await page.getByRole('button', { name: 'Add a way to give' }).first().click();
      await page.locator('#support-uk-way-2-text').fill('Patreon');
      await page.locator('#support-uk-way-2-href').fill('https://patreon.example.org/masthead');

      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('.save-message', { hasText: 'Settings saved.' }).waitFor();
      assert.match(cheerio.load((await nb.t.app.inject('/en/')).body)('title').text(), /The Kyiv Ledger/);
      const admin = await signedIn(nb.t.app, 'admin@example.com');
      const stored = (await admin('GET', '/admin/api/settings')).json();
      assert.equal(stored.siteName.en, 'The Kyiv Ledger');
      assert.deepEqual(stored.adRules.at(-1), { kind: 'news', afterParagraphs: [3, 7] });
      assert.deepEqual(stored.support.uk.ways.at(-1), { text: 'Patreon', href: 'https://patreon.example.org/masthead' });
    });

    test('an editor sees no admin links and the admin screens say they are not allowed', async () => {
      const page = await member('editor@example.com');
      for (const name of ['People', 'Audit log', 'Site settings']) assert.equal(await page.getByRole('link', { name }).count(), 0, name);
      for (const screen of ['people', 'audit', 'settings']) {
        await page.goto(`${nb.origin}/admin/?screen=${screen}`);
        await page.locator('.notice-error', { hasText: 'Only administrators may open this page.' }).waitFor();
        assert.equal(await page.locator('table, form.add-member, #site-name-en').count(), 0, screen);
      }
    });

    test('the three screens pass axe (WCAG 2.2 AA) and fit a 375 px screen', async () => {
      const page = await member('admin@example.com');
      await page.goto(`${nb.origin}/admin/?screen=people`);
      await page.locator('table.members').waitFor();
      await axe(page, 'people');
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.locator('#nm-email-error').waitFor();
      await axe(page, 'people with problems shown');
      await page.goto(`${nb.origin}/admin/?screen=audit`);
      await page.locator('table.audit-log').waitFor();
      await axe(page, 'audit log');
      await page.goto(`${nb.origin}/admin/?screen=settings`);
      await page.locator('#site-name-en').waitFor();
      await axe(page, 'site settings');

      const phone = await member('admin@example.com', { width: 375 });
      for (const [screen, ready] of [['people', 'table.members'], ['audit', 'table.audit-log'], ['settings', '#site-name-en']] as const) {
        await phone.goto(`${nb.origin}/admin/?screen=${screen}`);
        await phone.locator(ready).waitFor();
        await fits(phone, screen);
      }
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}
