import { randomUUID } from 'node:crypto';
import type { Outbox } from '../../src/classroom/outbox.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import type { Profile, ProgressEvent } from '../../src/progress/types.ts';
import type { LogRecord } from '../../src/runner/types.ts';

/** A headset's progress log in memory, as the sync core sees the IndexedDB one (src/classroom/outbox.ts). */
export function memoryOutbox(deviceId: string) {
  const events: ProgressEvent[] = [];
  const profiles: Profile[] = [];
  const listeners = new Set<() => void>();
  const outbox: Outbox = {
    deviceId,
    // Seqs are 1…n with no gap here, so the events past `seq` start at index `seq`.
    eventsAfter: async (seq, limit) => events.slice(seq, seq + limit),
    lastSeq: async () => events.length,
    profiles: async () => [...profiles],
    onAppended(l) { listeners.add(l); return () => listeners.delete(l); },
  };
  return {
    outbox,
    lastSeq: () => events.length,
    addProfile(nickname: string): Profile {
      const p = { id: randomUUID(), nickname, deviceId, createdAt: new Date().toISOString() };
      profiles.push(p);
      return p;
    },
    /** One transition's records, as the app appends them; returns the new events. */
    append(profileId: string, lesson: Lesson, records: readonly LogRecord[]): ProgressEvent[] {
      const made = records.map((record, i) => ({ id: randomUUID(), deviceId, seq: events.length + i + 1, profileId, lessonId: lesson.id, lessonVersion: lesson.version, at: new Date().toISOString(), record }));
      events.push(...made);
      for (const l of listeners) l();
      return made;
    },
  };
}
