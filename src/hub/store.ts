import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Profile, ProgressEvent } from '../progress/types.ts';
import { AppendLog } from './append-log.ts';
import { lines } from './files.ts';
import { LIMITS, type Limits } from './limits.ts';
import { ProfileBook } from './profile-book.ts';
import { readState, writeState, type HubState } from './state-file.ts';

/** A stored event's line: its fields in one fixed order, so a line names its student at one place. */
export const eventLine = (e: ProgressEvent): string =>
  `${JSON.stringify({ id: e.id, deviceId: e.deviceId, seq: e.seq, profileId: e.profileId, lessonId: e.lessonId, lessonVersion: e.lessonVersion, at: e.at, record: e.record })}\n`;
/** The student a stored line names (lines are written by `eventLine`: the key appears once, unescaped). */
const profileOf = (line: string): string | undefined => /"profileId":"([^"]*)"/.exec(line)?.[1];

interface Device { cursor: number; events: number; bytes: number; chain: Promise<unknown> }
export type Accepted = { ok: true; cursor: number; stored: ProgressEvent[]; skipped: number } | { ok: false; code: 'gap' | 'storage-full'; cursor: number };

/**
 * The class log on the laptop's disk (folder `dir`): events.ndjson (append-only, one event per line),
 * profiles.ndjson (nicknames) and state.json (deletions, see state-file.ts). Replication is
 * idempotent: an event whose (device, seq) is at or below the device's cursor, or whose id is
 * stored, is stored once. `onStored` sees every stored event, those read back at start included.
 */
export class ClassStore {
  private devices = new Map<string, Device>();
  private ids = new Set<string>();
  private forgotten: Set<string>;
  private log!: AppendLog;
  private constructor(private dir: string, private state: HubState, readonly profiles: ProfileBook, private limits: Limits, private onStored: (e: ProgressEvent[]) => void) {
    this.forgotten = new Set(state.forgotten);
  }

  static async open(dir: string, onStored: (e: ProgressEvent[]) => void, limits: Limits = LIMITS): Promise<ClassStore> {
    await mkdir(dir, { recursive: true });
    const state = await readState(join(dir, 'state.json'));
    const profiles = await ProfileBook.open(join(dir, 'profiles.ndjson'), new Set(state.forgotten));
    const store = new ClassStore(dir, state, profiles, limits, onStored);
    for (const [id, seq] of Object.entries(state.floors)) store.device(id).cursor = seq;
    let stale = 0;
    let read: ProgressEvent[] = [];
    const { log } = await AppendLog.open(join(dir, 'events.ndjson'), (line) => {
      let e: ProgressEvent;
      try { e = JSON.parse(line) as ProgressEvent; } catch { return; } // a damaged line (not the last): skipped
      if (store.isForgotten(e.profileId)) return void stale++;
      store.count(e, Buffer.byteLength(line) + 1);
      read.push(e);
      if (read.length < 1000) return;
      onStored(read);
      read = [];
    });
    onStored(read);
    store.log = log;
    if (stale) await store.compact(); // a deletion was cut short by a crash: finish it
    return store;
  }

  private device(id: string): Device {
    let d = this.devices.get(id);
    if (!d) this.devices.set(id, (d = { cursor: 0, events: 0, bytes: 0, chain: Promise.resolve() }));
    return d;
  }

  private count(e: ProgressEvent, bytes: number): void {
    const d = this.device(e.deviceId);
    this.ids.add(e.id);
    d.cursor = Math.max(d.cursor, e.seq);
    d.events++;
    d.bytes += bytes;
  }

  get hubId(): string { return this.state.hubId; }
  get size(): number { return this.log.size; }
  cursor(deviceId: string): number { return this.devices.get(deviceId)?.cursor ?? 0; }
  isForgotten(profileId: string): boolean { return this.forgotten.has(profileId); }

  /**
   * Stores a device's events past `after` (validated, in seq order), on the disk before it resolves.
   * `after` above the cursor means the hub lacks events between: answered 'gap' with the cursor.
   * `last`: the batch's highest seq, invalid events included (skipped, as an import skips them).
   */
  accept(deviceId: string, after: number, batch: readonly ProgressEvent[], last = batch.at(-1)?.seq ?? 0): Promise<Accepted> {
    const d = this.device(deviceId);
    const run = d.chain.then(async (): Promise<Accepted> => {
      if (after > d.cursor) return { ok: false, code: 'gap', cursor: d.cursor };
      const seen = new Set<string>();
      const fresh = batch.filter((e) => e.seq > d.cursor && !this.ids.has(e.id) && !seen.has(e.id) && !this.isForgotten(e.profileId) && seen.add(e.id));
      const text = fresh.map(eventLine);
      const bytes = text.reduce((n, l) => n + Buffer.byteLength(l), 0);
      if (d.events + fresh.length > this.limits.deviceEvents || d.bytes + bytes > this.limits.deviceBytes) return { ok: false, code: 'storage-full', cursor: d.cursor };
      if (text.length) await this.log.append(text.join(''));
      fresh.forEach((e, i) => this.count(e, Buffer.byteLength(text[i]!)));
      d.cursor = Math.max(d.cursor, last);
      // A student forgotten while the write ran: their events are on their way out of the file.
      const stored = fresh.filter((e) => !this.isForgotten(e.profileId));
      if (stored.length) this.onStored(stored);
      return { ok: true, cursor: d.cursor, stored, skipped: batch.length - fresh.length };
    });
    d.chain = run.catch(() => undefined);
    return run;
  }

  addProfiles(deviceId: string, list: readonly Profile[]): Promise<{ changed: Profile[]; full: boolean }> {
    return this.profiles.add(list.filter((p) => !this.isForgotten(p.id)), deviceId, this.limits.deviceProfiles);
  }

  /** "Delete my data": the tombstone first (durable), then the files without the student. */
  async forget(profileId: string): Promise<void> {
    if (!this.isForgotten(profileId)) {
      this.forgotten.add(profileId);
      this.state.forgotten.push(profileId);
    }
    await this.saveState();
    await this.compact();
  }

  /** "Delete everything": no event or nickname is left; cursors stay, so nothing comes back. */
  async clear(): Promise<void> {
    await this.saveState();
    await this.log.rewrite(() => false);
    await this.profiles.clear();
    await this.recount();
  }

  private saveState(): Promise<number> {
    for (const [id, d] of this.devices) this.state.floors[id] = d.cursor;
    return writeState(join(this.dir, 'state.json'), this.state);
  }

  private async compact(): Promise<void> {
    await this.log.rewrite((line) => !this.forgotten.has(profileOf(line) ?? ''));
    await this.profiles.forget(this.forgotten);
    await this.recount();
  }

  /** Ids and per-device sizes again from the file, with no write under way (cursors only grow). */
  private recount(): Promise<void> {
    return this.log.exclusive(async () => {
      this.ids.clear();
      for (const d of this.devices.values()) Object.assign(d, { events: 0, bytes: 0 });
      for await (const line of lines(this.log.path)) this.count(JSON.parse(line) as ProgressEvent, Buffer.byteLength(line) + 1);
    });
  }

  /** The stored events (each device's past `since[device]`), up to the log's size now. */
  async *read(since: Readonly<Record<string, number>> = {}, end = this.log.size): AsyncGenerator<ProgressEvent> {
    for await (const line of lines(this.log.path, end)) {
      const e = JSON.parse(line) as ProgressEvent;
      if (e.seq > (since[e.deviceId] ?? 0) && !this.isForgotten(e.profileId)) yield e;
    }
  }

  /** The log's lines as they are (for exports), up to its size now. */
  rawLines(end = this.log.size): AsyncGenerator<string, unknown> {
    return lines(this.log.path, end);
  }

  close(): Promise<void> {
    return Promise.all([this.log.close(), this.profiles.close()]).then(() => undefined);
  }
}
