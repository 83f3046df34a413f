import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/desk/csv-text.ts';
import { buildDesk } from '../../src/desk/index.ts';
import { deskCsv, DESK_CSV_COLUMNS } from '../../src/desk/csv.ts';
import { summarize } from '../../src/progress/summary.ts';
import type { Profile, ProgressEvent } from '../../src/progress/types.ts';
import { toStatements } from '../../src/progress/xapi.ts';
import { autoplay, seeded } from '../../scripts/bench/class/autoplay.ts';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';
import { statementProblems } from '../fixtures/progress/xapi-check.ts';

const lesson = commuteLesson();
const deviceId = crypto.randomUUID();

/** A small class: `n` students who each played the lesson on one device. */
function classLog(n: number): { profiles: Profile[]; events: ProgressEvent[] } {
  const profiles: Profile[] = [];
  const events: ProgressEvent[] = [];
  let seq = 0;
  for (let i = 0; i < n; i++) {
    const profile: Profile = { id: crypto.randomUUID(), nickname: `학생${i}`, deviceId, createdAt: '2026-03-02T08:00:00.000Z' };
    profiles.push(profile);
    const played = autoplay(lesson, i % 2 ? 'high' : 'middle', seeded(i), { skill: 0.6, ...(i % 3 === 2 ? { steps: 4 } : {}) });
    for (const record of played.batches.flat()) {
      seq++;
      events.push({ id: crypto.randomUUID(), deviceId, seq, profileId: profile.id, lessonId: lesson.id, lessonVersion: lesson.version, at: new Date(Date.UTC(2026, 2, 2, 9) + seq * 7000).toISOString(), record });
    }
  }
  return { profiles, events };
}

/** A minimal RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = toCsv([['이름', 'score'], ['민지', 3]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('이름,score\r\n민지,3\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', '한글, 쉼표', ' padded '];
    expect(cells.map(csvCell)).toEqual(['"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r\nlf"', '"한글, 쉼표"', '" padded "']);
    expect(parseCsv(toCsv([cells]).slice(1))).toEqual([cells]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=cmd', '\r=cmd', '  =HYPERLINK("x")', '＝1+1', '=cmd|\' /C calc\'!A0']) {
      const cell = csvCell(evil);
      const value = parseCsv(`${cell}\r\n`)[0]![0]!;
      expect(value.startsWith("'"), evil).toBe(true);
      expect(value.slice(1)).toBe(evil);
    }
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-0.5)).toBe('-0.5'); // numbers stay numbers
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('exports the desk: one row per student and started lesson, with Hangul and a hostile nickname intact', () => {
    const log = classLog(6);
    log.profiles[0]!.nickname = '=HYPERLINK("http://x","클릭")';
    const desk = buildDesk([lesson], log.profiles, [...summarize(log.events).values()]);
    const csv = deskCsv(desk, { header: (c) => c, lessonTitle: () => '등굣길, "탄소"', status: (s) => (s === 'completed' ? '완료' : '진행 중') });
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...DESK_CSV_COLUMNS]);
    expect(rows).toHaveLength(7);
    const hostile = rows.find((r) => r[1] === log.profiles[0]!.id)!;
    expect(hostile[0]).toBe(`'${log.profiles[0]!.nickname}`);
    expect(hostile[4]).toBe('등굣길, "탄소"');
    expect(rows.slice(1).map((r) => r[6]).sort()).toEqual(['완료', '완료', '완료', '완료', '진행 중', '진행 중']);
  });
});

describe('xAPI statements', () => {
  const log = classLog(5);
  const statements = toStatements(log.events, [lesson]);

  it('meet the spec\'s required fields and formats', () => {
    expect(statements.length).toBeGreaterThan(20);
    for (const s of statements) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
  });

  it('name students by a pseudonymous account, never by nickname', () => {
    const text = JSON.stringify(statements);
    for (const p of log.profiles) expect(text).not.toContain(p.nickname);
    expect(new Set(statements.map((s) => JSON.stringify(s.actor))).size).toBe(5);
    expect(statements[0]!.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://climatexr.invalid/', name: log.profiles[0]!.id } });
  });

  it('use the events\' ids, so a second export is the same statements', () => {
    expect(statements.map((s) => s.id)).toEqual(log.events.filter((e) => !['step-entered', 'went-back', 'visited'].includes(e.record.kind)).map((e) => e.id));
    expect(toStatements(log.events, [lesson])).toEqual(statements);
  });

  it('use ADL verbs and report completion with a scaled score and the run as registration', () => {
    const verbs = new Set(statements.map((s) => (s.verb as { id: string }).id));
    for (const v of verbs) expect(v).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/(attempted|experienced|answered|interacted|responded|completed)$/);
    const completed = statements.filter((s) => (s.verb as { id: string }).id.endsWith('/completed'));
    expect(completed.length).toBeGreaterThan(0);
    for (const s of completed) {
      const r = s.result as { completion: boolean; score: { scaled: number; raw: number; max: number } };
      expect(r.completion).toBe(true);
      expect(r.score.scaled).toBeCloseTo(r.score.raw / r.score.max);
      const started = statements.find((x) => x.id === (s.context as { registration: string }).registration)!;
      expect((started.verb as { id: string }).id).toMatch(/attempted$/);
    }
  });

  it('(the checker itself catches what the spec forbids)', () => {
    const good = statements.find((s) => s.result && (s.result as { score?: unknown }).score)!;
    const broken = structuredClone(good) as Record<string, any>;
    broken.id = 'not-a-uuid';
    broken.actor.mbox = 'mailto:a@b.c';
    broken.verb.display = { english: 'x' };
    broken.object.id = 'no scheme';
    broken.result.score.scaled = 1.5;
    broken.context.registration = null;
    broken.timestamp = '2026-03-02 09:00';
    expect(statementProblems(broken)).toEqual(expect.arrayContaining([
      'id is not a UUID', 'actor has 2 identifiers, not exactly one', 'verb.display key english is not an RFC 5646 tag', 'object.id is not an IRI',
      'result.score.scaled is not in [-1, 1]', 'statement.context.registration is null', 'timestamp is not ISO 8601 with a time zone',
    ]));
  });

  it('stays valid for lessons this laptop does not have', () => {
    for (const s of toStatements(log.events, [])) expect(statementProblems(s)).toEqual([]);
  });
});
