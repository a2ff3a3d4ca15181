import { html } from '../html.js';
import { renderDocument } from '../layout.js';
import {
  backgroundList, bylines, datelines, sourceLine, supportCallout, tagList,
} from '../partials/article-parts.js';
import { renderBody } from '../partials/blocks.js';
import { cardBlock } from '../partials/cards.js';
import { kindLabel, markers, pageContext } from '../partials/common.js';
import { figure, SIZES } from '../partials/media.js';
import { rail } from '../partials/rail.js';
import type { ArticleView } from '../view-models.js';

/**
 * A story page, in the order DESIGN.md's anatomy gives: section and kind, headline, bylines,
 * dateline (and update line), lead photo with caption and credit, bold lead, "Source:",
 * "Details:" and the body with its ad slots, "Background:", the support call to action, tags.
 * Around it: "More news", the tag block, and the rail with the recent-news stream.
 *
 * @example renderArticle(articleFixture('uk')) // '<!doctype html>\n<html lang="uk">…'
 */
export function renderArticle(v: ArticleView): string {
  const ctx = pageContext(v.chrome);
  const { ui } = ctx;
  const media = markers(ui, { updated: false, hasVideo: v.hasVideo, hasPhotos: v.hasPhotos });

  const head = html`<div class="story-head">
<p class="kicker"><a href="${v.section.href}">${v.section.text}</a> <span class="kind-label">${kindLabel(ui, v.kind)}</span>${media}</p>
<h1 class="headline">${v.headline}</h1>
${bylines(ctx, v.bylines, v.kind === 'column')}
${datelines(ctx, v)}
</div>`;

  const body = v.body.length === 0
    ? html``
    : html`<div class="story-body">
<p class="label details-label">${ui.details}:</p>
${renderBody(ctx, v)}
</div>`;

  const article = html`<article class="story story-${v.kind}${v.important ? ' is-important' : ''}" data-story-id="${v.storyId}">
${head}
${v.leadImage && figure(ui, v.leadImage, { sizes: SIZES.lead, eager: true })}
${v.lead && html`<p class="story-lead">${v.lead}</p>`}
${v.source && sourceLine(ctx, v.source)}
${body}
${backgroundList(ctx, v.background)}
${supportCallout(v.chrome)}
${tagList(ctx, v.tags)}
</article>`;

  const around = html`${cardBlock(ctx, ui.moreNews, v.moreNews, { variant: 'standard', className: 'more-news' })}
${v.tagBlock && cardBlock(ctx, v.tagBlock.tag, v.tagBlock.stories, { variant: 'compact', className: 'tag-block' })}`;

  return renderDocument({
    chrome: v.chrome,
    ctx,
    page: 'article',
    main: html`${article}
${around}`,
    rail: rail(ctx, v.stream),
  });
}
