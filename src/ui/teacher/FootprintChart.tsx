import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import uPlot from 'uplot';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { pick } from '../../lesson/text.ts';
import { axis, Chart, CHART, type ChartOptions } from './Chart.tsx';

const round = (x: number) => Math.round(x).toLocaleString();

/** Completed students' footprint totals, lowest first, with the lesson's benchmarks as lines. */
export function FootprintChart({ footprints, lesson, lang }: { footprints: number[]; lesson: Lesson | undefined; lang: Language }) {
  const { t } = useTranslation('teacher');
  const benchmarks = lesson?.benchmarks ?? [];
  const { options, data } = useMemo(() => {
    const xs = footprints.map((_, i) => i + 1);
    const data: uPlot.AlignedData = [xs, footprints, ...benchmarks.map((b) => xs.map(() => b.kgPerYear))];
    const options: ChartOptions = {
      height: 240,
      legend: { show: benchmarks.length > 0 },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [0.5, Math.max(1, xs.length) + 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(max, ...benchmarks.map((b) => b.kgPerYear)) * 1.1 || 1] } },
      axes: [axis({ label: t('studentAxis'), values: () => [] }), axis({ label: t('footprintAxis'), size: 70 })],
      series: [
        { label: t('student') },
        { label: t('footprintAxis'), fill: CHART.bar, stroke: CHART.bar, paths: uPlot.paths.bars!({ size: [0.8, 40] }), points: { show: false } },
        ...benchmarks.map((b) => ({ label: pick(b.label, lang), stroke: CHART.line, width: 2, dash: [6, 4], points: { show: false } })),
      ],
    };
    return { options, data };
  }, [footprints, benchmarks, lang, t]);
  if (!footprints.length) return null;
  const median = footprints[Math.floor(footprints.length / 2)]!;
  return (
    <figure className="desk-figure">
      <figcaption>{t('footprintTitle')}</figcaption>
      <Chart options={options} data={data} label={t('footprintTitle')} />
      <p className="meta">{t('footprintSummary', { min: round(footprints[0]!), median: round(median), max: round(footprints.at(-1)!) })}</p>
    </figure>
  );
}
