import { type BlockBuilder, blockBuilder, buildPairText } from './block-text.ts';
import { type Db, guard, quiet } from './db.ts';
import { pairRange } from './read.ts';
import type { PairText } from './schema.ts';
import type { LessonSummary, ProgressEvent } from './types.ts';

/**
 * The lesson text cache: a pure cache beside the log, for one lesson's exports. Per (lesson,
 * student), key [lessonId, profileId], the student's events of the lesson as ready-made native JSON
 * and xAPI text (block-text.ts `buildPairText`). An export of one lesson then reads one record per
 * student, in key order, where reading the lesson's events through the 'by-pair' index looks each
 * one up at random in the log (≈50 µs an event on a large database on disk: ≈2 s for 1,000
 * students' lesson).
 *
 * A text is current when the pair's summary counts as many events as it was made from: a pair's
 * events only ever grow (the log is append-only), or all go with the student, whose texts go in the
 * same transaction (profiles.ts). So nothing on a student's write path touches this cache: a write
 * makes the pair's text stale by counting one more event in its summary, and the next export makes
 * it again. Imports write the texts of the pairs they add events to in their own transaction
 * (merge.ts), from the events they have in hand or read back.
 */

/** How many students' texts one read takes (one transaction). */
export const PAIRS_PER_READ = 100;

/** Where texts are written: the store of a transaction that also changes the pairs' events. */
export interface PairTextStore {
  put(value: PairText, key: [string, string]): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

/** Writes a pair's text from all its events (log order); one whose statements cannot be made is left out. */
export function putPairText(store: PairTextStore, builder: BlockBuilder, events: readonly ProgressEvent[]): Promise<unknown> {
  const { lessonId, profileId } = events[0]!;
  let text: PairText;
  try {
    text = buildPairText(builder, events);
  } catch {
    return store.delete([lessonId, profileId]); // the export says why, as the uncached one would
  }
  return store.put(text, [lessonId, profileId]);
}

/** The cache's texts for some of a lesson's students (profile id order), null where missing or stale. */
async function readTexts(db: Db, lessonId: string, students: readonly LessonSummary[]): Promise<(PairText | null)[]> {
  const range = IDBKeyRange.bound([lessonId, students[0]!.profileId], [lessonId, students[students.length - 1]!.profileId]);
  const tx = guard(db.transaction('lessonText'));
  const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
  const byProfile = new Map(keys.map(([, profileId], i) => [profileId, values[i]!]));
  return students.map((s) => {
    const t = byProfile.get(s.profileId);
    return t && t.n === s.events ? t : null;
  });
}

/**
 * Makes the texts of the students whose cached text is missing or stale from the log, and stores
 * them for the next export (in one transaction with the read, so each agrees with the events it was
 * made from). When storing fails (a full disk) the texts are still made for the caller.
 */
async function makeTexts(db: Db, lessonId: string, profileIds: readonly string[], builder: BlockBuilder): Promise<Map<string, PairText>> {
  const read = async (mode: 'readwrite' | 'readonly') => {
    const tx = guard(db.transaction(['events', 'lessonText'], mode, { durability: 'relaxed' }));
    const index = tx.objectStore('events').index('by-pair');
    const lists = await Promise.all(profileIds.map((p) => index.getAll(pairRange(p, lessonId))));
    const texts = new Map<string, PairText>();
    const puts: Promise<unknown>[] = [];
    lists.forEach((events, i) => {
      if (!events.length) return; // the student's data went since the summaries were read
      const text = buildPairText(builder, events); // throws as the uncached export would
      texts.set(profileIds[i]!, text);
      if (mode === 'readwrite') puts.push((tx.objectStore('lessonText') as unknown as PairTextStore).put(text, [lessonId, profileIds[i]!]));
    });
    await Promise.all([...puts, tx.done]);
    return texts;
  };
  try {
    return await read('readwrite');
  } catch (error) {
    if ((error as { name?: string } | null)?.name !== 'QuotaExceededError') throw error;
    return read('readonly');
  }
}

/** What one lesson's export reads: its students' texts in profile id order, and how many there are. */
export interface LessonTexts {
  students: number;
  texts: AsyncIterable<PairText>;
}

/**
 * One lesson's texts, student by student in profile id order (the uncached export's order, pages.ts
 * `lessonPages`): from the cache where current, made from the log (and stored) where not. The next
 * students' texts are read while one page is written out.
 */
export async function lessonTexts(db: Db, lessonId: string): Promise<LessonTexts> {
  const students = await db.getAllFromIndex('summaries', 'by-lesson', lessonId);
  const builder = blockBuilder();
  const page = (from: number) => students.slice(from, from + PAIRS_PER_READ);
  async function* texts(): AsyncGenerator<PairText> {
    let next = students.length ? quiet(readTexts(db, lessonId, page(0))) : null;
    for (let from = 0; next; from += PAIRS_PER_READ) {
      const cached = await next;
      next = from + PAIRS_PER_READ < students.length ? quiet(readTexts(db, lessonId, page(from + PAIRS_PER_READ))) : null;
      const these = page(from);
      const stale = these.filter((_, i) => !cached[i]).map((s) => s.profileId);
      const made = stale.length ? await makeTexts(db, lessonId, stale, builder) : null;
      for (let i = 0; i < these.length; i++) {
        const t = cached[i] ?? made?.get(these[i]!.profileId);
        if (t) yield t;
      }
    }
  }
  return { students: students.length, texts: texts() };
}
