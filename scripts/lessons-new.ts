/**
 * Scaffolds a valid bilingual lesson to start from.
 *   npm run lessons:new -- ID            writes lessons/ID.json
 *   npm run lessons:new -- ID --dir DIR  writes DIR/ID.json
 * Refuses an id that is not a valid lesson id, and never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Id } from '../src/lesson/common.ts';
import { loadLesson } from '../src/lesson/load.ts';
import { formatProblem } from '../src/lesson/problem.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA = join(ROOT, 'lessons', 'lesson.schema.json');

/** Why `id` cannot name a lesson, or undefined when it can. */
export function idProblem(id: string | undefined): string | undefined {
  if (!id) return 'give the new lesson an id: npm run lessons:new -- energy-at-home';
  if (!Id.safeParse(id).success) {
    const slug = id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 64);
    const hint = slug && Id.safeParse(slug).success ? `; did you mean "${slug}"?` : '';
    return `"${id}" is not a valid lesson id: use lowercase letters, digits, "-" and "_", starting with a letter or digit (at most 64)${hint}`;
  }
  if (id === 'lesson.schema' || id === 'examples') return `"${id}" is reserved: choose another id`;
  return undefined;
}

const title = (id: string) => id.split(/[-_]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** The text of a new lesson: a welcome panel, one quiz and a summary, in Korean and English. */
export function scaffold(id: string, schemaRef = '../lessons/lesson.schema.json'): string {
  const lesson = {
    $schema: schemaRef,
    id,
    formatVersion: 1,
    version: '0.1.0',
    title: { ko: `${title(id)} (제목을 쓰세요)`, en: title(id) },
    summary: { ko: '이 수업이 무엇을 다루는지 한 문장으로 쓰세요.', en: 'Say in one sentence what this lesson is about.' },
    languages: ['ko', 'en'],
    ageBands: ['middle', 'high'],
    minutes: 10,
    objectives: [{ ko: '학생이 수업 뒤에 할 수 있는 것을 쓰세요.', en: 'Write what a student can do after the lesson.' }],
    sources: [
      {
        id: 'owid-travel',
        title: 'Which form of transport has the smallest carbon footprint?',
        publisher: 'Our World in Data',
        year: 2020,
        url: 'https://ourworldindata.org/travel-carbon-footprint',
      },
    ],
    steps: [
      {
        id: 'welcome',
        type: 'narration',
        title: { ko: '어서 오세요', en: 'Welcome' },
        body: { ko: '첫 패널의 글을 여기에 쓰세요.', en: 'Write the first panel here.' },
      },
      {
        id: 'first-question',
        type: 'quiz',
        kind: 'single',
        question: { ko: '질문을 쓰세요.', en: 'Write a question.' },
        options: [
          { id: 'right', text: { ko: '맞는 답', en: 'The right answer' }, correct: true },
          { id: 'wrong', text: { ko: '틀린 답', en: 'A wrong answer' } },
        ],
        explanation: { ko: '왜 그런지 설명하세요.', en: 'Explain why.' },
      },
      {
        id: 'end',
        type: 'summary',
        title: { ko: '오늘 배운 것', en: 'What you learned' },
        show: ['score', 'sources'],
      },
    ],
  };
  return `${JSON.stringify(lesson, null, 2)}\n`;
}

export function main(args: string[]): number {
  const dirAt = args.indexOf('--dir');
  const dir = resolve(dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1]! : join(ROOT, 'lessons'));
  // The id is the first word that is neither an option nor the folder after --dir (when there is one).
  const id = args.find((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));
  const problem = idProblem(id);
  if (problem) {
    console.error(`lessons:new: ${problem}`);
    return 1;
  }
  const file = join(dir, `${id}.json`);
  const shown = relative(process.cwd(), file).split(sep).join('/');
  if (existsSync(file)) {
    console.error(`lessons:new: ${shown} already exists: choose another id, or edit that file`);
    return 1;
  }
  const rel = relative(dirname(file), SCHEMA).split(sep).join('/');
  const schemaRef = rel.startsWith('.') ? rel : `./${rel}`;
  const text = scaffold(id!, schemaRef);
  const check = loadLesson(text, file);
  if (!check.ok) {
    for (const p of check.problems) console.error(formatProblem(shown, p));
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`created ${shown}\nnext: edit it (lessons/README.md is the guide), then npm run lessons:check -- ${shown}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
