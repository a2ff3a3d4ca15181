import { html } from '../html.js';
import { renderDocument } from '../layout.js';
import { pageContext } from '../partials/common.js';
import type { SupportView } from '../view-models.js';

/**
 * The "Support us" page the top bar links to by default: the call to action the admin set, and
 * the ways to give. A newsroom that sends readers to an outside page (Patreon, a bank) sets that
 * link in its settings instead.
 */
export function renderSupportPage(v: SupportView): string {
  const ctx = pageContext(v.chrome);
  const s = v.chrome.support;
  const main = html`<div class="support-page">
<h1 class="list-title">${s.title}</h1>
<p class="story-lead">${s.text}</p>
${v.ways.length > 0 && html`<ul class="support-ways">${v.ways.map((w) => html`<li><a href="${w.href}" rel="noopener">${w.text}</a></li>`)}</ul>`}
</div>`;
  return renderDocument({ chrome: v.chrome, ctx, page: 'support', main });
}
