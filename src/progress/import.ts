import { roomForLog } from './cache-stores.ts';
import { classify, type Db } from './db.ts';
import { sealDevices } from './export-cache.ts';
import { mergeInto, type MergeResult, type OnProgress } from './merge.ts';
import { type ImportProblem, parseNative } from './native.ts';

export type ImportResult = ({ ok: true; invalid: number } & MergeResult) | { ok: false; problem: ImportProblem };

/** The share of an import's progress bar the merge takes; sealing the export cache's blocks takes the rest. */
const MERGE_SHARE = 0.8;

/**
 * Parses an exported file's text (JSON.parse and zod, nothing run) and merges it in one transaction,
 * then seals the export cache's blocks of the devices it added events to, so the next whole-class
 * export is quick. The cache is only a cache: failing to seal (a full disk) leaves the import done,
 * and a merge that finds no room drops the cache and tries again.
 */
export async function importText(db: Db, text: string, onProgress?: OnProgress): Promise<ImportResult> {
  const parsed = parseNative(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  let shown = -1;
  const report = onProgress && ((f: number) => {
    const percent = Math.floor(100 * f);
    if (percent !== shown) onProgress((shown = percent) / 100);
  });
  // The whole file or nothing (one transaction); with no room for it, the cache makes room (and is not sealed again now).
  let cramped = false;
  const result = await roomForLog(db, () => mergeInto(db, parsed.profiles, parsed.events, report && ((f) => report(f * MERGE_SHARE))), (e) => (cramped = classify(e) === 'quota'));
  if (result.added && !cramped) {
    const devices = new Set(parsed.events.map((e) => e.deviceId));
    await sealDevices(db, devices, report && ((f) => report(MERGE_SHARE + f * (1 - MERGE_SHARE)))).catch(() => {});
    report?.(1);
  }
  return { ok: true, invalid: parsed.invalid, ...result };
}
