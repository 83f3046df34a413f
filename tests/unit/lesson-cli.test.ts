/** The author's commands, run as authors run them. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, LESSONS, load, readText } from './lesson-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'lessons-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run lessons:check', () => {
  it('checks every lesson under lessons/ and passes the shipped ones', () => {
    const r = run('lessons-check.ts');
    expect(r.stdout).toMatch(/^(\d+) lessons checked: 0 errors, \d+ warnings?$/m);
    expect(Number(/^(\d+) lessons checked/m.exec(r.stdout)![1])).toBeGreaterThanOrEqual(7);
    expect(r.stdout).not.toContain('lesson.schema.json');
    expect(r.status).toBe(0);
  }, 60_000);

  it('prints each problem of the given files in the compiler convention, and exits 1', () => {
    const file = 'tests/fixtures/lessons/broken/missing-refs.json';
    const r = run('lessons-check.ts', file);
    const expected = readText(join(FIXTURES, 'broken/missing-refs.expected.txt')).replaceAll('missing-refs.json:', `${file}:`);
    expect(r.stdout).toBe(`${expected}1 lesson checked: 10 errors, 0 warnings\n`);
    expect(r.status).toBe(1);
  }, 60_000);

  it('exits 0 when there are only warnings', () => {
    const r = run('lessons-check.ts', 'tests/fixtures/lessons/broken/long-text.json');
    expect(r.stdout).toContain('1 lesson checked: 0 errors, 3 warnings');
    expect(r.status).toBe(0);
  }, 60_000);

  it('checks the lessons in a folder given on the command line', () => {
    const r = run('lessons-check.ts', 'lessons/examples');
    const count = readdirSync(join(LESSONS, 'examples')).filter((f) => f.endsWith('.json')).length;
    expect(count).toBeGreaterThanOrEqual(8);
    expect(r.stdout).toBe(`${count} lessons checked: 0 errors, 0 warnings\n`);
    expect(r.status).toBe(0);
  }, 60_000);

  it('reports a missing file, a file over the limit (unread) and two lessons with one id', () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, `{"pad": "${'x'.repeat(3 * 1024 * 1024)}"}`);
    copyFileSync(join(LESSONS, 'examples/example-quiz.json'), join(tmp, 'example-quiz.json'));
    const r = run('lessons-check.ts', 'nope.json', big, 'lessons/examples/example-quiz.json', join(tmp, 'example-quiz.json'));
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('nope.json:1:1: error: no such file');
    expect(lines[1]).toMatch(/big\.json:1:1: error: the file is 3\.0 MB; a lesson file may be at most 2\.0 MB/);
    expect(lines[2]).toMatch(/example-quiz\.json:3:9: error: id: the lesson id "example-quiz" is also used by lessons\/examples\/example-quiz\.json: each lesson needs its own id$/);
    expect(r.status).toBe(1);
  }, 60_000);

  it('keeps every line short and counts every problem, not the lines it prints', () => {
    const long = run('lessons-check.ts', 'tests/fixtures/lessons/broken/long-values.json');
    expect(Math.max(...long.stdout.split('\n').map((l) => l.length))).toBeLessThan(300);
    expect(long.stdout).toMatch(/\n1 lesson checked: 4 errors, 0 warnings\n$/);
    const many = join(tmp, 'many-keys.json');
    writeFileSync(many, `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',')}}`);
    const r = run('lessons-check.ts', many);
    expect(r.stdout).toMatch(/:1:1602: error: 99810 more problems not shown\n1 lesson checked: 100009 errors, 1 warning\n$/);
    expect(r.status).toBe(1);
  }, 60_000);

  it('checks assets against the app\'s assets/ folder', () => {
    const lesson = JSON.parse(readText(join(LESSONS, 'examples/example-scene.json')));
    lesson.steps[0].props.push({ model: 'xr-profiles/generic-hand/left.glb', position: [0, 0, 0] }, { model: 'models/none.glb', position: [0, 0, 0] });
    writeFileSync(join(tmp, 'example-scene.json'), JSON.stringify(lesson, null, 2));
    const r = run('lessons-check.ts', join(tmp, 'example-scene.json'));
    expect(r.stdout).toMatch(/steps\[0\]\.props\[4\]\.model: no file assets\/models\/none\.glb/);
    expect(r.stdout).not.toMatch(/props\[3\]/);
    expect(r.status).toBe(1);
  }, 60_000);
});

describe('npm run lessons:new', () => {
  it('scaffolds a valid bilingual lesson, and refuses to overwrite it', () => {
    const r = run('lessons-new.ts', 'energy-at-home', '--dir', tmp);
    expect(r.status).toBe(0);
    const text = readFileSync(join(tmp, 'energy-at-home.json'), 'utf8');
    const lesson = load(text, 'energy-at-home.json', {});
    expect(lesson).toMatchObject({ ok: true, warnings: [] });
    expect(JSON.parse(text)).toMatchObject({ id: 'energy-at-home', languages: ['ko', 'en'] });
    expect(JSON.parse(text).$schema).toMatch(/lesson\.schema\.json$/);

    const again = run('lessons-new.ts', 'energy-at-home', '--dir', tmp);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/energy-at-home\.json already exists/);
    expect(readFileSync(join(tmp, 'energy-at-home.json'), 'utf8')).toBe(text);
  }, 60_000);

  it('writes lessons/ID.json when no --dir is given, a lesson the checker passes', () => {
    // The script run from a copy of the repository's layout, so that the real lessons/ folder stays as it is.
    const root = join(tmp, 'repo');
    mkdirSync(join(root, 'scripts'), { recursive: true });
    mkdirSync(join(root, 'lessons'));
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    copyFileSync(join(ROOT, 'scripts', 'lessons-new.ts'), join(root, 'scripts', 'lessons-new.ts'));
    copyFileSync(join(LESSONS, 'lesson.schema.json'), join(root, 'lessons', 'lesson.schema.json'));
    symlinkSync(join(ROOT, 'src'), join(root, 'src'), 'dir');
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'lessons-new.ts'), 'energy-at-home'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('created lessons/energy-at-home.json');
    expect(r.status).toBe(0);
    const file = join(root, 'lessons', 'energy-at-home.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ $schema: './lesson.schema.json', id: 'energy-at-home' });
    const check = run('lessons-check.ts', file);
    expect(check.stdout).toBe('1 lesson checked: 0 errors, 0 warnings\n');
    expect(check.status).toBe(0);
  }, 60_000);

  it('refuses an id that cannot name a lesson, suggesting one that can', () => {
    const r = run('lessons-new.ts', 'Energy At Home', '--dir', tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"Energy At Home" is not a valid lesson id: .*; did you mean "energy-at-home"\?/);
    expect(run('lessons-new.ts', '--dir', tmp).status).toBe(1);
  }, 60_000);
});

describe('npm run lessons:schema', () => {
  it('finds the committed schema up to date', () => {
    const r = run('lessons-schema.ts', '--check');
    expect(r.stdout).toContain('is up to date');
    expect(r.status).toBe(0);
  }, 60_000);
});
