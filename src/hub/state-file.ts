import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { writeAtomic } from './files.ts';

/**
 * The class log's small companion, rewritten atomically when a deletion happens:
 * - forgotten: students who deleted their data. Their events are refused forever after, so a
 *   headset that comes back with an old copy cannot bring them back (profile ids are random UUIDs,
 *   never reused).
 * - floors: each device's acknowledged cursor when events were removed, so removing events never
 *   lowers a cursor and a reconnecting device does not send the removed events again.
 */
export interface HubState {
  /** This hub's id: the `deviceId` its native exports name. */
  hubId: string;
  forgotten: string[];
  floors: Record<string, number>;
}

export async function readState(path: string): Promise<HubState> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Partial<HubState>;
    return {
      hubId: typeof data.hubId === 'string' ? data.hubId : randomUUID(),
      forgotten: Array.isArray(data.forgotten) ? data.forgotten.filter((x): x is string => typeof x === 'string') : [],
      floors: data.floors && typeof data.floors === 'object' ? data.floors : {},
    };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path} cannot be read (${(e as Error).message}); move it aside to start afresh`);
    return { hubId: randomUUID(), forgotten: [], floors: {} };
  }
}

export function writeState(path: string, state: HubState): Promise<number> {
  return writeAtomic(path, [`${JSON.stringify(state)}\n`]);
}
