/**
 * The product stands alone: no tracked file of code reads a path outside the repository (a `../shared`
 * folder beside it, a path into someone's home). A user's clone has nothing beside it, so any such read
 * works on one machine and fails on every other.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Files that run at build, start or test time: code, scripts, configuration. */
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|sh|html)$|(^|\/)(package\.json|\.ci\/run)$/;
const SKIP = /(^|\/)(node_modules|\.git|dist|\.tmp|coverage)(\/|$)/;

function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    // Not a git checkout (a downloaded archive): every file in the tree.
    return (readdirSync(ROOT, { recursive: true }) as string[]).map((f) => f.split(sep).join('/')).filter((f) => !SKIP.test(f));
  }
}

/** Quoted text that starts with one or more `../`. */
const UP = /(['"`])((?:\.\.\/)+[^'"`\s]*)\1/g;
/** A folder beside the repository that only the team's machines have. */
const BESIDE = /\.\.\/shared\b|\bshared\/data\/climate-facts/;
/** Absolute paths into a particular machine's folders. */
const MACHINE = /(['"`])\/(work|home|Users|root)\/[^'"`\s]*\1/;

/** Lines of `text` (a file at `file`, relative to `root`) that read outside `root`, as "file:line: why". */
export function outsideReads(root: string, file: string, text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const where = `${file}:${i + 1}`;
    if (BESIDE.test(line)) out.push(`${where}: names a folder beside the repository: ${line.trim()}`);
    if (MACHINE.test(line)) out.push(`${where}: names a path on one machine: ${line.trim()}`);
    // A lesson's "$schema" is resolved by editors from where that lesson file is written, not from here.
    if (/\$schema/.test(line)) continue;
    for (const m of line.matchAll(UP)) {
      const target = resolve(root, dirname(file), m[2]!);
      if (target !== resolve(root) && !target.startsWith(resolve(root) + sep)) out.push(`${where}: "${m[2]}" leads outside the repository (${relative(root, target)})`);
    }
  }
  return out;
}

describe('the repository stands alone', () => {
  it('finds a read outside the repository when there is one', () => {
    const root = '/repo';
    expect(outsideReads(root, 'tests/unit/x.test.ts', `const F = new URL('../../../shared/data/climate-facts.json', import.meta.url);`)).toHaveLength(2);
    expect(outsideReads(root, 'scripts/a.mjs', `readFileSync('../../elsewhere/x.json')`)).toEqual([`scripts/a.mjs:1: "../../elsewhere/x.json" leads outside the repository (../elsewhere/x.json)`]);
    expect(outsideReads(root, 'scripts/a.mjs', `const p = "/home/teacher/lessons";`)).toHaveLength(1);
    expect(outsideReads(root, 'src/a/b.ts', `import { x } from '../../lesson/schema.ts';\nnew URL('../../lessons/', import.meta.url)`)).toEqual([]);
  });

  it('no tracked file of code reads outside it', () => {
    const files = trackedFiles().filter((f) => CODE.test(f) && f !== 'tests/unit/repo-self-contained.test.ts');
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => outsideReads(ROOT, f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
