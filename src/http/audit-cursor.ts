// The audit list's cursor: where a page ended (recorded time, then id), as an opaque URL-safe
// token. The list is paged in that order, so a page after a cursor never repeats or skips one.
import type { Observation } from '../facts/observation';
import type { ListPosition } from '../observations/store';
import { fail } from './query';

/** The cursor of the page that starts after `observation`: its place in the audit order. */
export function cursorOf(observation: Observation): string {
  return btoa(JSON.stringify([observation.createdAt, observation.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The place a cursor names, or the 400 that says it is not one this service gave. */
export function positionOf(cursor: string): ListPosition {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // Falls through to the 400.
  }
  fail([{ parameter: 'cursor', message: 'is not a cursor this service gave' }]);
}
