/**
 * Who may do what in the newsroom. Roles are ordered: contributor < author < editor < admin; each
 * role may do everything the roles below it may. "Own" means the story was created by the user.
 */
export const ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type Action =
  /** Write a new story and edit one's own unpublished versions; submit them for review. */
  | 'story.write'
  /** Publish or unpublish one's own stories. */
  | 'story.publish-own'
  /** Edit, translate, schedule, publish and unpublish any story; write update notes. */
  | 'story.edit-any'
  | 'story.publish-any'
  | 'frontpage.curate'
  /** People, sections, tags, author profiles, ad slots, support call to action, site settings. */
  | 'users.manage'
  | 'settings.manage'
  | 'audit.view';

const LEAST_ROLE: Record<Action, Role> = {
  'story.write': 'contributor',
  'story.publish-own': 'author',
  'story.edit-any': 'editor',
  'story.publish-any': 'editor',
  'frontpage.curate': 'editor',
  'users.manage': 'admin',
  'settings.manage': 'admin',
  'audit.view': 'admin',
};

export function roleAtLeast(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

/** True when the role may perform the action at all. */
export function can(role: Role, action: Action): boolean {
  return roleAtLeast(role, LEAST_ROLE[action]);
}

export interface Actor {
  id: number;
  role: Role;
}

/**
 * May this person change this story's text? Editors and admins: any story. Contributors and
 * authors: their own stories, and contributors only while the version is not published.
 *
 * @example canEditStory({ id: 3, role: 'contributor' }, { createdBy: 3, status: 'draft' }) // true
 */
export function canEditStory(actor: Actor, story: { createdBy: number | null; status: string | null }): boolean {
  if (can(actor.role, 'story.edit-any')) return true;
  if (story.createdBy !== actor.id) return false;
  if (actor.role === 'contributor') return story.status === null || story.status === 'draft' || story.status === 'review';
  return true;
}

/** May this person publish, schedule or unpublish this story? */
export function canPublishStory(actor: Actor, story: { createdBy: number | null }): boolean {
  if (can(actor.role, 'story.publish-any')) return true;
  return can(actor.role, 'story.publish-own') && story.createdBy === actor.id;
}
