import type { Lesson } from '../lesson/schema.ts';
import type { LogRecord, RunnerState } from '../runner/types.ts';
import { type ChangeMessage, openChannel } from './channel.ts';
import { classify, type Db, openProgressDb } from './db.ts';
import { installMemoryIndexedDb } from './memory.ts';
import type { ImportResult } from './import.ts';
import type { OnProgress } from './merge.ts';
import type { XapiOptions } from './xapi.ts';
import { checkNickname, type NicknameProblem } from './nickname.ts';
import { requestPersistence, storageInfo, type StorageInfo } from './persistence.ts';
import type { PinProblem } from './pin.ts';
import { addProfile, deleteEverything, deleteProfileData, listProfiles } from './profiles.ts';
import { allEvents, allSummaries, eventsOf, lessonIdsWithData, summariesOf } from './read.ts';
import { ensureSummaries } from './rebuild.ts';
import { replay, savedState } from './replay.ts';
import { summarize } from './summary.ts';
import { createSaver, RETRY_DELAYS_MS } from './saver.ts';
import { DB_NAME, META, type TeacherPin } from './schema.ts';
import type { AnyEvent, LessonSummary, Persistence, Profile, QueuedEvent, SaveReason, SaveStatus } from './types.ts';
import { writeEvents } from './write.ts';
import { newId } from './uuid.ts';

export interface ProgressStoreOptions {
  /** Database (and BroadcastChannel) name; tests use their own. */
  name?: string;
  /** Waits between automatic retries after a failed write, ms. */
  retryDelaysMs?: readonly number[];
  /** The wall clock for `at` (informative only). */
  now?: () => Date;
}

export interface ExportFilter {
  /** Only this lesson's events (a class's whole log can be hundreds of MB). */
  lessonId?: string;
}

/** An export or import that says how far it has come (0…1, at most once per whole percent). */
export interface WithProgress {
  onProgress?: OnProgress;
}

export type { ImportResult };

/** Thrown by profile, delete, import and PIN operations once the database is lost (see SaveStatus). */
export class ProgressLostError extends Error {
  constructor(readonly reason: SaveReason) {
    super(`the progress database is no longer available (${reason})`);
  }
}

export type ProgressStore = Awaited<ReturnType<typeof createProgressStore>>;

/** Opens the progress log; never rejects: without IndexedDB it keeps progress in memory ('unavailable'). */
export async function createProgressStore(options: ProgressStoreOptions = {}) {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? (() => new Date());
  const changeListeners = new Set<(m: ChangeMessage) => void>();
  const changed = (m: ChangeMessage) => { for (const l of [...changeListeners]) l(m); };
  const channel = openChannel(name, changed);
  const tell = (m: ChangeMessage) => { channel.post(m); changed(m); };

  let db!: Db;
  let lostReason: SaveReason | null = null;
  const saver = createSaver((batch) => writeEvents(db, batch), (written) => {
    const last = new Map<string, ChangeMessage & { type: 'appended' }>();
    for (const e of written) last.set(`${e.profileId}\u0000${e.lessonId}`, { type: 'appended', profileId: e.profileId, lessonId: e.lessonId, lastSeq: e.seq });
    for (const m of last.values()) tell(m);
  }, options.retryDelaysMs ?? RETRY_DELAYS_MS);
  const onLost = (reason: SaveReason) => { lostReason ??= reason; saver.lose(reason); };
  try {
    db = await openProgressDb(name, onLost);
  } catch (error) {
    const reason = classify(error) === 'too-new' ? 'too-new' : 'no-indexeddb';
    await installMemoryIndexedDb();
    db = await openProgressDb(name, onLost);
    saver.unavailable(reason);
  }
  // Summaries are a cache of the log: if they cannot be rebuilt now (a full disk), the desk folds the log itself.
  let summariesStale = false;
  await ensureSummaries(db).catch(() => { summariesStale = true; });
  const deviceId = (await db.get('meta', META.deviceId)) as string;

  /** Why the database is gone (noticed by its events or by a failed write), or null. */
  const lost = (): SaveReason | null => lostReason ?? (saver.status().state === 'lost' ? (saver.status().reason ?? 'closed') : null);
  /** The database, or an error that says it is gone. */
  const live = (): Db => {
    const reason = lost();
    if (reason) throw new ProgressLostError(reason);
    return db;
  };

  const store = {
    /** This device's random id (made with the database). */
    deviceId,
    /** The log as the classroom hub's outbox, and the desk's highest seq per device (outbox.ts, loaded when a hub is there). */
    hub: async () => (await import('./outbox.ts')).hubLog(live, deviceId, () => store.profiles(), (l) => store.onChange(l)),

    status: (): SaveStatus => saver.status(),
    /** Called on every change of the saving status; returns the unsubscribe function. */
    subscribe: (listener: (s: SaveStatus) => void): (() => void) => saver.subscribe(listener),
    /** Called after data changed, in this tab or another (BroadcastChannel). */
    onChange(listener: (m: ChangeMessage) => void): () => void {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    /** Appends a runner transition's records, in order, as one atomic write. Never rejects. */
    append(profileId: string, lessonId: string, lessonVersion: string, records: readonly LogRecord[]): Promise<SaveStatus> {
      const at = now().toISOString();
      const batch: QueuedEvent[] = records.map((record) => ({ id: newId(), deviceId, seq: null, profileId, lessonId, lessonVersion, at, record }));
      return batch.length ? saver.enqueue(batch) : Promise.resolve(saver.status());
    },
    /** Tries to write queued events now ("try again"). */
    retry: (): Promise<SaveStatus> => saver.flush(),

    /** One student's events in one lesson in log order, including those not yet written. */
    async eventsFor(profileId: string, lessonId: string): Promise<AnyEvent[]> {
      const saved = lost() ? [] : await eventsOf(db, profileId, lessonId);
      const ids = new Set(saved.map((e) => e.id));
      const queued = saver.pending().filter((e) => e.profileId === profileId && e.lessonId === lessonId && !ids.has(e.id));
      return [...saved, ...queued];
    },
    /** The saved runner state to hand to the app's openLesson(lesson, ageBand, saved); null: start afresh. */
    async savedState(profileId: string, lesson: Lesson): Promise<RunnerState | null> {
      return savedState(lesson, (await store.eventsFor(profileId, lesson.id)).map((e) => e.record));
    },
    /** Where the student resumes: the exact step, or the nearest one if the lesson changed (`moved`). */
    async resume(profileId: string, lesson: Lesson) {
      return replay(lesson, await store.eventsFor(profileId, lesson.id));
    },

    /** Profiles made on this device (`all`: also those imported from other devices), by nickname. */
    async profiles(opts: { all?: boolean } = {}): Promise<Profile[]> {
      const list = await listProfiles(live());
      return opts.all ? list : list.filter((p) => p.deviceId === deviceId);
    },
    async createProfile(nickname: string): Promise<{ ok: true; profile: Profile } | { ok: false; problem: NicknameProblem }> {
      const taken = (await store.profiles()).map((p) => p.nickname);
      const check = checkNickname(nickname, taken);
      if (!check.ok) return check;
      const profile: Profile = { id: newId(), nickname: check.nickname, deviceId, createdAt: now().toISOString() };
      await addProfile(live(), profile);
      tell({ type: 'profiles' });
      return { ok: true, profile };
    },
    /** "Delete my data": the profile and all its progress on this device. */
    async deleteProfile(profileId: string): Promise<void> {
      saver.drop((e) => e.profileId !== profileId);
      await deleteProfileData(live(), profileId);
      tell({ type: 'deleted-profile', profileId });
    },
    /** "Delete everything" (teacher, after confirmation). */
    async deleteAll(): Promise<void> {
      saver.drop(() => false);
      await deleteEverything(live());
      tell({ type: 'deleted-all' });
    },

    /** One summary per (student, lesson) pair, for the teacher's desk. */
    async summaries(): Promise<LessonSummary[]> {
      return summariesStale ? [...summarize(await allEvents(live())).values()] : allSummaries(live());
    },
    /** Summaries of some students (a page of the desk) or of one lesson (its charts): the desk's quick reads. */
    summariesOf: (filter: { profileIds?: readonly string[]; lessonId?: string }): Promise<LessonSummary[]> =>
      summariesStale ? store.summaries().then((all) => all.filter((s) => (!filter.profileIds || filter.profileIds.includes(s.profileId)) && (filter.lessonId === undefined || s.lessonId === filter.lessonId))) : summariesOf(live(), filter),
    /** Ids of the lessons that have any progress on this device. */
    lessonIds: (): Promise<string[]> => lessonIdsWithData(live()),
    /** Every event, in log order, including those not yet written. */
    async events(): Promise<AnyEvent[]> {
      const saved = await allEvents(live());
      const ids = new Set(saved.map((e) => e.id));
      return [...saved, ...saver.pending().filter((e) => !ids.has(e.id))];
    },
    // Exports and imports are the teacher's: their code (and zod, for imports) loads on first use,
    // not with the students' first frame.
    /**
     * The native export, for merging into the teacher's laptop: the profiles and the written events
     * (queued ones have no seq yet), of every lesson or of one. Streamed from the database in pages.
     */
    async exportNative(filter: ExportFilter & WithProgress = {}): Promise<Blob> {
      const d = live();
      const { exportNativeFrom } = await import('./exports.ts');
      return exportNativeFrom(d, deviceId, filter.lessonId, now(), filter.onProgress);
    },
    /** xAPI 1.0.3 statements (a JSON array) for a Learning Record Store, of every lesson or of one. */
    async exportXapi(lessons: readonly Lesson[], filter: ExportFilter & WithProgress = {}, opts: XapiOptions = {}): Promise<Blob> {
      const d = live();
      const { exportXapiFrom } = await import('./exports.ts');
      return exportXapiFrom(d, lessons, filter.lessonId, opts, filter.onProgress);
    },
    /** Merges an exported file's text; importing the same file again adds nothing. */
    async importNative(text: string, opts: WithProgress = {}): Promise<ImportResult> {
      const d = live();
      const { importText } = await import('./import.ts');
      const result = await importText(d, text, opts.onProgress);
      if (result.ok) tell({ type: 'imported', added: result.added });
      return result;
    },

    /** The teacher's PIN on this device: a convenience lock, not security (see pin.ts). */
    pin: {
      isSet: async (): Promise<boolean> => (await live().get('meta', META.pin)) !== undefined,
      async set(pin: string): Promise<PinProblem | null> {
        // The PIN code loads with the desk, not in the students' first frame.
        const { checkPinFormat, hashPin } = await import('./pin.ts');
        const problem = checkPinFormat(pin);
        if (problem) return problem;
        await live().put('meta', await hashPin(pin), META.pin);
        return null;
      },
      async check(pin: string): Promise<boolean> {
        const stored = (await live().get('meta', META.pin)) as TeacherPin | undefined;
        if (stored === undefined) return false;
        const { pinMatches } = await import('./pin.ts');
        return pinMatches(pin, stored);
      },
      /** Forgotten PIN: clearing it deletes everything, so the lock still protects the class's data. */
      async resetWithData(): Promise<void> {
        await store.deleteAll();
        await live().delete('meta', META.pin);
      },
    },

    requestPersistence: (): Promise<Persistence> => requestPersistence(),
    storageInfo: (): Promise<StorageInfo | null> => storageInfo(),

    close(): void {
      saver.close();
      channel.close();
      changeListeners.clear();
      db.close();
    },
  };
  return store;
}
