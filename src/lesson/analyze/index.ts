/** Analysis beyond the schema: the checks, in the order their problems read best. */
import type { LoadOptions } from '../options.ts';
import type { Reporter } from '../report.ts';
import { checkAssets } from './assets.ts';
import { makeCtx, type Ctx, type JObj } from './context.ts';
import { checkFlow } from './flow.ts';
import { checkIds } from './ids.ts';
import { checkLanguages } from './languages.ts';
import { checkMisc } from './misc.ts';
import { checkNarrationAudio } from './narration.ts';
import { checkQuizzes } from './quiz.ts';
import { checkNoBreakSpaces, checkReadability } from './readability.ts';
import { checkRefs } from './refs.ts';
import { checkWorlds } from './world.ts';

export const CHECKS: readonly ((ctx: Ctx) => void)[] = [
  checkIds, checkRefs, checkFlow, checkQuizzes, checkLanguages, checkReadability, checkNoBreakSpaces, checkAssets, checkWorlds, checkMisc, checkNarrationAudio,
];

export function analyze(lesson: JObj, rep: Reporter, options: LoadOptions, fileName: string | undefined): void {
  const ctx = makeCtx(lesson, rep, options, fileName);
  for (const check of CHECKS) check(ctx);
}
