/**
 * Prints how long checking takes: every shipped lesson (read + parse + validate + analyse, as
 * `npm run lessons:check` does), a generated 1,000-step lesson, and a hostile file of 100,000 unknown
 * keys. Goals: ≤ 300 ms, ≤ 100 ms and ≤ 2,000 ms.
 *   npm run bench:lessons
 */
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadLesson } from '../src/lesson/load.ts';
import { assetLookup, checkFiles, lessonFiles, ROOT } from './lessons-check.ts';

const t = (id: string, ko: string, en: string) => ({ ko: `${ko} ${id}`, en: `${en} ${id}` });

/** A valid lesson of `n` steps mixing every step type, as a file's text. */
export function bigLesson(n: number): string {
  const steps: Record<string, unknown>[] = [];
  for (let i = 0; i < n - 1; i++) {
    const id = `s${i}`;
    switch (i % 6) {
      case 0:
        steps.push({ id, type: 'narration', title: t(id, '제목', 'Title'), body: t(id, '짧은 설명 글입니다.', 'A short panel of text.') });
        break;
      case 1:
        steps.push({
          id, type: 'quiz', kind: 'single', question: t(id, '질문', 'Question'), explanation: t(id, '설명', 'Because'),
          options: [{ id: 'a', text: t(id, '가', 'A'), correct: true }, { id: 'b', text: t(id, '나', 'B') }, { id: 'c', text: t(id, '다', 'C') }],
        });
        break;
      case 2:
        steps.push({
          id, type: 'scene', title: t(id, '장면', 'Scene'), environment: 'park',
          props: [{ model: 'tree', position: [0, 0, -3] }, { model: 'bench', position: [1, 0, -2] }],
          hotspots: [{ id: 'h1', label: t(id, '나무', 'Tree'), body: t(id, '나무 설명', 'About trees'), position: [0, 1, -3] }],
        });
        break;
      case 3:
        steps.push({
          id, type: 'footprint', title: t(id, '선택', 'Choice'), prompt: t(id, '어떻게?', 'How?'), timesPerYear: 190, consequence: 'balloons',
          options: ['walk', 'bus'].map((o, k) => ({ id: o, label: t(o, o, o), quantity: 4, unit: { ko: 'km', en: 'km' }, factor: k * 0.105, source: 'owid' })),
        });
        break;
      case 4:
        steps.push({ id, type: 'branch', rules: [{ when: { answerOf: `s${i - 3}`, is: 'correct' }, goto: `s${i + 1}` }], otherwise: `s${i + 1}` });
        break;
      default:
        steps.push({
          id, type: 'pledge', title: t(id, '약속', 'Pledge'), prompt: t(id, '무엇을?', 'What?'),
          options: [{ id: 'x', text: t(id, '하나', 'One') }, { id: 'y', text: t(id, '둘', 'Two') }],
        });
    }
  }
  steps.push({ id: 'end', type: 'summary', title: { ko: '끝', en: 'The end' } });
  const lesson = {
    $schema: '../lesson.schema.json', id: 'bench', formatVersion: 1, version: '1.0.0',
    title: { ko: '벤치마크', en: 'Benchmark' }, summary: { ko: '큰 수업', en: 'A big lesson' }, languages: ['ko', 'en'],
    ageBands: ['middle', 'high'], minutes: 60, objectives: [{ ko: '측정', en: 'Measure' }],
    sources: [{ id: 'owid', title: 'Travel footprint', publisher: 'Our World in Data', year: 2020, url: 'https://ourworldindata.org/travel-carbon-footprint' }],
    steps,
  };
  return JSON.stringify(lesson, null, 2);
}

interface Stats {
  first: number;
  median: number;
  p95: number;
  /** Median CPU time of this process: steadier than wall time on a busy machine. */
  cpu: number;
}

function stats(runs: number, f: () => void): Stats {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.slice(1).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const sorted = wall.slice(1).sort((a, b) => a - b);
  return { first: wall[0]!, median: mid(wall), p95: sorted[Math.floor(sorted.length * 0.95)]!, cpu: mid(cpu) };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (s: Stats, goal: number) => `first ${ms(s.first)}, median ${ms(s.median)} (CPU ${ms(s.cpu)}), p95 ${ms(s.p95)} (goal ≤ ${goal} ms)`;

function main(): void {
  const files = lessonFiles(join(ROOT, 'lessons'));
  const options = { assetSize: assetLookup() };
  const all = stats(21, () => checkFiles(files, options));
  console.log(`all shipped lessons (${files.length} files, read + check): ${line(all, 300)}`);
  const text = bigLesson(1000);
  let ok = false;
  const big = stats(21, () => {
    ok = loadLesson(text, 'bench.json').ok;
  });
  console.log(`generated 1,000-step lesson (${(text.length / 1024).toFixed(0)} KB, ${ok ? 'valid' : 'INVALID'}): ${line(big, 100)}`);
  // Hostile input below the size limit: each unknown key is located, so this stays linear (it took 169 s).
  const keys = `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',')}}`;
  let shown = 0;
  const hostile = stats(5, () => {
    const r = loadLesson(keys, 'keys.json');
    shown = r.ok ? r.warnings.length : r.problems.length;
  });
  console.log(`100,000 unknown keys (${(keys.length / 1024).toFixed(0)} KB, ${shown} problems listed): ${line(hostile, 2000)}`);
  console.log(`(Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs: a busy machine slows wall times)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
