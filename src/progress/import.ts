import type { Db } from './db.ts';
import { mergeInto, type MergeResult, type OnProgress } from './merge.ts';
import { type ImportProblem, parseNative } from './native.ts';

export type ImportResult = ({ ok: true; invalid: number } & MergeResult) | { ok: false; problem: ImportProblem };

/** Parses an exported file's text (JSON.parse and zod, nothing run) and merges it in one transaction. */
export async function importText(db: Db, text: string, onProgress?: OnProgress): Promise<ImportResult> {
  const parsed = parseNative(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const result = await mergeInto(db, parsed.profiles, parsed.events, onProgress);
  return { ok: true, invalid: parsed.invalid, ...result };
}
