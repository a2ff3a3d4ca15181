import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';

/**
 * The API keys screen end to end in headless Chromium: an admin issues a key whose secret is
 * shown once and works against the read API (/api/v1), then revokes it and the API refuses it;
 * other roles do not get the screen; accessibility (axe, WCAG 2.2 AA) with keys listed.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KEY_NAME = 'Partner app';

for (const dialect of BROWSER_DIALECTS) {
  describe(`the API keys screen in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;
    // The key issued through the form, as the page showed it.
    let secret = '';

    /** A read-API request over HTTP, as a partner app makes it. */
    function readApi(path: string, key: string): Promise<Response> {
      return fetch(`${nb.origin}${path}`, { headers: { 'X-Api-Key': key } });
    }

    async function axe(page: Page, what: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      assert.deepEqual(summary, [], what);
    }

    test('an admin creates a key; its secret is shown once and the read API accepts it', async () => {
      const page = await member('admin@example.com');
      await page.getByRole('link', { name: 'API keys' }).click();
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
      await page.getByText('No keys yet.').waitFor();

      await page.getByLabel('Name', { exact: true }).fill(KEY_NAME);
      await page.getByLabel('Requests per minute').fill('120');
      await page.getByRole('button', { name: 'Create key' }).click();

      // The secret, once, with the key's name.
      await page.getByRole('status').getByText(`The key for "${KEY_NAME}". Copy it now: it will not be shown again.`).waitFor();
      secret = await page.getByRole('textbox', { name: 'Key', exact: true }).inputValue();
      assert.match(secret, /^mh_\S{20,}$/);
      assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), '');

      // Listed by name and prefix, with its limit; the full secret is not in the table.
      const row = page.locator('table.admin-table tbody tr', { hasText: KEY_NAME });
      await row.waitFor();
      const stored = (await (await signedIn(nb.t.app, 'admin@example.com'))('GET', '/admin/api/api-keys')).json().keys as { name: string; prefix: string; requestsPerMinute: number }[];
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.name, KEY_NAME);
      assert.equal(stored[0]!.requestsPerMinute, 120);
      assert.ok(secret.startsWith(stored[0]!.prefix), 'the listed prefix begins the secret');
      const cells = await row.locator('td').allInnerTexts();
      assert.equal(cells[0], KEY_NAME);
      assert.equal(cells[1], `${stored[0]!.prefix}…`);
      assert.equal(cells[2], '120');
      assert.doesNotMatch(await row.innerText(), new RegExp(secret.slice(stored[0]!.prefix.length)));
      await row.getByRole('button', { name: `Revoke ${KEY_NAME}` }).waitFor();

      const res = await readApi('/api/v1/stories', secret);
      assert.equal(res.status, 200, await res.clone().text());
      assert.ok(Array.isArray((await res.json()).data));

      // After a reload the key is still listed, but its secret is gone for good.
      await page.reload();
      await row.waitFor();
      assert.equal(await page.locator('input.api-key-secret').count(), 0);
      assert.equal(await page.getByText('Copy it now').count(), 0);
      assert.ok(!(await page.content()).includes(secret), 'the secret is not on the page after a reload');
      assert.equal((await row.locator('td').allInnerTexts())[1], `${stored[0]!.prefix}…`);
    });

    test('the admin revokes the key after confirming, and the read API refuses it', async () => {
      assert.ok(secret, 'a key was issued');
      const page = await member('admin@example.com');
      await page.goto(`${nb.origin}/admin/?screen=api-keys`);
      const row = page.locator('table.admin-table tbody tr', { hasText: KEY_NAME });
      await row.waitFor();

      // Cancelling the question changes nothing.
      await row.getByRole('button', { name: `Revoke ${KEY_NAME}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`Revoke "${KEY_NAME}"? Apps using it stop working at once.`).waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal((await readApi('/api/v1/stories', secret)).status, 200);

      await row.getByRole('button', { name: `Revoke ${KEY_NAME}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
      await row.getByText('Revoked').waitFor();
      assert.equal(await row.getByRole('button', { name: `Revoke ${KEY_NAME}` }).count(), 0);

      const res = await readApi('/api/v1/stories', secret);
      assert.equal(res.status, 401);
      assert.equal((await res.json()).error.code, 'API_KEY_INVALID');
    });

    test('an editor has no link to the screen and is told it is for administrators', async () => {
      const page = await member('editor@example.com');
      assert.equal(await page.getByRole('link', { name: 'API keys' }).count(), 0);
      await page.goto(`${nb.origin}/admin/?screen=api-keys`);
      await page.locator('.notice-error', { hasText: 'Only administrators may open this page.' }).waitFor();
      assert.equal(await page.locator('form.add-api-key, table, input.api-key-secret').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Create key' }).count(), 0);
    });

    test('the screen passes axe (WCAG 2.2 AA) with a new secret shown and keys listed', async () => {
      const page = await member('admin@example.com');
      await page.goto(`${nb.origin}/admin/?screen=api-keys`);
      await page.getByLabel('Name', { exact: true }).fill('Mobile app');
      await page.getByRole('button', { name: 'Create key' }).click();
      await page.getByRole('textbox', { name: 'Key', exact: true }).waitFor();
      // One key active, one revoked.
      await page.getByRole('button', { name: 'Revoke Mobile app' }).waitFor();
      await page.locator('table.admin-table tbody tr', { hasText: KEY_NAME }).getByText('Revoked').waitFor();
      await axe(page, 'API keys with a new secret');
      await page.reload();
      await page.getByRole('button', { name: 'Revoke Mobile app' }).waitFor();
      await axe(page, 'API keys listed');
      await page.getByRole('button', { name: 'Revoke Mobile app' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).waitFor();
      await axe(page, 'API keys with the revoke question');
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}
