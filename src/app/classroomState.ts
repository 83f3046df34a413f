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

/**
 * This page's server's /classroom.json: `npm start` answers it (hub, LAN addresses), a static host serves
 * the built, empty one, a file:// page cannot fetch it (null). With the network off nothing is asked
 * (null): the laptop cannot answer then, and the browser would log the refused request as an error.
 */
export async function classroomInfo(): Promise<{ hub?: unknown; urls?: unknown } | null> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  try {
    const r = await fetch('./classroom.json', { cache: 'no-store' });
    if (!r.ok) return null;
    const info: unknown = await r.json();
    return info && typeof info === 'object' ? (info as { hub?: unknown; urls?: unknown }) : null;
  } catch {
    return null;
  }
}

/** Whether the server that served this page has the hub (`npm start`); a static host, a file or no network: false. */
export async function hubHere(): Promise<boolean> {
  return (await classroomInfo())?.hub === true;
}
