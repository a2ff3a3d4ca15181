import type { ComponentChildren } from 'preact';
import type { Lang } from '../domain/locale.js';
import { KINDS, type Importance, type Kind, type SourceAttribution } from '../domain/story.js';
import type { StoryMeta, VersionFields } from './api.js';
import { BodyEditor } from './body-editor.js';
import { useApp } from './context.js';
import { LeadPhotoField } from './lead-photo.js';
import { Picker } from './picker.js';
import { problemText, type FieldProblem } from './problems.js';

/** A labelled field with its hint and its problem, wired for screen readers. */
export function Field(props: { id: string; label: string; hint?: string; error?: string | undefined; children: ComponentChildren; class?: string }) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label for={props.id} id={`${props.id}-label`}>
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** aria-describedby for a field's hint and problem. */
export const describedBy = (id: string, hint: boolean, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export interface VersionFormProps {
  idPrefix: string;
  value: VersionFields;
  onChange: (patch: Partial<VersionFields>) => void;
  bodyResetKey: number;
  editable: boolean;
  /** The language the version is written in. */
  lang: Lang;
  problems: FieldProblem[];
}

/** Headline, lead, body and source of one language version. */
export function VersionForm(p: VersionFormProps) {
  const { t } = useApp();
  const id = (name: string) => `${p.idPrefix}-${name}`;
  const err = (field: string) => problemText(p.problems, field);
  const source = p.value.source ?? { text: '', links: [] };
  const setSource = (s: SourceAttribution) => p.onChange({ source: s });
  return (
    <div class="version-form">
      <Field id={id('headline')} label={t.headline} error={err('headline')}>
        <textarea
          id={id('headline')}
          class="headline-input"
          rows={2}
          lang={p.lang}
          value={p.value.headline}
          readOnly={!p.editable}
          maxLength={1000}
          aria-invalid={err('headline') ? 'true' : 'false'}
          aria-describedby={describedBy(id('headline'), false, err('headline'))}
          onInput={(e) => p.onChange({ headline: e.currentTarget.value.replace(/\n/g, ' ') })}
        />
      </Field>
      <Field id={id('lead')} label={t.lead} error={err('lead')}>
        <textarea
          id={id('lead')}
          class="lead-input"
          rows={3}
          lang={p.lang}
          value={p.value.lead}
          readOnly={!p.editable}
          maxLength={5000}
          aria-invalid={err('lead') ? 'true' : 'false'}
          aria-describedby={describedBy(id('lead'), false, err('lead'))}
          onInput={(e) => p.onChange({ lead: e.currentTarget.value })}
        />
      </Field>
      <LeadPhotoField idPrefix={p.idPrefix} lang={p.lang} value={p.value.leadMediaId} onChange={(leadMediaId) => p.onChange({ leadMediaId })} editable={p.editable} />
      {err('leadMediaId') && <p class="field-error">{err('leadMediaId')}</p>}
      <div class={`field${err('body') ? ' has-error' : ''}`}>
        <span class="label" id={id('body')}>
          {t.body}
        </span>
        <BodyEditor
          value={p.value.body}
          resetKey={p.bodyResetKey}
          onChange={(body) => p.onChange({ body })}
          editable={p.editable}
          lang={p.lang}
          labelId={id('body')}
          describedBy={[`${id('body')}-hint`, err('body') ? `${id('body')}-error` : ''].filter(Boolean).join(' ')}
          invalid={!!err('body')}
        />
        <p class="hint" id={`${id('body')}-hint`}>
          {t.bodyHelp}
        </p>
        {err('body') && (
          <p class="field-error" id={`${id('body')}-error`}>
            {err('body')}
          </p>
        )}
      </div>
      <fieldset class={`source-fields${err('source') ? ' has-error' : ''}`}>
        <legend>{t.sourceTitle}</legend>
        <Field id={id('source-text')} label={t.sourceText} hint={t.sourceTextHelp}>
          <input
            id={id('source-text')}
            type="text"
            lang={p.lang}
            value={source.text}
            readOnly={!p.editable}
            maxLength={500}
            aria-describedby={`${id('source-text')}-hint`}
            onInput={(e) => setSource({ ...source, text: e.currentTarget.value })}
          />
        </Field>
        {source.links.map((link, i) => (
          <div class="source-link" key={i} role="group" aria-label={t.sourceLinkN(i + 1)}>
            <Field id={id(`source-link-${i}-text`)} label={t.linkText}>
              <input
                id={id(`source-link-${i}-text`)}
                type="text"
                value={link.text}
                readOnly={!p.editable}
                maxLength={200}
                onInput={(e) => setSource({ ...source, links: source.links.map((l, j) => (j === i ? { ...l, text: e.currentTarget.value } : l)) })}
              />
            </Field>
            <Field id={id(`source-link-${i}-url`)} label={t.linkAddress}>
              <input
                id={id(`source-link-${i}-url`)}
                type="url"
                inputMode="url"
                value={link.url}
                readOnly={!p.editable}
                maxLength={2000}
                onInput={(e) => setSource({ ...source, links: source.links.map((l, j) => (j === i ? { ...l, url: e.currentTarget.value } : l)) })}
              />
            </Field>
            {p.editable && (
              <button type="button" class="button-quiet" onClick={() => setSource({ ...source, links: source.links.filter((_, j) => j !== i) })}>
                {t.removeSourceLink(i + 1)}
              </button>
            )}
          </div>
        ))}
        {p.editable && source.links.length < 10 && (
          <button type="button" class="button-secondary" onClick={() => setSource({ ...source, links: [...source.links, { text: '', url: '' }] })}>
            {t.addSourceLink}
          </button>
        )}
        {err('source') && <p class="field-error">{err('source')}</p>}
      </fieldset>
    </div>
  );
}

export interface MetaFormProps {
  idPrefix: string;
  value: StoryMeta;
  onChange: (patch: Partial<StoryMeta>) => void;
  editable: boolean;
  problems: FieldProblem[];
}

/** What every language version of a story shares: kind, section, tags, bylines, importance, media flags. */
export function MetaForm(p: MetaFormProps) {
  const { t, taxonomy } = useApp();
  const id = (name: string) => `${p.idPrefix}-${name}`;
  const err = (field: string) => problemText(p.problems, field);
  const picker = (field: 'sectionId' | 'tagIds' | 'authorIds', label: string, items = taxonomy.sections, selected: number[], multiple: boolean, onChange: (ids: number[]) => void) => (
    <div class={`field${err(field) ? ' has-error' : ''}`}>
      <Picker id={id(field)} label={label} items={items} selected={selected} multiple={multiple} onChange={onChange} disabled={!p.editable} invalid={!!err(field)} {...(err(field) ? { errorId: `${id(field)}-error` } : {})} />
      {err(field) && (
        <p class="field-error" id={`${id(field)}-error`}>
          {err(field)}
        </p>
      )}
    </div>
  );
  return (
    <fieldset class="meta-form">
      <legend>{t.storyDetails}</legend>
      <p class="hint">{t.sharedHint}</p>
      <Field id={id('kind')} label={t.kind} error={err('kind')}>
        <select id={id('kind')} value={p.value.kind} disabled={!p.editable} onChange={(e) => p.onChange({ kind: e.currentTarget.value as Kind })}>
          {KINDS.map((k) => (
            <option value={k} key={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </Field>
      {picker('sectionId', t.section, taxonomy.sections, p.value.sectionId ? [p.value.sectionId] : [], false, (ids) => p.onChange({ sectionId: ids[0] ?? 0 }))}
      {picker('tagIds', t.tags, taxonomy.tags, p.value.tagIds, true, (tagIds) => p.onChange({ tagIds }))}
      {picker('authorIds', t.authors, taxonomy.authors, p.value.authorIds, true, (authorIds) => p.onChange({ authorIds }))}
      <Field id={id('importance')} label={t.importanceLabel} error={err('importance')}>
        <select id={id('importance')} value={String(p.value.importance)} disabled={!p.editable} onChange={(e) => p.onChange({ importance: Number(e.currentTarget.value) as Importance })}>
          {t.importance.map((label, i) => (
            <option value={String(i)} key={i}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <div class="checks">
        <label class="check">
          <input type="checkbox" checked={p.value.hasVideo} disabled={!p.editable} onChange={(e) => p.onChange({ hasVideo: e.currentTarget.checked })} />
          {t.hasVideo}
        </label>
        <label class="check">
          <input type="checkbox" checked={p.value.hasPhotos} disabled={!p.editable} onChange={(e) => p.onChange({ hasPhotos: e.currentTarget.checked })} />
          {t.hasPhotos}
        </label>
      </div>
    </fieldset>
  );
}
