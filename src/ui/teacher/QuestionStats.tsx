import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import uPlot from 'uplot';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { answerLabel, percent, type QuestionStat, questionText } from '../../app/desk.ts';
import { axis, Chart, CHART, type ChartOptions } from './Chart.tsx';

/** Per question: right at the first try (bars) and in the end (dots); a table with the common wrong answers. */
export function QuestionStats({ questions, lesson, lang }: { questions: QuestionStat[]; lesson: Lesson | undefined; lang: Language }) {
  const { t } = useTranslation('teacher');
  const yesNo = (v: boolean) => t(v ? 'answerTrue' : 'answerFalse');
  const { options, data } = useMemo(() => {
    const xs = questions.map((_, i) => i + 1);
    const data: uPlot.AlignedData = [xs, questions.map((q) => percent(q.firstCorrectRate)), questions.map((q) => percent(q.finalCorrectRate))];
    const options: ChartOptions = {
      height: 220,
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [0.5, Math.max(1, xs.length) + 0.5] }, y: { range: [0, 100] } },
      axes: [axis({ values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) && v >= 1 && v <= xs.length ? `Q${v}` : '')) }), axis({ values: (_u, ticks) => ticks.map((v) => `${v}%`) })],
      series: [
        { label: t('question'), value: (_u, v) => (v == null ? '' : `Q${v}`) },
        { label: t('firstTry'), value: (_u, v) => (v == null ? '' : `${v}%`), fill: CHART.bar, stroke: CHART.bar, paths: uPlot.paths.bars!({ size: [0.6, 60] }), points: { show: false } },
        { label: t('finalCorrect'), stroke: CHART.second, width: 0, points: { show: true, size: 10, fill: CHART.second }, value: (_u, v) => (v == null ? '' : `${v}%`) },
      ],
    };
    return { options, data };
  }, [questions, t]);
  if (!questions.length) return null;
  return (
    <figure className="desk-figure">
      <figcaption>{t('questionsTitle')}</figcaption>
      <Chart options={options} data={data} label={t('questionsTitle')} />
      <table className="desk-table compact">
        <thead>
          <tr><th scope="col">#</th><th scope="col">{t('question')}</th><th scope="col">{t('answered')}</th><th scope="col">{t('firstTry')}</th><th scope="col">{t('finalCorrect')}</th><th scope="col">{t('commonWrong')}</th></tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={`${q.stepId}:${q.partId ?? ''}`}>
              <th scope="row">Q{i + 1}</th>
              <td>{questionText(lesson, q.stepId, lang, 80, q.partId)}{q.phase && <span className="tag">{t(`phase_${q.phase}`)}</span>}</td>
              <td>{q.answered}</td>
              <td className={q.firstCorrectRate < 0.5 && q.answered ? 'low' : ''}>{percent(q.firstCorrectRate)}%</td>
              <td>{percent(q.finalCorrectRate)}%</td>
              <td>{q.wrongFirst.map((w) => `${answerLabel(lesson, q.stepId, w.answer, lang, yesNo, q.partId)} (${w.count})`).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
