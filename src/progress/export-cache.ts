import { type AnyTx, CACHE_STORES, deviceRange } from './cache-stores.ts';
import { applyFold, blockBuilder, type BuiltBlock, buildBlock } from './block-text.ts';
import { type Db, guard, quiet } from './db.ts';
import { PAGE_SIZE } from './pages.ts';
import type { IDBPIndex } from 'idb';
import type { BlockMeta, NativeBlock, ProgressDB, XapiBlock } from './schema.ts';
import type { ProgressEvent } from './types.ts';
import type { Runs } from './xapi-runs.ts';

/**
 * The export text cache: a pure cache beside the log (the log stays the truth; nothing here is
 * written on a student's write path). Per device, consecutive blocks of its events in seq order
 * (of `blockSize(k)` events, but for a device's last events at an import), each with its events' native JSON
 * text and xAPI statement text (block-text.ts), so a whole-class export reads ready-made text instead
 * of decoding every event (≈13 µs each in Chromium, ≈100 µs from a large database on disk). A
 * device's blocks cover a prefix of its seqs; the events after them (its tail: what students wrote
 * here, or what was added since the last import) are read from the log at each export.
 *
 * Block k owns the seqs after block k-1's `to` up to its own `to`; an export checks each block
 * against the log (`checkDevice`) and drops one that disagrees, and every later one of the device.
 * Imports and deletions drop the blocks they touch
 * (cache-stores.ts `dropBlocksFrom`, `dropAllBlocks`). Blocks are sealed after each import for the
 * devices it touched, down to their last event (a short last block, sealed again with the events that
 * follow it at the next import), and during a whole-class export for the full blocks missing. When the disk is full,
 * the cache gives way: an import or a student's write that fails for want of space drops it all and
 * tries again (cache-stores.ts `roomForLog`).
 */
export const BLOCK_SIZE = 1000;
/** The most events a block holds. */
export const MAX_BLOCK_SIZE = 8000;

/**
 * How many events a device's block k (from 0) holds when full: BLOCK_SIZE, then twice as many each
 * time up to MAX_BLOCK_SIZE. So a device with 28k events has 6 blocks, not 28: an export reads,
 * checks and hands the download that many stored Blobs (each costs ≈0.2 ms to read and more to
 * save), while the first blocks, where a whole-class export first describes most activities
 * (`spliceXapi` reads those as bytes), stay small.
 */
export const blockSize = (k: number): number => Math.min(BLOCK_SIZE * 2 ** k, MAX_BLOCK_SIZE);

type TextStore = 'exportNative' | 'exportXapi';
type TextOf<S extends TextStore> = S extends 'exportNative' ? NativeBlock : XapiBlock;

/** A device's events after seq `to` (all of them when null). */
const after = (deviceId: string, to: number | null) => (to === null ? deviceRange(deviceId) : IDBKeyRange.bound([deviceId, to], [deviceId, []], true));

/**
 * About how many events the log holds, for an export's progress: per device, last seq − first seq + 1
 * (exact when its seqs have no gaps, as a headset's own never do; more when an import left gaps). Two
 * keys a device, where `count()` would read every event's record in Chromium (≈1 s at 700k events).
 */
export async function logSpan(db: Db): Promise<number> {
  const tx = db.transaction('events');
  const index = tx.store.index('by-device-seq');
  let total = 0;
  let c = await index.openKeyCursor();
  while (c) {
    const [id, first] = c.key;
    total += (await lastSeq(index, id) ?? first) - first + 1;
    c = await c.continue([id, []] as unknown as [string, number]);
  }
  await tx.done;
  return total;
}

type SeqIndex = IDBPIndex<ProgressDB, ['events'], 'events', 'by-device-seq', 'readonly'>;

/** A device's highest seq in the log (one key, no record read), or null when it has none. */
async function lastSeq(index: SeqIndex, deviceId: string): Promise<number | null> {
  const c = await index.openKeyCursor(IDBKeyRange.bound([deviceId], [deviceId, []]), 'prev');
  return c ? c.key[1] : null;
}

/** The devices with events, in id order (one step of a key cursor per device). */
export async function deviceIds(db: Db): Promise<string[]> {
  const tx = db.transaction('events');
  const ids: string[] = [];
  let c = await tx.store.index('by-device-seq').openKeyCursor();
  while (c) {
    const id = c.key[0];
    ids.push(id);
    c = await c.continue([id, []] as unknown as [string, number]);
  }
  await tx.done;
  return ids;
}

/** A device's blocks that agree with the log (a prefix of them), with their text of one kind. */
interface Checked<T> {
  metas: BlockMeta[];
  texts: T[];
}

/** How many of the device's events lie in (lo, hi] (lo null: from its first). */
const between = (deviceId: string, lo: number | null, hi: number) =>
  lo === null ? IDBKeyRange.bound([deviceId], [deviceId, hi]) : IDBKeyRange.bound([deviceId, lo], [deviceId, hi], true);

/**
 * Reads a device's blocks (and their text from `store`, if given) and checks them against the log:
 * the valid prefix comes back, and the first block that disagrees is dropped with every later one.
 *
 * A block agrees when the log holds events at its `from` and `to` and none between the block before
 * and `from`. When its seqs are consecutive (`to - from + 1 === n`, the usual case: a headset numbers
 * its events 1, 2, 3…), nothing can have been added inside it either, since seqs are whole numbers
 * and the log's (device, seq) index is unique; otherwise the log's events over its range are
 * counted. Counting every block would cost what reading the events does: Chromium's index count
 * reads each event's record (≈16 µs an event; 2 s of a 3.4 s export of 140k events from a profile
 * on disk). So an event removed from inside a consecutive block is not seen here: every path that
 * removes events (profiles.ts) drops the blocks that held them in the same transaction.
 */
async function checkDevice<S extends TextStore>(db: Db, deviceId: string, store: S | null): Promise<Checked<TextOf<S>>> {
  const tx = guard(db.transaction(store ? ['events', 'exportBlocks', store] : ['events', 'exportBlocks']));
  const range = deviceRange(deviceId);
  const textsRead = store ? (tx.objectStore(store).getAll(range) as Promise<TextOf<S>[]>) : Promise.resolve([]);
  textsRead.catch(() => {});
  const metas = await tx.objectStore('exportBlocks').getAll(range);
  const index = tx.objectStore('events').index('by-device-seq');
  const agrees = await Promise.all(metas.map(async (m, k) => {
    const prevTo = k ? metas[k - 1]!.to : null;
    if (m.to < m.from || (prevTo !== null && m.from <= prevTo)) return false;
    // Right after the block before, the events between it and `from` are the one at `from`: one count fewer.
    const next = prevTo !== null && m.from === prevTo + 1;
    const [atFrom, atTo, before] = await Promise.all([
      index.count(IDBKeyRange.only([deviceId, m.from])),
      index.count(IDBKeyRange.only([deviceId, m.to])),
      next ? 1 : index.count(between(deviceId, prevTo, m.from)),
    ]);
    if (atFrom !== 1 || atTo !== 1 || before !== 1) return false;
    return m.to - m.from + 1 === m.n || (await index.count(between(deviceId, prevTo, m.to))) === m.n;
  }));
  const texts = await textsRead;
  await tx.done;
  let valid = 0;
  while (valid < metas.length && agrees[valid] && (!store || texts[valid]?.from === metas[valid]!.from)) valid++;
  if (valid < metas.length) {
    const drop = guard(db.transaction([...CACHE_STORES], 'readwrite', { durability: 'relaxed' }));
    const stale = IDBKeyRange.bound([deviceId, metas[valid]!.from], [deviceId, []]);
    await Promise.all([...CACHE_STORES.map((s) => drop.objectStore(s).delete(stale)), drop.done]);
  }
  return { metas: metas.slice(0, valid), texts: texts.slice(0, valid) };
}

/** What `sealFrom` yields: a block it sealed (or built, when it could not be stored), or a page of the tail. */
type Sealed = { block: BuiltBlock } | { events: ProgressEvent[] };

/**
 * Seals the device's blocks after seq `lastTo` (null: it has none yet), the first of them its block
 * `k`, each of `blockSize` events, and (`toEnd`) the last one short, down to the device's last event;
 * folds them into `runs` (the device's fold at `lastTo`), then yields its remaining events (the tail,
 * fewer than a full block; none with `toEnd`) as one page. Each block is read, built and stored in
 * one transaction, so it agrees with the log it was made from; the tail is read in a read-only one.
 * When storing fails (a full disk) blocks are still built for the caller; when a block cannot be
 * built (a statement the uncached export cannot make either), the rest of the device comes as pages
 * of events.
 */
async function* sealFrom(db: Db, deviceId: string, lastTo: number | null, runs: Runs, k: number, toEnd: boolean): AsyncGenerator<Sealed> {
  const builder = blockBuilder();
  let store = true;
  for (;; k++) {
    const size = blockSize(k);
    const least = toEnd ? 1 : size;
    if (store && !toEnd) {
      // A look in a read-only transaction first: the tail (an export's usual case) needs no write
      // transaction, whose commit costs a disk flush per device. Read, not counted: a count reads
      // each event's record in Chromium as well, so counting first would read the tail twice.
      const look = await db.getAllFromIndex('events', 'by-device-seq', after(deviceId, lastTo), size);
      if (look.length < least) {
        if (look.length) yield { events: look };
        return;
      }
    }
    // The cache is a cache: a crash may lose its last blocks (relaxed durability), never the log's events.
    const tx = guard(db.transaction(['events', ...CACHE_STORES], store ? 'readwrite' : 'readonly', { durability: 'relaxed' }));
    const page = await tx.objectStore('events').index('by-device-seq').getAll(after(deviceId, lastTo), size);
    let block: BuiltBlock | null = null;
    if (page.length >= least) {
      try {
        block = buildBlock(builder, page, runs);
      } catch {
        block = null;
      }
    }
    if (block && store) {
      const key: [string, number] = [deviceId, block.meta.from];
      const wtx = tx as unknown as AnyTx;
      const puts = [wtx.objectStore('exportBlocks').put(block.meta, key), wtx.objectStore('exportNative').put(block.native, key), wtx.objectStore('exportXapi').put(block.xapi, key)];
      try {
        await Promise.all([...puts, tx.done]);
      } catch {
        for (const p of puts) p.catch(() => {});
        store = false; // blocks must stay a prefix: none after one that could not be stored
      }
    } else await tx.done.catch(() => {});
    if (block) {
      lastTo = block.meta.to;
      yield { block };
      continue;
    }
    if (page.length) yield { events: page };
    if (page.length < least) return;
    // A block that cannot be built: the rest of the device as plain pages.
    for (let last = page[page.length - 1]!.seq; ;) {
      const rest = await db.getAllFromIndex('events', 'by-device-seq', after(deviceId, last), PAGE_SIZE);
      if (rest.length) yield { events: rest };
      if (rest.length < PAGE_SIZE) return;
      last = rest[rest.length - 1]!.seq;
    }
  }
}

/** The device's fold at the end of its checked blocks, into `runs`; the last block's `to` (null: none). */
function foldOf(metas: readonly BlockMeta[], runs: Runs): number | null {
  for (const m of metas) applyFold(runs, m.fold);
  return metas.length ? metas[metas.length - 1]!.to : null;
}

/**
 * Seals the blocks the devices lack, down to each one's last event (after an import, for the devices
 * it touched), so that the next whole-class export reads no events from the log at all. A device's
 * short last block is sealed again with the events that came after it, so a headset imported after
 * every lesson keeps one short block, not one per import. `onProgress`: 0…1 over the blocks to seal.
 */
export async function sealDevices(db: Db, ids: Iterable<string>, onProgress?: (fraction: number) => void): Promise<void> {
  const devices = [...ids];
  const plans = await Promise.all(devices.map(async (deviceId) => {
    const { metas } = await checkDevice(db, deviceId, null);
    // From the seqs, not a count (which reads every record in Chromium): at most this many blocks; gaps
    // in the seqs make fewer.
    const last = await lastSeq(db.transaction('events').store.index('by-device-seq'), deviceId);
    const end = metas.at(-1);
    const kept = end && end.n < blockSize(metas.length - 1) && last !== null && last > end.to ? metas.slice(0, -1) : metas;
    const runs: Runs = new Map();
    const lastTo = foldOf(kept, runs);
    let blocks = 0;
    for (let left = last === null ? 0 : last - (lastTo ?? 0); left > 0; left -= blockSize(kept.length + blocks)) blocks++;
    return { deviceId, runs, lastTo, k: kept.length, blocks };
  }));
  const total = plans.reduce((n, p) => n + p.blocks, 0);
  let done = 0;
  for (const { deviceId, runs, lastTo, k, blocks } of plans) {
    if (!blocks) continue;
    for await (const part of sealFrom(db, deviceId, lastTo, runs, k, true)) {
      if (!('block' in part)) break;
      onProgress?.(Math.min(1, ++done / total));
    }
  }
}

/** What a whole-class export reads from the cache, device by device: a block's text, or a page of events. */
export type CachedPart<T> = { text: T; n: number } | { events: ProgressEvent[] };

/**
 * The whole log in (device, seq) order through the cache: each device's checked blocks' text from
 * `store`, the blocks it lacks sealed now, then its tail as events. `runs` receives each device's
 * fold at the end of its blocks before its tail comes (what the tail's statements continue from).
 * The next device's blocks are read while one device is written out.
 */
export async function* cachedLog<S extends TextStore>(db: Db, store: S, runs: Runs): AsyncGenerator<CachedPart<TextOf<S>>> {
  const devices = await deviceIds(db);
  let next = devices.length ? quiet(checkDevice(db, devices[0]!, store)) : null;
  for (let i = 0; next; i++) {
    const { metas, texts } = await next;
    const deviceId = devices[i]!;
    next = i + 1 < devices.length ? quiet(checkDevice(db, devices[i + 1]!, store)) : null;
    for (let k = 0; k < metas.length; k++) yield { text: texts[k]!, n: metas[k]!.n };
    const lastTo = foldOf(metas, runs);
    for await (const part of sealFrom(db, deviceId, lastTo, runs, metas.length, false)) {
      if ('block' in part) yield { text: (store === 'exportNative' ? part.block.native : part.block.xapi) as TextOf<S>, n: part.block.meta.n };
      else yield part;
    }
  }
}
