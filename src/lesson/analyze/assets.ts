import { isBesideLesson } from '../assets.ts';
import { LANGUAGES } from '../constants.ts';
import { assetPathReason } from '../describe.ts';
import { megabytes } from '../json/guard.ts';
import { ASSET_BUDGETS } from '../limits.ts';
import type { JsonPath } from '../problem.ts';
import { BUILTIN_PROPS } from '../steps/scene.ts';
import { arr, isObj, str, type Ctx } from './context.ts';

type AssetKind = 'model' | 'image' | 'audio';

/** Every asset file a lesson names, with where and what kind. */
export function assetRefs(ctx: Ctx): { path: JsonPath; file: string; kind: AssetKind }[] {
  const out: { path: JsonPath; file: string; kind: AssetKind }[] = [];
  const add = (path: JsonPath, v: unknown, kind: AssetKind) => {
    const file = str(v);
    if (file !== undefined) out.push({ path, file, kind });
  };
  for (const s of ctx.steps) {
    if (isObj(s.step.image)) add([...s.path, 'image', 'src'], s.step.image.src, 'image');
    if (isObj(s.step.audio)) {
      const audio = s.step.audio;
      add([...s.path, 'audio', 'src'], audio.src, 'audio');
      // A recording per language: { "ko": { "src" }, "en": { "src" } }.
      for (const lang of LANGUAGES) if (isObj(audio[lang])) add([...s.path, 'audio', lang, 'src'], audio[lang].src, 'audio');
    }
    arr(s.step.props).forEach((p, i) => {
      if (isObj(p) && !(BUILTIN_PROPS as readonly unknown[]).includes(p.model)) add([...s.path, 'props', i, 'model'], p.model, 'model');
    });
  }
  return out;
}

/** How a message names an asset file: "assets/images/x.png", or "./pictures/x.png" beside the lesson. */
const named = (file: string): string => (isBesideLesson(file) ? `${file} (beside the lesson file)` : `assets/${file}`);

/** Files that must exist (under assets/, or beside the lesson for "./" paths) and fit the size budgets (only with an `assetSize` lookup). */
export function checkAssets(ctx: Ctx): void {
  const sizeOf = ctx.options.assetSize;
  if (!sizeOf) return;
  const sizes = new Map<string, number>();
  for (const ref of assetRefs(ctx)) {
    // A path the schema refused is never looked up.
    if (assetPathReason(ref.file) !== undefined || ref.file.includes('..') || ctx.rep.has(ref.path)) continue;
    const size = sizeOf(ref.file);
    if (size === null) {
      const fix = isBesideLesson(ref.file) ? 'add it there' : 'add it under assets/';
      ctx.rep.at(ref.path, 'missing-asset', `no file ${named(ref.file)}: ${fix}, or correct the path`);
    } else if (size !== undefined) {
      sizes.set(ref.file, size);
      const budget = ASSET_BUDGETS[ref.kind];
      if (size > budget) {
        ctx.rep.at(ref.path, 'asset-too-big', `${named(ref.file)} is ${megabytes(size)}; ${ref.kind === 'image' ? 'an' : 'a'} ${ref.kind} should stay under ${megabytes(budget)} for headsets on classroom Wi-Fi and the offline cache`, 'warning');
      }
    }
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  if (total > ASSET_BUDGETS.lesson) {
    ctx.rep.at([], 'assets-too-big', `this lesson's assets add up to ${megabytes(total)}; keep a lesson under ${megabytes(ASSET_BUDGETS.lesson)}`, 'warning');
  }
}
