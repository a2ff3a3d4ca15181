/**
 * A small XML writer for feeds: every text and attribute value is escaped, and characters that
 * XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since one stray
 * control character pasted into a headline would make the whole feed unreadable.
 * Element and attribute names are code constants, never input.
 *
 * @example xmlDocument(el('rss', { version: '2.0' }, el('channel', {}, el('title', {}, 'A & B'))))
 */
export class Xml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Removes characters no XML 1.0 document may contain. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** Escapes character data. `\r` is kept as `&#13;` so parsers do not fold it into `\n`. */
export function xmlText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r]/g, (c) => (c === '\r' ? '&#13;' : TEXT_ESCAPES[c]!));
}

/** Escapes an attribute value (written in double quotes); tabs and newlines survive normalization. */
export function xmlAttr(value: string): string {
  return xmlSafe(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

export type XmlChild = Xml | string | null | undefined | false | readonly XmlChild[];
export type XmlAttrs = Record<string, string | number | null | undefined>;

function flatten(children: readonly XmlChild[], out: (Xml | string)[] = []): (Xml | string)[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c, out);
    else out.push(c as Xml | string);
  }
  return out;
}

/**
 * One element: attributes with null/undefined values are left out; string children are escaped
 * text; an element with no children is written self-closed. Child elements go on their own lines.
 */
export function el(name: string, attrs: XmlAttrs, ...children: XmlChild[]): Xml {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) open += ` ${key}="${xmlAttr(String(value))}"`;
  }
  const parts = flatten(children);
  if (parts.length === 0) return new Xml(`${open}/>`);
  const hasElements = parts.some((p) => p instanceof Xml);
  const inner = parts.map((p) => (p instanceof Xml ? p.value : xmlText(p))).join(hasElements ? '\n' : '');
  return new Xml(hasElements ? `${open}>\n${inner}\n</${name}>` : `${open}>${inner}</${name}>`);
}

/** The XML declaration and the root element. */
export function xmlDocument(root: Xml): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.value}\n`;
}
