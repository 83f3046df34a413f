import type { SaveState } from '../../progress/index.ts';

/** i18n keys of the badge's sentences (src/i18n/ko.ts, en.ts, classroom-ko.ts / -en.ts). */
export type SaveBadgeLine = 'saveBadge.notSaved' | 'saveBadge.lost' | 'lesson.movedStep' | 'classroom.badgeLaptop' | 'classroom.badgeDevice' | 'classroom.waitTeacher';

export interface SaveBadge {
  lines: SaveBadgeLine[];
  /** 'warn': progress is not being kept; 'info': notices and, in a class, where progress is saved. */
  tone: 'warn' | 'info';
}

/**
 * In a class with the laptop's hub: whether one is there (null on a static host), whether the laptop
 * holds all this device wrote, and whether the teacher's pace holds Next (app/conduct.ts).
 */
export interface ClassroomBadge {
  where: 'laptop' | 'device' | null;
  waitTeacher: boolean;
}

/**
 * What the headset badge under the Back/Next bar says: nothing while saving works, no notice is
 * pending and no hub is there. The DOM layer shows the same facts (SaveStatus, StepPanel's notices)
 * where a headset cannot.
 * - not-saved: a write failed, events wait in memory and are retried by themselves;
 * - lost / unavailable: nothing reaches the disk any more, progress lasts until the window closes;
 * - saved, in a class: on this headset only, or also on the teacher's laptop;
 * - notice 'moved': the lesson changed since the student left, they continue at the nearest step
 *   (cleared by the next Next, like the DOM notice);
 * - the teacher's pace holds Next: wait for the teacher.
 */
export function saveBadge(save: SaveState | null, notice: 'moved' | null, classroom: ClassroomBadge = { where: null, waitTeacher: false }): SaveBadge | null {
  const lines: SaveBadgeLine[] = [];
  if (save === 'not-saved') lines.push('saveBadge.notSaved');
  else if (save === 'lost' || save === 'unavailable') lines.push('saveBadge.lost');
  const warn = lines.length > 0;
  if (!warn && save !== null && classroom.where) lines.push(classroom.where === 'laptop' ? 'classroom.badgeLaptop' : 'classroom.badgeDevice');
  if (notice === 'moved') lines.push('lesson.movedStep');
  if (classroom.waitTeacher) lines.push('classroom.waitTeacher');
  return lines.length ? { lines, tone: warn ? 'warn' : 'info' } : null;
}
