import { quote, short } from '../describe.ts';
import { arr, isObj, finiteNumber, type Ctx } from './context.ts';

/** Smaller things that run fine but surprise an author. */
export function checkMisc(ctx: Ctx): void {
  const { lesson, fileName } = ctx;
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.json$/i, '');
  if (base !== undefined && typeof lesson.id === 'string' && base !== lesson.id) {
    ctx.rep.at(['id'], 'id-not-file-name', `the id ${quote(lesson.id)} differs from the file name ${quote(`${base}.json`)}: name the file ${short(lesson.id)}.json so each lesson is found by its id`, 'warning');
  }
  // The runner cannot start a lesson for a band no step is for.
  for (const band of arr(lesson.ageBands)) {
    if (typeof band !== 'string' || ctx.steps.length === 0) continue;
    if (ctx.steps.every((s) => Array.isArray(s.step.ageBands) && !s.step.ageBands.includes(band))) {
      ctx.rep.at(['ageBands'], 'no-steps-for-band', `the lesson is for ${quote(band)} students, but every step is for another age band: they would see nothing`);
    }
  }
  for (const s of ctx.steps) {
    const { step, path } = s;
    if (s.type === 'summary' && step.next !== undefined && step.ageBands === undefined) {
      ctx.rep.at([...path, 'next'], 'ignored-next', 'a summary ends the lesson, so its "next" is never followed: remove it', 'warning');
    }
    if (s.type === 'scene' && typeof step.complete === 'number') {
      const count = arr(step.hotspots).length;
      if (step.complete > count) ctx.rep.at([...path, 'complete'], 'complete-too-high', `"complete" is ${step.complete} but the scene has ${count} hotspots: students go on after visiting all ${count}`, 'warning');
    }
    if (isObj(step.audio)) {
      arr(step.audio.captions).forEach((c, i) => {
        if (!isObj(c)) return;
        const [start, end] = [finiteNumber(c.start), finiteNumber(c.end)];
        if (start !== undefined && end !== undefined && end <= start) {
          ctx.rep.at([...path, 'audio', 'captions', i, 'end'], 'bad-range', `a caption must end after it starts (start ${start} s, end ${end} s)`);
        }
      });
    }
  }
}
