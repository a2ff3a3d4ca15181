import { html, raw, type SafeHtml } from './html.js';
import type { PageContext } from './partials/common.js';
import { languageSwitcher, sectionsMenu } from './partials/nav.js';
import type { Chrome } from './view-models.js';

/**
 * The document shell every reader page shares: head (title, description, canonical, hreflang
 * alternates, robots, OpenSearch, stylesheet), the skip link, top bar with the search form,
 * nameplate, support banner, the main column with an optional rail, and the footer. No scripts:
 * every page is complete without them.
 */

export interface DocumentInput {
  chrome: Chrome;
  ctx: PageContext;
  /** e.g. "article": becomes `page-article` on <body>, for page-specific styling. */
  page: string;
  main: SafeHtml;
  /** The side rail (an <aside>), beside the main column on wide screens. */
  rail?: SafeHtml;
  /**
   * The front page: the nameplate is the page's h1 and the title is "site name — tagline".
   * Everywhere else the nameplate is a plain link home and the page brings its own h1.
   */
  front?: boolean;
}

/**
 * JSON inside <script>: `<`, `>` and `&` as Unicode escapes, so no string in the data can end the
 * element or open a comment; U+2028/2029 escaped for old parsers.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c]!);
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function head(chrome: Chrome, title: string): SafeHtml {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${chrome.description && html`<meta name="description" content="${chrome.description}">
`}${chrome.robots && html`<meta name="robots" content="${chrome.robots}">
`}<link rel="canonical" href="${chrome.canonical}">
${chrome.alternates.map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">
`)}${(chrome.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">
`)}${(chrome.meta ?? []).map((m) => html`<meta ${raw(m.attr)}="${m.key}" content="${m.content}">
`)}${(chrome.structuredData ?? []).map((d) => html`<script type="application/ld+json">${raw(jsonForScript(d))}</script>
`)}<link rel="search" type="application/opensearchdescription+xml" title="${chrome.openSearch.title}" href="${chrome.openSearch.href}">
<link rel="stylesheet" href="${chrome.cssHref}">
</head>`;
}

/**
 * The site search in the top bar: a plain GET form, so it works without script. Its landmark
 * is named, as the search page has a second search box.
 */
function searchForm(ctx: PageContext, chrome: Chrome): SafeHtml {
  return html`<form class="search site-search" role="search" aria-label="${ctx.ui.searchSite}" action="${chrome.searchHref}" method="get"><label class="visually-hidden" for="site-q">${
    ctx.ui.searchSite}</label><input id="site-q" type="search" name="q" enterkeyhint="search"><button class="button" type="submit">${ctx.ui.searchButton}</button></form>`;
}

function siteHeader(ctx: PageContext, chrome: Chrome, front: boolean): SafeHtml {
  const name = html`<a href="${chrome.homeHref}">${chrome.siteName}</a>`;
  const nameplate = front
    ? html`<h1 class="site-name">${name}</h1><p class="tagline">${ctx.ui.tagline}</p>`
    : html`<p class="site-name">${name}</p>`;
  return html`<header class="site-header">
<div class="topbar"><div class="wrap topbar-inner">${sectionsMenu(ctx, chrome)}${languageSwitcher(ctx, chrome)}${searchForm(ctx, chrome)}<a class="support-link" href="${
    chrome.support.href}">${ctx.ui.supportUs}</a></div></div>
<div class="wrap nameplate${front ? ' nameplate-front' : ''}">${nameplate}</div>
</header>`;
}

function supportBanner(chrome: Chrome): SafeHtml {
  const s = chrome.support;
  return html`<aside class="support-banner" aria-label="${s.title}"><div class="wrap"><p><strong>${s.title}</strong> ${s.text} <a href="${
    s.href}">${s.linkText}</a></p></div></aside>`;
}

function siteFooter(ctx: PageContext, chrome: Chrome): SafeHtml {
  return html`<footer class="site-footer"><div class="wrap">
<nav aria-label="${ctx.ui.sections}"><ul class="footer-sections">${chrome.sections.map((s) => html`<li><a href="${s.href}">${s.text}</a></li>`)}</ul></nav>
<p class="footer-links"><a href="${chrome.archiveHref}">${ctx.ui.allNews}</a> <a href="${chrome.support.href}">${ctx.ui.supportUs}</a></p>
<p class="footer-note">© ${chrome.siteName}. ${ctx.ui.footerNote}</p>
</div></footer>`;
}

/** A full HTML5 document. @example renderDocument({ chrome, ctx, page: 'error', main }) */
export function renderDocument(input: DocumentInput): string {
  const { chrome, ctx } = input;
  const front = input.front ?? false;
  const title = front || !chrome.title ? `${chrome.siteName} — ${ctx.ui.tagline}` : `${chrome.title} — ${chrome.siteName}`;
  return html`<!doctype html>
<html lang="${chrome.lang}">
${head(chrome, title)}
<body class="page-${input.page}">
<a class="skip-link" href="#content">${ctx.ui.skipToContent}</a>
${siteHeader(ctx, chrome, front)}
${supportBanner(chrome)}
<div class="wrap layout${input.rail ? ' has-rail' : ''}">
<main id="content">${input.main}</main>
${input.rail}
</div>
${siteFooter(ctx, chrome)}
</body>
</html>
`.value;
}
