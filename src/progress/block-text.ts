import type { BlockMeta, FoldEntry, Mention, NativeBlock, PairText, XapiBlock } from './schema.ts';
import type { ProgressEvent } from './types.ts';
import { type Activity, XAPI_HOME } from './xapi-vocabulary.ts';
import { firstMention, xapiContext, type XapiContext } from './xapi.ts';
import { type JsonPieces, jsonPieces, statementParts } from './xapi-json.ts';
import { runKey, type Runs } from './xapi-runs.ts';

/**
 * The text of one sealed block of the export cache (export-cache.ts), made from its events alone:
 * native JSON exactly as exports.ts writes each event, and xAPI statements with every object written
 * by reference, so that the text does not depend on the export it ends up in. An export splices each
 * activity's full definition in where the export first names it (`spliceXapi`). The text is kept as
 * Blobs: an export of a whole class (hundreds of MB) then puts them into its own Blob by reference,
 * where reading them back as strings and encoding them again would take seconds.
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

/** Each event's native JSON and statement text, and where each activity is first named (offsets as `measure` counts). */
function textsOf({ ctx, pieces }: BlockBuilder, events: readonly ProgressEvent[], runs: Runs, measure: (s: string) => number, touched?: Set<string>) {
  const natives: string[] = [];
  const statements: string[] = [];
  const mentions: Mention[] = [];
  const named = new Set<Activity>();
  let at = 0;
  for (const e of events) {
    natives.push(JSON.stringify(e));
    touched?.add(runKey(e));
    const p = statementParts(ctx, pieces, runs, e);
    if (!p) continue;
    if (statements.length) at++; // the comma before it
    if (!named.has(p.activity)) {
      named.add(p.activity);
      mentions.push([at + measure(p.head), e.lessonId, p.stepId]);
    }
    const s = `${p.head}${p.activity.refJson}${p.tail}`;
    statements.push(s);
    at += measure(s);
  }
  return { natives, statements, mentions };
}

/**
 * Builds a block from a device's consecutive events (seq order), folding them into `runs` (which
 * must hold the device's fold at the block's start). Throws where a statement cannot be made (as the
 * uncached export would), leaving `runs` part-folded.
 */
export function buildBlock(builder: BlockBuilder, events: readonly ProgressEvent[], runs: Runs): BuiltBlock {
  const touched = new Set<string>();
  const { natives, statements, mentions } = textsOf(builder, events, runs, utf8Length, touched);
  const fold: FoldEntry[] = [...touched].map((k) => {
    const r = runs.get(k)!;
    return [k, r.runId, r.lastMs, r.activeMs];
  });
  const from = events[0]!.seq;
  return {
    meta: { from, to: events[events.length - 1]!.seq, n: events.length, fold },
    native: { from, text: new Blob([natives.join(',')]) },
    xapi: { from, text: new Blob([statements.join(',')]), mentions },
  };
}

/**
 * One student's events of one lesson (the 'by-pair' index's order: every event of the pair) as the
 * lesson text cache holds them (lesson-cache.ts). Its runs are its own: a run's key names the
 * student, the lesson and the device. Throws where a statement cannot be made.
 */
export function buildPairText(builder: BlockBuilder, events: readonly ProgressEvent[]): PairText {
  const { natives, statements, mentions } = textsOf(builder, events, new Map(), (s) => s.length);
  return { n: events.length, native: natives.join(','), xapi: statements.join(','), mentions };
}

const NON_ASCII = /[^\0-\x7f]/;

/** How many bytes a string takes in UTF-8, as a Blob holds it (a lone surrogate as U+FFFD). */
export function utf8Length(s: string): number {
  if (!NON_ASCII.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    n += 2; // three bytes for one unit; a surrogate pair: four for two
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Sets the runs a block's fold names as they stood at its end. */
export function applyFold(runs: Runs, fold: readonly FoldEntry[]): void {
  for (const [k, runId, lastMs, activeMs] of fold) runs.set(k, { runId, lastMs, activeMs });
}

/** Where an export puts a block's text: strings, and parts made before (Blobs, bytes) by reference. */
export interface BlockOut {
  add(text: string): void;
  addPart(part: Blob | Uint8Array<ArrayBuffer>): void;
}

/**
 * Writes a block's statements out for an export: each activity the export has not described yet gets
 * its full definition (from the export's lessons) in place of the reference, where the block first
 * names it. Most blocks name nothing new and go out as their stored Blob; the few that do (an
 * export's first blocks) are read as bytes and spliced there, since slicing a stored Blob costs
 * about a millisecond a slice in Chromium.
 */
export async function spliceXapi(block: XapiBlock, ctx: XapiContext, out: BlockOut): Promise<void> {
  const splices: [number, Activity][] = [];
  for (const [offset, lessonId, stepId] of block.mentions) {
    const a = stepId === null ? ctx.lessonOf(lessonId) : ctx.stepOf(lessonId, stepId);
    if (firstMention(ctx.described, a)) splices.push([offset, a]);
  }
  if (!splices.length) return out.addPart(block.text);
  const bytes = new Uint8Array(await block.text.arrayBuffer());
  let at = 0;
  for (const [offset, a] of splices) {
    out.addPart(bytes.subarray(at, offset));
    out.add(a.fullJson);
    at = offset + a.refJson.length; // a reference is ASCII: as many bytes as characters
  }
  out.addPart(bytes.subarray(at));
}

/** `spliceXapi` for a pair's text (a string, offsets in UTF-16 units): full definitions where the export first names them. */
export function splicePairXapi(text: PairText, ctx: XapiContext, out: Pick<BlockOut, 'add'>): void {
  let at = 0;
  for (const [offset, lessonId, stepId] of text.mentions) {
    const a = stepId === null ? ctx.lessonOf(lessonId) : ctx.stepOf(lessonId, stepId);
    if (!firstMention(ctx.described, a)) continue;
    out.add(text.xapi.slice(at, offset));
    out.add(a.fullJson);
    at = offset + a.refJson.length;
  }
  out.add(at ? text.xapi.slice(at) : text.xapi);
}
