import QRCode from 'qrcode';
import { useMemo } from 'react';

/** A QR code drawn as SVG squares from the code's modules: no HTML strings, nothing fetched. */
export function QrCode({ text, size = 168, label }: { text: string; size?: number; label: string }) {
  const { n, cells } = useMemo(() => {
    const m = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    const on: [number, number][] = [];
    for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.get(x, y)) on.push([x, y]);
    return { n: m.size, cells: on };
  }, [text]);
  const quiet = 4;
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`${-quiet} ${-quiet} ${n + 2 * quiet} ${n + 2 * quiet}`} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={n + 2 * quiet} height={n + 2 * quiet} fill="#fff" />
      <path fill="#000" d={cells.map(([x, y]) => `M${x} ${y}h1v1h-1z`).join('')} />
    </svg>
  );
}
