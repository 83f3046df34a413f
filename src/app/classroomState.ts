import { createStore } from 'zustand/vanilla';
import type { LessonTarget, Pace } from '../hub/protocol.ts';

/**
 * What the classroom hub means for this page, mirrored from the lazily loaded sync core
 * (app/classroomSync.ts) so that the first frame carries only this: the app store's pace and pause
 * gate, the save indicator and the pause card read it here.
 * - hub: 'none' on a static host or a file (and until /classroom.json says there is a hub).
 */
export interface ClassroomView {
  hub: 'none' | 'online' | 'offline';
  /** The teacher's laptop holds everything this device wrote. */
  onLaptop: boolean;
  /** "Eyes on the teacher": input held, narration paused, a card over the lesson. */
  paused: boolean;
  pace: Pace;
  /** The lesson the teacher sent this device to (its course picks the age band of a fresh start). */
  lesson: LessonTarget | null;
  hand: boolean;
  /** The laptop refused more of this device's progress (its per-device limit): the student should tell the teacher. */
  laptopFull: boolean;
}

export const classroomStore = createStore<ClassroomView>(() => ({ hub: 'none', onLaptop: false, paused: false, pace: { mode: 'self' }, lesson: null, hand: false, laptopFull: false }));

/** The student's hand, raised or lowered through the hub (the sync fills this in; nothing before). */
export const classroomActions: { hand(up: boolean): void } = { hand() {} };

/** Whether the server that served this page has the hub (`npm start`); a static host or a file: false. */
export async function hubHere(): Promise<boolean> {
  try {
    const r = await fetch('./classroom.json', { cache: 'no-store' });
    return r.ok && ((await r.json()) as { hub?: unknown }).hub === true;
  } catch {
    return false;
  }
}
