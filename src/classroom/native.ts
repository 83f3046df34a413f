import { NATIVE_FORMAT, NATIVE_VERSION } from '../progress/native-format.ts';
import type { Profile, ProgressEvent } from '../progress/types.ts';

/**
 * Events from the hub as the text of a native export file, for the desk's existing idempotent
 * import (`progress.importNative(text)`): the events keep their headsets' ids and seqs, so an event
 * the desk already holds (from the hub or from a file) is not stored twice.
 */
export function nativeText(events: readonly ProgressEvent[], profiles: readonly Profile[], hubId = '00000000-0000-4000-8000-000000000000', now = new Date()): string {
  return JSON.stringify({ format: NATIVE_FORMAT, version: NATIVE_VERSION, exportedAt: now.toISOString(), deviceId: hubId, profiles, events });
}
