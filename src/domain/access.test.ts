import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, canEditStory, canPublishStory, ROLES, type Action } from './access.js';

test('each role may do what the roles below it may, and no more', () => {
  const matrix: Record<Action, string[]> = {
    'story.write': ['contributor', 'author', 'editor', 'admin'],
    'story.publish-own': ['author', 'editor', 'admin'],
    'story.edit-any': ['editor', 'admin'],
    'story.publish-any': ['editor', 'admin'],
    'frontpage.curate': ['editor', 'admin'],
    'users.manage': ['admin'],
    'settings.manage': ['admin'],
    'audit.view': ['admin'],
  };
  for (const [action, allowed] of Object.entries(matrix)) {
    for (const role of ROLES) assert.equal(can(role, action as Action), allowed.includes(role), `${role} ${action}`);
  }
});

test('contributors and authors edit their own stories; contributors never publish', () => {
  const contributor = { id: 1, role: 'contributor' as const };
  const author = { id: 2, role: 'author' as const };
  const editor = { id: 3, role: 'editor' as const };
  assert.equal(canEditStory(contributor, { createdBy: 1, status: 'draft' }), true);
  assert.equal(canEditStory(contributor, { createdBy: 1, status: 'published' }), false);
  assert.equal(canEditStory(contributor, { createdBy: 2, status: 'draft' }), false);
  assert.equal(canEditStory(author, { createdBy: 2, status: 'published' }), true);
  assert.equal(canEditStory(editor, { createdBy: 1, status: 'published' }), true);
  assert.equal(canPublishStory(contributor, { createdBy: 1 }), false);
  assert.equal(canPublishStory(author, { createdBy: 2 }), true);
  assert.equal(canPublishStory(author, { createdBy: 1 }), false);
  assert.equal(canPublishStory(editor, { createdBy: 1 }), true);
});
