import type { Problem } from './api.js';
import type { Strings } from './i18n.js';

/**
 * The API's validation problems (`{ path: 'version.body[3].content[0].href', message }`) as words
 * next to the fields they are about, in the interface language.
 */
export interface FieldProblem {
  /** The form field: headline, lead, body, source, sectionId, tagIds, authorIds, note… */
  field: string;
  text: string;
}

/** Where a problem is, whatever request it came from: create puts the version under `version.`, save puts the meta under `story.`. */
export function problemField(path: string): { field: string; rest: string } {
  const bare = path.replace(/^(version|story)\./, '');
  const m = /^([A-Za-z]+)(.*)$/.exec(bare);
  return { field: m?.[1] ?? bare, rest: m?.[2] ?? '' };
}

function localMessage(t: Strings, message: string): string {
  if (message === 'must be non-empty text' || message === 'must be a non-empty list of text runs' || message === 'must be a non-empty list') return t.problem.nonEmpty;
  const atMost = /must be at most (\d+) characters/.exec(message);
  if (atMost) return t.problem.atMost(atMost[1]!);
  if (/http\(s\) or mailto/.test(message)) return t.problem.badUrl;
  if (message === 'does not exist') return t.problem.missing;
  return message;
}

/**
 * @example describeProblems(t, [{ path: 'body[2].content[0].href', message: 'must be an http(s) or mailto URL' }])
 * // [{ field: 'body', text: 'block 3: must be a full https://, http:// or mailto: address' }]
 */
export function describeProblems(t: Strings, problems: readonly Problem[]): FieldProblem[] {
  return problems.map((p) => {
    const { field, rest } = problemField(p.path);
    const block = /^\[(\d+)\]/.exec(rest);
    const link = /^\.links\[(\d+)\]/.exec(rest);
    const where = field === 'body' && block ? `${t.blockN(Number(block[1]) + 1)}: ` : field === 'source' && link ? `${t.sourceLinkN(Number(link[1]) + 1)}: ` : '';
    return { field, text: where + localMessage(t, p.message) };
  });
}

/** The problems of one field, joined for the line under it. */
export function problemText(problems: readonly FieldProblem[], field: string): string | undefined {
  const texts = problems.filter((p) => p.field === field).map((p) => p.text);
  return texts.length ? texts.join('; ') : undefined;
}
