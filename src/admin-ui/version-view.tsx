import type { ComponentChildren } from 'preact';
import type { Block, Inline } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { SourceAttribution, Status } from '../domain/story.js';
import type { VersionFields } from './api.js';
import { useApp } from './context.js';

function InlineView({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((run, i) => {
        if (run.type === 'link') {
          return (
            <a key={i} href={run.href} rel="noopener noreferrer nofollow" target="_blank">
              {run.text}
            </a>
          );
        }
        let node = <>{run.text}</>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** A body as readers would read it, for the version shown beside the editor (its headings under the pane's own). */
export function BlocksView({ body }: { body: Block[] }) {
  const { t } = useApp();
  return (
    <div class="blocks-view">
      {body.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <InlineView content={block.content} />
              </p>
            );
          case 'heading':
            return block.level === 2 ? <h3 key={i}>{block.text}</h3> : <h4 key={i}>{block.text}</h4>;
          case 'quote':
            return (
              <figure key={i} class="quote">
                <blockquote>
                  <p>
                    <InlineView content={block.content} />
                  </p>
                </blockquote>
                {block.cite && <figcaption>— {block.cite}</figcaption>}
              </figure>
            );
          case 'list': {
            const items = block.items.map((item, j) => (
              <li key={j}>
                <InlineView content={item} />
              </li>
            ));
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          default:
            return (
              <p key={i} class="preserved-block">
                {t.describeBlock(block)}
              </p>
            );
        }
      })}
    </div>
  );
}

function SourceView({ source }: { source: SourceAttribution | null }) {
  const { t } = useApp();
  if (!source || (!source.text && !source.links.length)) return null;
  return (
    <p class="source-view">
      <strong>{t.sourceTitle}:</strong> {source.text}
      {source.links.map((l, i) => (
        <span key={i}>
          {' '}
          <a href={l.url} rel="noopener noreferrer nofollow" target="_blank">
            {l.text}
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * A language version, read only: the source of a translation, or the other person's save in a
 * conflict. Its heading says which.
 */
export function VersionView(props: { title: string; titleId: string; lang: Lang; fields: VersionFields; status?: Status; children?: ComponentChildren }) {
  const { t } = useApp();
  const f = props.fields;
  return (
    <section class="version-view" aria-labelledby={props.titleId}>
      <div class="pane-head">
        <h2 id={props.titleId}>{props.title}</h2>
        {props.status && <span class={`badge status-${props.status}`}>{t.statuses[props.status]}</span>}
      </div>
      {props.children}
      <div class="pane-text" lang={props.lang}>
        <p class="pane-headline">{f.headline}</p>
        {f.lead && <p class="pane-lead">{f.lead}</p>}
        <SourceView source={f.source} />
        <BlocksView body={f.body} />
      </div>
    </section>
  );
}
