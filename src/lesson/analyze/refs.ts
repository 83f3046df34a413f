import type { JsonPath } from '../problem.ts';
import { AGE_BANDS } from '../constants.ts';
import { quote, short } from '../describe.ts';
import { listOf } from '../suggest.ts';
import { stepCheck } from '../steps/index.ts';
import { arr, isObj, str, type Ctx, type StepInfo } from './context.ts';

/** A reference to a step: an error when no step has that id. Returns the step when there is one. */
export function stepRef(ctx: Ctx, path: JsonPath, value: unknown): StepInfo | undefined {
  const id = str(value);
  if (id === undefined) return undefined;
  const target = ctx.byId.get(id);
  if (!target) ctx.rep.at(path, 'missing-step', `no step has the id ${quote(id)}${ctx.didYouMean(id, ctx.byId.keys())}`);
  return target;
}

function optionIds(step: StepInfo): string[] {
  return arr(step.step.options).flatMap((o) => (isObj(o) && typeof o.id === 'string' ? [o.id] : []));
}

const isBand = (b: unknown): b is string => (AGE_BANDS as readonly unknown[]).includes(b);

/** `answerOf` names a quiz and `is` one of its answers; `choiceOf` names a footprint step and `is` one of its options. */
function checkCondition(ctx: Ctx, path: JsonPath, when: Record<string, unknown>): void {
  const is = str(when.is);
  if ('answerOf' in when) {
    const quiz = stepRef(ctx, [...path, 'answerOf'], when.answerOf);
    if (!quiz) return;
    if (quiz.type !== 'quiz') return ctx.rep.at([...path, 'answerOf'], 'wrong-target', `${quote(quiz.id ?? '')} is a ${short(quiz.type ?? 'step without a type')}, not a quiz: "answerOf" names a quiz step`);
    if (is === undefined || is === 'correct' || is === 'wrong') return;
    const kind = str(quiz.step.kind);
    if (kind !== 'single' && kind !== 'multiple') {
      return ctx.rep.at([...path, 'is'], 'missing-option', `a ${kind ?? ''} quiz has no options: use "correct" or "wrong"`);
    }
    const ids = optionIds(quiz);
    if (!ids.includes(is)) ctx.rep.at([...path, 'is'], 'missing-option', `quiz ${quote(quiz.id ?? '')} has no option ${quote(is)}; expected "correct", "wrong" or one of its options${ctx.didYouMean(is, ids)}`);
  } else if ('choiceOf' in when) {
    const fp = stepRef(ctx, [...path, 'choiceOf'], when.choiceOf);
    if (!fp) return;
    if (fp.type !== 'footprint') return ctx.rep.at([...path, 'choiceOf'], 'wrong-target', `${quote(fp.id ?? '')} is a ${short(fp.type ?? 'step without a type')}, not a footprint step: "choiceOf" names a footprint step`);
    const ids = optionIds(fp);
    if (is !== undefined && !ids.includes(is)) ctx.rep.at([...path, 'is'], 'missing-option', `footprint step ${quote(fp.id ?? '')} has no option ${quote(is)}${ctx.didYouMean(is, ids)}`);
  } else if ('ageBand' in when && isBand(when.ageBand)) {
    // (An unknown band is the schema's error already.)
    const bands = arr(ctx.lesson.ageBands);
    if (bands.length && !bands.includes(when.ageBand)) ctx.rep.at([...path, 'ageBand'], 'never-holds', `the lesson is not for the ${quote(when.ageBand)} age band, so this condition never holds`, 'warning');
  }
}

function sourceRef(ctx: Ctx, path: JsonPath, value: unknown, ids: string[]): void {
  const id = str(value);
  if (id === undefined || ids.includes(id)) return;
  const fix = ids.length ? ctx.didYouMean(id, ids) : '; the lesson has no "sources": add the one it comes from';
  ctx.rep.at(path, 'missing-source', `no source has the id ${quote(id)}${fix}`);
}

export function checkRefs(ctx: Ctx): void {
  const { lesson } = ctx;
  if (lesson.start !== undefined) stepRef(ctx, ['start'], lesson.start);
  const sources = arr(lesson.sources).flatMap((s) => (isObj(s) && typeof s.id === 'string' ? [s.id] : []));
  arr(lesson.benchmarks).forEach((b, i) => isObj(b) && sourceRef(ctx, ['benchmarks', i, 'source'], b.source, sources));
  const lessonBands = arr(lesson.ageBands);
  for (const s of ctx.steps) {
    if (s.step.next !== undefined) stepRef(ctx, [...s.path, 'next'], s.step.next);
    if (s.type === 'branch') {
      arr(s.step.rules).forEach((rule, r) => {
        if (!isObj(rule)) return;
        if (isObj(rule.when)) checkCondition(ctx, [...s.path, 'rules', r, 'when'], rule.when);
        stepRef(ctx, [...s.path, 'rules', r, 'goto'], rule.goto);
      });
      stepRef(ctx, [...s.path, 'otherwise'], s.step.otherwise);
    }
    // Any list of a step whose entries cite a source (a footprint's options, a sort step's items).
    for (const [key, list] of Object.entries(s.step)) {
      if (Array.isArray(list)) list.forEach((o, i) => isObj(o) && 'source' in o && sourceRef(ctx, [...s.path, key, i, 'source'], o.source, sources));
    }
    // The step type's own references (a sort item's bin).
    if (s.type) stepCheck(s.type)?.(s.step, (path, code, message) => ctx.rep.at([...s.path, ...path], code, message));
    const bands = arr(s.step.ageBands).filter(isBand);
    if (lessonBands.length && bands.length && bands.every((b) => !lessonBands.includes(b))) {
      ctx.rep.at([...s.path, 'ageBands'], 'never-shown', `no student sees this step: the lesson is for ${listOf(lessonBands.map(String), true, 'and')} only`, 'warning');
    }
  }
}
