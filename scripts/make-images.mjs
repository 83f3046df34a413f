// Writes assets/images/greenhouse-effect.png: a diagram drawn here as SVG and rendered by the local
// Chromium (no downloads). No words in the picture: the lesson's alt text carries them in each language.
// Run: CHROMIUM_PATH=/usr/bin/chromium node scripts/make-images.mjs
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const W = 640;
const H = 400;
const arrow = (d, color, id) => `<path d="${d}" fill="none" stroke="${color}" stroke-width="9" stroke-linecap="round" marker-end="url(#${id})"/>`;
const wave = (x, y, up) => {
  // An infrared (heat) ray as a wavy line going up (or back down).
  let d = `M ${x} ${y}`;
  for (let i = 1; i <= 6; i++) d += ` q ${i % 2 ? 12 : -12} ${up ? -11 : 11} 0 ${up ? -22 : 22}`;
  return d;
};
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <marker id="sun" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3.2" markerHeight="3.2" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#f5a623"/></marker>
    <marker id="heat" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3.2" markerHeight="3.2" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#e4572e"/></marker>
    <marker id="out" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3.2" markerHeight="3.2" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#f29e8e"/></marker>
    <linearGradient id="space" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0d1b2a"/><stop offset="1" stop-color="#1b3a5c"/></linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#space)"/>
  <!-- The atmosphere: a band of greenhouse gases -->
  <path d="M0 205 Q ${W / 2} 150 ${W} 205 L ${W} 250 Q ${W / 2} 195 0 250 z" fill="#7fc8f8" opacity="0.35"/>
  ${[60, 140, 230, 330, 420, 510, 590].map((x, i) => `<circle cx="${x}" cy="${222 - Math.sin((x / W) * Math.PI) * 38 + (i % 2) * 6}" r="7" fill="#bde0fe" opacity="0.9"/>`).join('')}
  <!-- The Earth -->
  <path d="M0 ${H} L0 330 Q ${W / 2} 250 ${W} 330 L ${W} ${H} z" fill="#3d8b5a"/>
  <path d="M120 ${H} Q 200 330 300 ${H} z" fill="#2f6f9f" opacity="0.8"/>
  <!-- The Sun -->
  <circle cx="78" cy="70" r="42" fill="#ffd166"/>
  ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => { const a = (i * Math.PI) / 4; return `<line x1="${78 + Math.cos(a) * 52}" y1="${70 + Math.sin(a) * 52}" x2="${78 + Math.cos(a) * 64}" y2="${70 + Math.sin(a) * 64}" stroke="#ffd166" stroke-width="5" stroke-linecap="round"/>`; }).join('')}
  <!-- Sunlight comes in through the atmosphere -->
  ${arrow('M140 110 L 250 300', '#f5a623', 'sun')}
  ${arrow('M150 70 L 330 290', '#f5a623', 'sun')}
  <!-- Heat goes up from the ground: some escapes to space, most is sent back down -->
  ${arrow(wave(420, 300, true).replace(/^M 420 300/, 'M 420 300'), '#f29e8e', 'out')}
  <path d="${wave(420, 168, true)}" fill="none" stroke="#f29e8e" stroke-width="9" stroke-linecap="round" marker-end="url(#out)" opacity="0.75"/>
  ${arrow(wave(500, 300, true), '#e4572e', 'heat')}
  ${arrow(wave(540, 168, false), '#e4572e', 'heat')}
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? findChromium(), headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: W, height: H } });
await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
await page.screenshot({ path: new URL('../assets/images/greenhouse-effect.png', import.meta.url).pathname, clip: { x: 0, y: 0, width: W, height: H } });
await browser.close();
console.log('wrote assets/images/greenhouse-effect.png');
