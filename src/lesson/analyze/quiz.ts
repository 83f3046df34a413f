import { arr, isObj, finiteNumber, type Ctx } from './context.ts';

/** Quizzes that can be answered right: exactly one correct option (single), at least one (multiple), an answer within range (numeric). */
export function checkQuizzes(ctx: Ctx): void {
  for (const s of ctx.steps) {
    if (s.type !== 'quiz') continue;
    const { step, path } = s;
    if ((step.kind === 'single' || step.kind === 'multiple') && Array.isArray(step.options)) {
      const correct = arr(step.options).flatMap((o, i) => (isObj(o) && o.correct === true ? [i] : []));
      if (correct.length === 0) {
        const need = step.kind === 'single' ? 'exactly one' : 'at least one';
        ctx.rep.at([...path, 'options'], 'no-correct-answer', `no option is marked "correct": true; a ${step.kind} quiz needs ${need}`);
      } else if (step.kind === 'single' && correct.length > 1) {
        ctx.rep.at([...path, 'options', correct[1]!, 'correct'], 'many-correct-answers', `${correct.length} options are marked correct; a single quiz needs exactly one (use "kind": "multiple" for several)`);
      }
    }
    if (step.kind === 'numeric') {
      const [answer, min, max, tolerance] = [finiteNumber(step.answer), finiteNumber(step.min), finiteNumber(step.max), finiteNumber(step.tolerance)];
      if (min !== undefined && max !== undefined && min >= max) {
        ctx.rep.at([...path, 'max'], 'bad-range', `max (${max}) must be greater than min (${min})`);
      } else if (answer !== undefined && min !== undefined && max !== undefined && (answer < min || answer > max)) {
        ctx.rep.at([...path, 'answer'], 'answer-out-of-range', `the answer ${answer} is outside min..max (${min}..${max}): students could never enter it`);
      } else if (tolerance !== undefined && min !== undefined && max !== undefined && answer !== undefined && answer - tolerance <= min && answer + tolerance >= max) {
        ctx.rep.at([...path, 'tolerance'], 'always-correct', `with a tolerance of ${tolerance}, every value from ${min} to ${max} counts as correct`, 'warning');
      }
    }
  }
}
