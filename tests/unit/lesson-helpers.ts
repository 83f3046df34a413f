/** Shared by the lesson tests: read a fixture as the CLI does, and render problems as the CLI prints them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLesson, type LoadResult } from '../../src/lesson/load.ts';
import type { LoadOptions } from '../../src/lesson/options.ts';
import { formatProblem, type Problem } from '../../src/lesson/problem.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/lessons');
export const LESSONS = join(import.meta.dirname, '../../lessons');
const MB = 1024 * 1024;

/** Pretend assets/ folder for fixtures: size in bytes per path; anything else is missing. */
export const FAKE_ASSETS: Record<string, number> = {
  'images/chart.png': 3 * MB,
  'audio/intro.mp3': 90_000,
  'models/huge-city.glb': 6 * MB,
};
export const fakeAssets: LoadOptions = { assetSize: (p) => FAKE_ASSETS[p] ?? null };

export function readText(path: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(path));
}

export function problemsOf(r: LoadResult): Problem[] {
  return r.ok ? r.warnings : r.problems;
}

export function render(name: string, r: LoadResult): string {
  return problemsOf(r).map((p) => `${formatProblem(name, p)}\n`).join('');
}

export function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

export function load(text: string, name = 'test.json', options: LoadOptions = fakeAssets): LoadResult {
  return loadLesson(text, name, options);
}

export const codes = (r: LoadResult): string[] => problemsOf(r).map((p) => p.code);
