import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import type { SummaryStep } from '../../lesson/steps/summary.ts';
import { pick, pickPlain } from '../../lesson/text.ts';
import { footprintSummary } from '../../runner/footprint.ts';
import { score } from '../../runner/score.ts';
import type { RunnerState } from '../../runner/types.ts';
import { barsView, type BarView } from './footprint.ts';
import { formatKg, formatNumber } from './numbers.ts';
import { allPledges } from './pledge.ts';
import type { Translate } from './translate.ts';

export interface SourceView {
  id: string;
  /** "Title — Publisher, 2020" */
  line: string;
  url: string | null;
  secondary: boolean;
}

export interface SummaryView {
  title: string;
  body: string;
  /** "7 / 9 points"; null when the part is not shown or nothing was scored. */
  score: string | null;
  /** Pre → post per measure: "Which food …: wrong → right". */
  gain: string[];
  footprint: { total: string; bars: BarView[]; savings: string[]; hasChoices: boolean } | null;
  pledges: string[] | null;
  sources: SourceView[] | null;
}

function measureQuestion(lesson: Lesson, measure: string, lang: Language): string {
  const qs = lesson.steps.filter((s) => s.type === 'quiz' && s.measure === measure);
  const q = qs.find((s) => s.type === 'quiz' && s.phase === 'post') ?? qs[0];
  return q?.type === 'quiz' ? pick(q.question, lang) : measure;
}

/** What the closing summary shows; shared by the 3D panel and the DOM layer. */
export function summaryView(lesson: Lesson, step: SummaryStep, state: RunnerState, lang: Language, t: Translate): SummaryView {
  const show = new Set(step.show);
  const s = score(lesson, state);
  const mark = (v: number | undefined) => t(v === undefined ? 'steps.summary.notAnswered' : v === 1 ? 'steps.summary.right' : 'steps.summary.wrong');
  const gain = show.has('score')
    ? Object.entries(s.measures)
      .filter(([, m]) => m.pre !== undefined || m.post !== undefined)
      .map(([id, m]) => t('steps.summary.gainLine', { question: measureQuestion(lesson, id, lang), pre: mark(m.pre), post: mark(m.post) }))
    : [];

  let footprint: SummaryView['footprint'] = null;
  if (show.has('footprint')) {
    const f = footprintSummary(lesson, state);
    const stepOf = (id: string) => lesson.steps.find((x) => x.id === id);
    const optionLabel = (stepId: string, optionId: string) => {
      const st = stepOf(stepId);
      return st?.type === 'footprint' ? pick(st.options.find((o) => o.id === optionId)?.label, lang) : optionId;
    };
    const savings = f.biggestSavings.slice(0, 3).map((l) => {
      const st = stepOf(l.stepId);
      return t('steps.summary.saving', {
        step: st?.type === 'footprint' ? pick(st.title, lang) : l.stepId,
        from: optionLabel(l.stepId, l.optionId),
        to: optionLabel(l.stepId, l.bestOptionId),
        kg: formatKg(l.savingKgPerYear, lang),
      });
    });
    footprint = { total: t('steps.summary.total', { kg: formatKg(f.totalKgPerYear, lang) }), bars: barsView(lesson, f.totalKgPerYear, lang, t), savings, hasChoices: f.lines.length > 0 };
  }

  return {
    title: pick(step.title, lang),
    body: pick(step.body, lang),
    score: show.has('score') && s.maxPoints > 0 ? t('steps.summary.points', { points: formatNumber(s.points, lang), max: formatNumber(s.maxPoints, lang) }) : null,
    gain,
    footprint,
    pledges: show.has('pledges') ? allPledges(lesson, state, lang, t).map((p) => p.text) : null,
    sources: show.has('sources')
      ? lesson.sources.map((src) => ({
        id: src.id,
        line: t('steps.summary.sourceLine', { title: src.title, publisher: pickPlain(src.publisher, lang), year: String(src.year) }),
        url: src.url ?? null,
        secondary: src.status === 'secondary',
      }))
      : null,
  };
}
