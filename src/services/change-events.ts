import { EventEmitter } from 'node:events';
import type { Lang } from '../domain/locale.js';

/**
 * What changed in published content, so caches, feeds and sitemaps can drop exactly what it
 * touched. In one process the bus is in memory; across processes it will be relayed (Redis or
 * the database) by whoever subscribes.
 */
export type ChangeEvent =
  | { type: 'story-published' | 'story-updated' | 'story-unpublished'; storyId: number; lang: Lang; sectionId: number; tagIds: number[]; authorIds: number[] }
  | { type: 'settings-changed' }
  | { type: 'front-page-changed'; lang: Lang };

export class ChangeEvents {
  private readonly emitter = new EventEmitter();

  /** Announces a change after its transaction committed. */
  emit(event: ChangeEvent): void {
    this.emitter.emit('change', event);
  }

  on(listener: (event: ChangeEvent) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
