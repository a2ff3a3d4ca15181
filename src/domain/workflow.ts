import type { Status } from './story.js';

/**
 * The life of a language version: draft → in review → scheduled → published; unpublished takes it
 * down. Each version moves on its own. Pure rules; services apply them inside a transaction.
 */

export type WorkflowAction = 'submit' | 'return' | 'schedule' | 'unschedule' | 'publish' | 'unpublish';

const ALLOWED: Record<WorkflowAction, Status[]> = {
  submit: ['draft'],
  return: ['review'],
  schedule: ['draft', 'review', 'unpublished'],
  unschedule: ['scheduled'],
  publish: ['draft', 'review', 'scheduled', 'unpublished'],
  unpublish: ['published', 'scheduled'],
};

const TARGET: Record<WorkflowAction, Status> = {
  submit: 'review',
  return: 'draft',
  schedule: 'scheduled',
  unschedule: 'draft',
  publish: 'published',
  unpublish: 'unpublished',
};

export type TransitionResult =
  | { ok: true; status: Status; publishedAt: Date | null }
  | { ok: false; code: 'TRANSITION_NOT_ALLOWED' | 'SCHEDULE_IN_PAST'; message: string };

/**
 * Where an action takes a version. Publishing keeps the first publication time of a version that
 * was published before (so its URL stays the same); scheduling needs a time in the future.
 *
 * @example transition('draft', 'publish', { now }) // { ok: true, status: 'published', publishedAt: now }
 */
export function transition(
  current: Status,
  action: WorkflowAction,
  options: { now: Date; at?: Date; previouslyPublishedAt?: Date | null },
): TransitionResult {
  if (!ALLOWED[action].includes(current)) {
    return { ok: false, code: 'TRANSITION_NOT_ALLOWED', message: `cannot ${action} a version that is ${current}` };
  }
  if (action === 'schedule') {
    if (!options.at || options.at.getTime() <= options.now.getTime()) {
      return { ok: false, code: 'SCHEDULE_IN_PAST', message: 'the scheduled time must be in the future' };
    }
    return { ok: true, status: 'scheduled', publishedAt: options.at };
  }
  if (action === 'publish') return { ok: true, status: 'published', publishedAt: options.previouslyPublishedAt ?? options.now };
  if (action === 'unpublish') return { ok: true, status: 'unpublished', publishedAt: options.previouslyPublishedAt ?? null };
  return { ok: true, status: TARGET[action], publishedAt: null };
}
