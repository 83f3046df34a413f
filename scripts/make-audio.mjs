// Writes the test sounds under assets/audio/, made here (8 kHz, 8-bit mono WAV), so narration steps
// with audio and captions can be tried and tested offline:
//   chimes.wav     six seconds, three soft chimes (C5 E5 G5): one file for every language
//   chimes-ko.wav  six seconds, three low bell tones (C5 E5 G5, as chimes.wav): "the Korean voice"
//   chimes-en.wav  four and a half seconds, three high square-ish beeps (A5 C#6 E6): "the English voice"
// Each language's file sounds and lasts differently, so a test can tell which one played.
// Run: node scripts/make-audio.mjs
import { mkdir, writeFile } from 'node:fs/promises';

const RATE = 8000;

/** Notes as [start s, Hz]; `shape` turns a phase into a sample in −1..1. */
function render(seconds, notes, shape, decay) {
  const n = Math.round(RATE * seconds);
  const data = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    let v = 0;
    for (const [start, f] of notes) {
      const d = t - start;
      if (d >= 0 && d < 1.6) v += shape(2 * Math.PI * f * d) * Math.exp(-d * decay) * 0.35;
    }
    data[i] = Math.round(128 + Math.max(-1, Math.min(1, v)) * 127);
  }
  return data;
}

function wav(data) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); // PCM chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE, 28); // bytes per second
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const sine = Math.sin;
// A sine with its odd harmonics: brighter, nearer a square wave, easy to tell from the chimes.
const squarish = (p) => Math.sin(p) + Math.sin(3 * p) / 3 + Math.sin(5 * p) / 5;

const files = {
  'chimes.wav': render(6, [[0.2, 523.25], [2.2, 659.25], [4.2, 783.99]], sine, 2.5),
  'chimes-ko.wav': render(6, [[0.2, 523.25], [2.7, 659.25], [4.2, 783.99]], sine, 1.5),
  'chimes-en.wav': render(4.5, [[0.1, 880], [1.6, 1108.73], [3.1, 1318.51]], squarish, 4),
};
const dir = new URL('../assets/audio/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const [name, data] of Object.entries(files)) {
  const out = new URL(name, dir);
  await writeFile(out, wav(data));
  console.log(`wrote ${out.pathname} (${((44 + data.length) / 1024).toFixed(0)} KiB)`);
}
