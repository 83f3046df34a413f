// Writes assets/fonts/climatexr.woff: Pretendard (OFL-1.1) cut to what lessons and the UI can use:
// printable ASCII, Latin-1, all 11,172 Hangul syllables, Hangul jamo and the symbols lessons use.
// WOFF, not WOFF2: troika (3D text) cannot read WOFF2. Run: node scripts/build-font.mjs
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const source = require.resolve('@fontsource/pretendard/files/pretendard-latin-400-normal.woff');
const out = new URL('../assets/fonts/climatexr.woff', import.meta.url);

const ranges = [
  [0x20, 0x7e], [0xa0, 0xff], // ASCII, Latin-1 (°, ·, ×, ±)
  [0x2010, 0x2027], [0x2030, 0x203a], // dashes, quotes, bullets, …, ‰
  [0x2070, 0x209f], // super- and subscripts: CO₂, m³ (U+00B3 is in Latin-1)
  [0x2190, 0x2199], [0x2212, 0x2212], [0x2248, 0x2248], [0x2260, 0x2265], // arrows, −, ≈, ≠, ≤, ≥
  [0x2103, 0x2103], [0x2116, 0x2116], [0x25a0, 0x25cf], [0x2713, 0x2714], [0x2715, 0x2717], // ℃, №, shapes, ✓ ✗
  [0x3000, 0x3003], [0x3008, 0x3011], [0x3131, 0x318e], // CJK punctuation, compatibility jamo
  [0x3380, 0x33dd], // ㎏ ㎞ ㎡ ㎥ …
  [0xac00, 0xd7a3], // Hangul syllables
];
let text = '';
for (const [a, b] of ranges) for (let c = a; c <= b; c++) text += String.fromCodePoint(c);

const font = await subsetFont(await readFile(source), text, { targetFormat: 'woff' });
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, font);
console.log(`wrote ${out.pathname} (${(font.length / 1024).toFixed(0)} KiB)`);
