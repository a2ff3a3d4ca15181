import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transition } from './workflow.js';

const now = new Date('2025-03-01T16:22:00Z');

test('the workflow moves versions forward and refuses the rest', () => {
  assert.deepEqual(transition('draft', 'submit', { now }), { ok: true, status: 'review', publishedAt: null });
  assert.deepEqual(transition('review', 'publish', { now }), { ok: true, status: 'published', publishedAt: now });
  assert.equal(transition('published', 'submit', { now }).ok, false);
  assert.equal(transition('draft', 'unpublish', { now }).ok, false);
  assert.equal(transition('published', 'publish', { now }).ok, false);
});

test('scheduling needs a future time; republishing keeps the first publication time', () => {
  const past = transition('draft', 'schedule', { now, at: new Date(now.getTime() - 1000) });
  assert.equal(past.ok, false);
  assert.equal(!past.ok && past.code, 'SCHEDULE_IN_PAST');
  const later = new Date(now.getTime() + 3_600_000);
  assert.deepEqual(transition('review', 'schedule', { now, at: later }), { ok: true, status: 'scheduled', publishedAt: later });
  const first = new Date('2025-02-01T10:00:00Z');
  assert.deepEqual(transition('unpublished', 'publish', { now, previouslyPublishedAt: first }), { ok: true, status: 'published', publishedAt: first });
});
