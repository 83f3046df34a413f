import type { BlockMeta, FoldEntry, Mention, NativeBlock, XapiBlock } from './schema.ts';
import type { ProgressEvent } from './types.ts';
import { type Activity, XAPI_HOME } from './xapi-vocabulary.ts';
import { firstMention, xapiContext, type XapiContext } from './xapi.ts';
import { type JsonPieces, jsonPieces, statementParts } from './xapi-json.ts';
import { runKey, type Runs } from './xapi-runs.ts';

/**
 * The text of one sealed block of the export cache (export-cache.ts), made from its events alone:
 * native JSON exactly as exports.ts writes each event, and xAPI statements with every object written
 * by reference, so that the text does not depend on the export it ends up in. An export splices each
 * activity's full definition in where the export first names it (`spliceXapi`).
 */
export interface BuiltBlock {
  meta: BlockMeta;
  native: NativeBlock;
  xapi: XapiBlock;
}

/** What building needs beyond the fold: activities by reference (no lessons: a reference names ids only) and cached pieces. */
export interface BlockBuilder {
  ctx: XapiContext;
  pieces: JsonPieces;
}

/** The builder for the cache: the default account home page, the only one the cached text is made for. */
export const blockBuilder = (): BlockBuilder => ({ ctx: xapiContext([], { homePage: XAPI_HOME }), pieces: jsonPieces() });

/**
 * Builds a block from a device's consecutive events (seq order), folding them into `runs` (which
 * must hold the device's fold at the block's start). Throws where a statement cannot be made (as the
 * uncached export would), leaving `runs` part-folded.
 */
export function buildBlock({ ctx, pieces }: BlockBuilder, events: readonly ProgressEvent[], runs: Runs): BuiltBlock {
  const natives: string[] = [];
  const statements: string[] = [];
  const mentions: Mention[] = [];
  const named = new Set<Activity>();
  const touched = new Set<string>();
  let length = 0;
  for (const e of events) {
    natives.push(JSON.stringify(e));
    touched.add(runKey(e));
    const p = statementParts(ctx, pieces, runs, e);
    if (!p) continue;
    if (statements.length) length++; // the comma before it
    if (!named.has(p.activity)) {
      named.add(p.activity);
      mentions.push([length + p.head.length, e.lessonId, p.stepId]);
    }
    const s = `${p.head}${p.activity.refJson}${p.tail}`;
    statements.push(s);
    length += s.length;
  }
  const fold: FoldEntry[] = [...touched].map((k) => {
    const r = runs.get(k)!;
    return [k, r.runId, r.lastMs, r.activeMs];
  });
  const from = events[0]!.seq;
  return {
    meta: { from, to: events[events.length - 1]!.seq, n: events.length, fold },
    native: { from, text: natives.join(',') },
    xapi: { from, text: statements.join(','), mentions },
  };
}

/** Sets the runs a block's fold names as they stood at its end. */
export function applyFold(runs: Runs, fold: readonly FoldEntry[]): void {
  for (const [k, runId, lastMs, activeMs] of fold) runs.set(k, { runId, lastMs, activeMs });
}

/**
 * Writes a block's statements out for an export: each activity the export has not described yet gets
 * its full definition (from the export's lessons) in place of the reference, where the block first names it.
 */
export function spliceXapi(block: XapiBlock, ctx: XapiContext, add: (text: string) => void): void {
  let at = 0;
  for (const [offset, lessonId, stepId] of block.mentions) {
    const a = stepId === null ? ctx.lessonOf(lessonId) : ctx.stepOf(lessonId, stepId);
    if (!firstMention(ctx.described, a)) continue;
    add(block.text.slice(at, offset));
    add(a.fullJson);
    at = offset + a.refJson.length;
  }
  add(at ? block.text.slice(at) : block.text);
}
