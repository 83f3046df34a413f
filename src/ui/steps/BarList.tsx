import type { BarView } from '../../app/views/footprint.ts';

/** The total and each benchmark: the figures as text, the bars drawn beside them for sighted readers. */
export function BarList({ bars, label }: { bars: BarView[]; label: string }) {
  return (
    <ul className="bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className={`bar-row ${b.kind}`} data-bar={b.key}>
          <span className="bar-label">{b.label}</span>
          <span className="bar-value">{b.value}</span>
          {b.share && <span className="bar-share">{b.share}</span>}
          <span className="bar" aria-hidden="true">
            <span className="fill" style={{ width: `${Math.max(0.5, Math.min(100, b.fraction * 100))}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
