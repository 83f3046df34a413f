/**
 * Checks lesson files and prints each problem as `file:LINE:COL: severity: path: message`.
 *   npm run lessons:check               every lesson under lessons/ (recursively)
 *   npm run lessons:check -- FILE|DIR…  the given files, or the lessons under the given folders
 * Exit status: 0 when no file has an error (warnings allowed), 1 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { tooBigMessage } from '../src/lesson/json/guard.ts';
import { LineIndex } from '../src/lesson/json/positions.ts';
import { assetFiles } from './asset-files.ts';
import { audioLengthLookup } from './audio-length.ts';
import { LIMITS } from '../src/lesson/limits.ts';
import { loadLesson, type LoadResult, type ProblemCounts } from '../src/lesson/load.ts';
import type { LoadOptions } from '../src/lesson/options.ts';
import { formatProblem, type Problem } from '../src/lesson/problem.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['lesson.schema.json']);

/** Every lesson file under `dir`, sorted, without the generated schema. */
export function lessonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...lessonFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.json') && !SKIP.has(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * Looks asset files up: under the app's assets/ folder, or, for "./" paths, beside the lesson file
 * (`lessonFile`, absolute; without it those are not checked). Never outside those folders.
 */
export function assetLookup(root = ROOT, lessonFile?: string): NonNullable<LoadOptions['assetSize']> {
  const find = assetFiles(root, lessonFile);
  return (path) => {
    const abs = find(path);
    if (abs === undefined) return undefined;
    try {
      const st = statSync(abs);
      return st.isFile() ? st.size : null;
    } catch {
      return null;
    }
  };
}

const show = (abs: string): string => {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
};

const at = (line: number, column: number, message: string, code: string): Problem => ({ line, column, path: '', message, severity: 'error', code });

/** Reads and checks one file (refusing one over the size limit before reading it). */
export function checkFile(abs: string, options: LoadOptions): { result: LoadResult; text?: string } {
  let size: number;
  try {
    const st = statSync(abs);
    if (!st.isFile()) return { result: { ok: false, problems: [at(1, 1, 'not a file', 'not-a-file')] } };
    size = st.size;
  } catch {
    return { result: { ok: false, problems: [at(1, 1, 'no such file', 'no-file')] } };
  }
  if (size > LIMITS.maxBytes) return { result: { ok: false, problems: [at(1, 1, tooBigMessage(size), 'too-big')] } };
  const text = new TextDecoder('utf-8').decode(readFileSync(abs));
  return { result: loadLesson(text, show(abs), options), text };
}

export interface Report {
  lines: string[];
  files: number;
  errors: number;
  warnings: number;
}

function countOf(problems: readonly Problem[]): ProblemCounts {
  const real = problems.filter((p) => p.code !== 'more');
  const errors = real.filter((p) => p.severity === 'error').length;
  return { errors, warnings: real.length - errors };
}

/**
 * Checks files, and that no two lessons share an id. Without `options`, each file's assets are looked
 * up under assets/ and beside it.
 */
export function checkFiles(files: string[], options?: LoadOptions): Report {
  const report: Report = { lines: [], files: files.length, errors: 0, warnings: 0 };
  const ids = new Map<string, string>();
  for (const abs of files) {
    const { result, text } = checkFile(abs, options ?? { assetSize: assetLookup(ROOT, abs), audioSeconds: audioLengthLookup(ROOT, abs) });
    const problems = result.ok ? [...result.warnings] : [...result.problems];
    if (result.ok && text !== undefined) {
      const other = ids.get(result.lesson.id);
      if (other) {
        const node = findNodeAtLocation(parseTree(text)!, ['id']);
        const { line, column } = new LineIndex(text).at(node?.offset ?? 0);
        problems.push({ ...at(line, column, `the lesson id "${result.lesson.id}" is also used by ${other}: each lesson needs its own id`, 'duplicate-lesson-id'), path: 'id' });
      } else ids.set(result.lesson.id, show(abs));
    }
    // The true totals: the loader's list stops at LIMITS.maxProblems with a "N more problems not shown" line.
    const listed = result.ok ? result.warnings : result.problems;
    const counts = result.counts ?? countOf(listed);
    report.errors += counts.errors + (problems.length - listed.length); // + a lesson id used twice
    report.warnings += counts.warnings;
    for (const p of problems) report.lines.push(formatProblem(show(abs), p));
  }
  return report;
}

export function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run lessons:check [-- FILE|DIR…]\n  checks every lesson under lessons/, or the given files; exit 1 when any has an error');
    return 0;
  }
  const targets = args.filter((a) => !a.startsWith('--'));
  const files = targets.length === 0 ? lessonFiles(join(ROOT, 'lessons')) : targets.flatMap((t) => {
    const abs = resolve(t);
    try {
      if (statSync(abs).isDirectory()) return lessonFiles(abs);
    } catch {
      // reported as "no such file" below
    }
    return [abs];
  });
  const report = checkFiles(files);
  for (const line of report.lines) console.log(line);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  console.log(`${plural(report.files, 'lesson')} checked: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`);
  return report.errors > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
