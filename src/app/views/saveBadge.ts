import type { SaveState } from '../../progress/index.ts';

/** i18n keys of the badge's sentences (src/i18n/ko.ts, en.ts). */
export type SaveBadgeLine = 'saveBadge.notSaved' | 'saveBadge.lost' | 'lesson.movedStep';

export interface SaveBadge {
  lines: SaveBadgeLine[];
  /** 'warn': progress is not being kept; 'info': only the "resumed at the nearest step" notice. */
  tone: 'warn' | 'info';
}

/**
 * What the headset badge under the Back/Next bar says: nothing while saving works and no notice is
 * pending. The DOM layer shows the same facts (SaveStatus, StepPanel's notice) where a headset cannot.
 * - not-saved: a write failed, events wait in memory and are retried by themselves;
 * - lost / unavailable: nothing reaches the disk any more, progress lasts until the window closes;
 * - notice 'moved': the lesson changed since the student left, they continue at the nearest step
 *   (cleared by the next Next, like the DOM notice).
 */
export function saveBadge(save: SaveState | null, notice: 'moved' | null): SaveBadge | null {
  const lines: SaveBadgeLine[] = [];
  if (save === 'not-saved') lines.push('saveBadge.notSaved');
  else if (save === 'lost' || save === 'unavailable') lines.push('saveBadge.lost');
  const warn = lines.length > 0;
  if (notice === 'moved') lines.push('lesson.movedStep');
  return lines.length ? { lines, tone: warn ? 'warn' : 'info' } : null;
}
