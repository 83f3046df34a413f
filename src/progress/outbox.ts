import type { ChangeMessage } from './channel.ts';
import type { Db } from './db.ts';
import type { Profile, ProgressEvent } from './types.ts';

/**
 * The log as the classroom hub sees it (src/classroom): a headset's outbox, and the desk's "what do I
 * hold per device". The same shape as src/classroom/outbox.ts's `Outbox` (progress does not import
 * classroom). Reads go through the unique 'by-device-seq' index, [deviceId, seq].
 */
export interface HubLog {
  /** This device's outbox: its own events only (never those a desk imported from other devices). */
  outbox: {
    readonly deviceId: string;
    eventsAfter(seq: number, limit: number): Promise<ProgressEvent[]>;
    lastSeq(): Promise<number>;
    profiles(): Promise<Profile[]>;
    onAppended(listener: () => void): () => void;
  };
  /** For each device with events here, its highest seq (the desk asks the hub for what is past them). */
  seqsByDevice(): Promise<Record<string, number>>;
}

const deviceRange = (deviceId: string, after = -Infinity) => IDBKeyRange.bound([deviceId, after], [deviceId, Infinity], true, false);

/**
 * `db` returns the open database or throws once it is lost: the outbox then has nothing to send
 * (its last seq stays what it was, so the headset never claims the laptop holds what it cannot read).
 */
export function hubLog(db: () => Db, deviceId: string, profiles: () => Promise<Profile[]>, onChange: (l: (m: ChangeMessage) => void) => () => void): HubLog {
  let last = 0;
  return {
    outbox: {
      deviceId,
      async eventsAfter(seq, limit) {
        try {
          return await db().getAllFromIndex('events', 'by-device-seq', deviceRange(deviceId, seq), limit);
        } catch {
          return [];
        }
      },
      async lastSeq() {
        try {
          const cursor = await db().transaction('events').store.index('by-device-seq').openKeyCursor(deviceRange(deviceId), 'prev');
          last = cursor ? (cursor.key as [string, number])[1] : 0;
        } catch {
          // the database is gone: keep the last seq known
        }
        return last;
      },
      profiles: () => profiles().catch(() => []),
      // Every change may be news for the hub: events written, a nickname made, in this tab or another.
      onAppended: (listener) => onChange((m) => { if (m.type === 'appended' || m.type === 'profiles') listener(); }),
    },
    async seqsByDevice() {
      const out: Record<string, number> = {};
      const index = db().transaction('events').store.index('by-device-seq');
      // From the end, one step per device: its last key is its highest seq, then on to the device before it.
      let cursor = await index.openKeyCursor(null, 'prev');
      while (cursor) {
        const [device, seq] = cursor.key as [string, number];
        out[device] = seq;
        cursor = await cursor.continue([device, -Infinity]);
      }
      return out;
    },
  };
}
