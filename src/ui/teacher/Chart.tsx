import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'> & { height?: number };

/** Colours readable on the app's dark background. */
export const CHART = { axis: '#b8c4cc', grid: '#2e4352', bar: '#3fbf87', second: '#ffd166', line: '#ff9d8f' };

export const axis = (extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({ stroke: CHART.axis, grid: { stroke: CHART.grid, width: 1 }, ticks: { stroke: CHART.grid }, ...extra });

/**
 * A uPlot chart that fits its container's width. The canvas is a picture: `label` names it for
 * screen readers, and every chart on the desk has a table with the same numbers beside it.
 */
export function Chart({ options, data, label }: { options: ChartOptions; data: uPlot.AlignedData; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const height = options.height ?? 260;
    const plot = new uPlot({ ...options, width: el.clientWidth || 600, height }, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth || 600, height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [options, data]);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}
