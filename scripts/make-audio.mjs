// Writes assets/audio/chimes.wav: six seconds of soft chimes (8 kHz, 8-bit mono, ≈ 48 KB), made here,
// so a narration step with audio and captions can be tried and tested offline.
// Run: node scripts/make-audio.mjs
import { writeFile, mkdir } from 'node:fs/promises';

const RATE = 8000;
const SECONDS = 6;
const notes = [[0.2, 523.25], [2.2, 659.25], [4.2, 783.99]]; // C5, E5, G5: one per caption
const n = RATE * SECONDS;
const data = Buffer.alloc(n);
for (let i = 0; i < n; i++) {
  const t = i / RATE;
  let v = 0;
  for (const [start, f] of notes) {
    const d = t - start;
    if (d >= 0 && d < 1.6) v += Math.sin(2 * Math.PI * f * d) * Math.exp(-d * 2.5) * 0.35;
  }
  data[i] = Math.round(128 + Math.max(-1, Math.min(1, v)) * 127);
}
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + n, 4);
header.write('WAVEfmt ', 8);
header.writeUInt32LE(16, 16); // PCM chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE, 28); // bytes per second
header.writeUInt16LE(1, 32); // block align
header.writeUInt16LE(8, 34); // bits per sample
header.write('data', 36);
header.writeUInt32LE(n, 40);
const out = new URL('../assets/audio/chimes.wav', import.meta.url);
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, Buffer.concat([header, data]));
console.log(`wrote ${out.pathname} (${((44 + n) / 1024).toFixed(0)} KiB)`);
