/**
 * The one entry point for lesson files, used by the app and the author's tools alike: text in, a typed
 * lesson or every problem out, each located in the source. Pure (no files, no DOM) and never throws.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { analyze } from './analyze/index.ts';
import { describeValue } from './describe.ts';
import { guard } from './json/guard.ts';
import { scan } from './json/scan.ts';
import { syntaxFindings } from './json/syntax.ts';
import { buildValue } from './json/value.ts';
import { reportSchemaIssues } from './issues.ts';
import { LIMITS } from './limits.ts';
import { migrate } from './migrations/index.ts';
import type { LoadOptions } from './options.ts';
import { byPosition, formatPath, type Problem } from './problem.ts';
import { Reporter } from './report.ts';
import { Lesson, type Lesson as LessonT } from './schema.ts';
import { formatVersionOf, migratedMessage, newerMessage } from './version.ts';

export type { Problem } from './problem.ts';
export type { LoadOptions } from './options.ts';

/** How many errors and warnings a file has in all: the list stops at LIMITS.maxProblems, the counts do not. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/** `counts` comes only with a list cut short at LIMITS.maxProblems; without it, the list is complete. */
export type LoadResult =
  | { ok: true; lesson: LessonT; warnings: Problem[]; counts?: ProblemCounts }
  | { ok: false; problems: Problem[]; counts?: ProblemCounts };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function finish(rep: Reporter, lesson?: LessonT): LoadResult {
  const all = rep.problems.sort(byPosition);
  const problems = all.slice(0, LIMITS.maxProblems);
  const counts: ProblemCounts = { errors: rep.errorCount, warnings: all.length - rep.errorCount };
  if (all.length > problems.length) {
    const more = all.length - problems.length;
    const hiddenErrors = counts.errors - problems.filter((p) => p.severity === 'error').length;
    problems.push({ ...all[problems.length]!, path: '', code: 'more', severity: hiddenErrors > 0 ? 'error' : 'warning', message: `${more} more problems not shown` });
  }
  const capped = all.length > LIMITS.maxProblems;
  if (lesson && rep.errorCount === 0) return capped ? { ok: true, lesson, warnings: problems, counts } : { ok: true, lesson, warnings: problems };
  if (!problems.some((p) => p.severity === 'error')) {
    problems.unshift({ line: 1, column: 1, path: '', code: 'invalid', severity: 'error', message: 'this is not a valid lesson' });
    counts.errors++;
  }
  return capped ? { ok: false, problems, counts } : { ok: false, problems };
}

/** The value of a text that scans clean: JSON.parse when no key needs care (fast), else built from the tree. */
function parse(text: string, keyTrouble: boolean, rep: Reporter): { value: unknown } | undefined {
  if (!keyTrouble) {
    try {
      const value: unknown = JSON.parse(text);
      rep.parsed = true;
      return { value };
    } catch {
      // located below by the tolerant parser
    }
  }
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const found = syntaxFindings(text, errors, false, (o) => rep.lineOf(o), new Set());
    for (const f of found.slice(0, LIMITS.maxSyntaxProblems)) rep.atOffset(f.offset, 'syntax', f.message);
    if (!found.length) rep.atOffset(0, 'syntax', 'this is not valid JSON');
    return undefined;
  }
  rep.root = root;
  const built = buildValue(root, (o) => rep.where(o));
  for (const f of built.findings) rep.atOffset(f.node.offset, f.code, f.message, 'error', formatPath(f.path));
  return { value: built.value };
}

function check(text: string, fileName: string | undefined, options: LoadOptions): LoadResult {
  const g = guard(text);
  const rep = new Reporter(g.text);
  for (const f of g.findings) rep.atOffset(f.offset, f.code, f.message);
  if (g.fatal) return finish(rep);

  const scanned = scan(g.text, (o) => rep.where(o));
  const byValue = (f: { code: string }) => f.code === 'too-long' || f.code === 'number-too-large';
  const valueFindings = scanned.findings.filter(byValue);
  for (const f of scanned.findings) if (!byValue(f)) rep.atOffset(f.offset, f.code, f.message);
  // Strings over the limit and numbers too large are located by path once the text is known to parse, and
  // each is the one problem at its spot (an unknown 30,000-character key is reported once, as too long).
  const reportLong = () => valueFindings.forEach((f) => rep.claim(f.offset, f.code, f.message));
  if (scanned.tooDeep) return finish(rep);
  if (scanned.findings.some((f) => f.code === 'syntax')) {
    // Brackets that do not pair up: the parser's own errors are mostly echoes of them.
    const errors: ParseError[] = [];
    parseTree(g.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const taken = new Set(scanned.findings.filter((f) => f.message.includes('found "')).map((f) => rep.lineOf(f.offset)));
    const found = syntaxFindings(g.text, errors, true, (o) => rep.lineOf(o), taken);
    for (const f of found.slice(0, LIMITS.maxSyntaxProblems)) rep.atOffset(f.offset, 'syntax', f.message);
    reportLong();
    return finish(rep);
  }

  const built = parse(g.text, scanned.keyTrouble, rep);
  reportLong();
  if (!built) return finish(rep);
  if (!isObj(built.value)) {
    rep.at([], 'not-a-lesson', `a lesson is a JSON object { "formatVersion": 1, "id": …, "steps": [ … ] }, but this file holds ${describeValue(built.value)}`);
    return finish(rep);
  }

  let data: Record<string, unknown> = built.value;
  const version = formatVersionOf(data);
  if (version.kind === 'newer') {
    rep.at(['formatVersion'], 'too-new', newerMessage(version.version));
    return finish(rep);
  }
  if (version.kind === 'old') {
    const migrated = migrate(data, version.from);
    data = migrated.lesson;
    rep.at(Object.hasOwn(built.value, 'formatVersion') ? ['formatVersion'] : [], 'old-format', migratedMessage(version.from), 'warning');
    rep.toSource = migrated.toSource;
  }
  if (version.kind === 'invalid') {
    rep.at(['formatVersion'], 'invalid-value', `"formatVersion" is the lesson format as a whole number: 1 for this app, found ${describeValue(version.found)}`);
    data = { ...data, formatVersion: 1 };
  }

  const parsed = Lesson.safeParse(data);
  if (!parsed.success) reportSchemaIssues(parsed.error.issues, Lesson, data, rep);
  analyze(data, rep, options, fileName);
  return finish(rep, parsed.success ? parsed.data : undefined);
}

/**
 * Parses and checks a lesson file's text. `fileName` (e.g. "lessons/x.json") lets it compare the id with
 * the file; `options.assetSize` lets it check asset files. Never throws: a failure of the checker
 * itself comes back as a problem.
 */
export function loadLesson(text: string, fileName?: string, options: LoadOptions = {}): LoadResult {
  try {
    return check(typeof text === 'string' ? text : String(text), fileName, options);
  } catch (e) {
    const message = `the lesson checker failed on this file (${e instanceof Error ? e.message : String(e)}); please report it`;
    return { ok: false, problems: [{ line: 1, column: 1, path: '', code: 'internal', severity: 'error', message }] };
  }
}
