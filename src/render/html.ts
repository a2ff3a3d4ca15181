/**
 * Escape-by-default HTML templates. Every interpolated value is escaped unless it is itself the
 * result of `html` or an explicit `raw(...)`; arrays are joined. `null`, `undefined` and `false`
 * render nothing, so `${cond && html`…`}` works.
 *
 * @example html`<a href="${url}">${title}</a>` // both escaped
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_ALL = /[&<>"']/g;

export function escapeHtml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, (c) => ESCAPES[c]!) : value;
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) {
    // Concatenation, not join(): join copies every character at each level of nesting, while
    // the page is copied once anyway, when it is encoded for sending.
    let out = '';
    for (const item of value) out += render(item);
    return out;
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * A fragment kept and inserted into many pages (a card, the stream): its text is made one flat
 * string, so that each page that includes it copies it in one piece instead of walking the many
 * small pieces the template joined.
 */
export function kept(fragment: SafeHtml): SafeHtml {
  return new SafeHtml(Buffer.from(fragment.value, 'utf8').toString('utf8'));
}

/** Trusted markup, inserted as is. Name the reason at each call. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
