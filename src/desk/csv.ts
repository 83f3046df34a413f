import { toCsv, type CsvValue } from './csv-text.ts';
import type { Desk } from './index.ts';
import type { PledgeChoice } from '../runner/types.ts';
import { pledgeKey } from '../runner/steps/pledge.ts';

export const DESK_CSV_COLUMNS = [
  'nickname', 'profileId', 'deviceId', 'lessonId', 'lessonTitle', 'lessonVersion', 'status', 'runs',
  'score', 'maxScore', 'scorePercent', 'pre', 'post', 'gain', 'minutes', 'footprintKgPerYear', 'pledges', 'lastActivity',
] as const;
export type DeskCsvColumn = (typeof DESK_CSV_COLUMNS)[number];

export interface DeskCsvLabels {
  header(column: DeskCsvColumn): string;
  lessonTitle(lessonId: string): string;
  status(status: 'in-progress' | 'completed'): string;
  /** A pledge in words; defaults to its ids ("opt:walk-more", "act:bike@weekends"). */
  pledge?(lessonId: string, choice: PledgeChoice): string;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One row per student and lesson they started: what the desk's table shows, for a spreadsheet. */
/** Needs the students' rows and the lesson order only (not the per-lesson statistics): see `studentRows`. */
export function deskCsv(desk: Pick<Desk, 'students' | 'lessonIds'>, labels: DeskCsvLabels): string {
  const rows: CsvValue[][] = [DESK_CSV_COLUMNS.map((c) => labels.header(c))];
  for (const { profile, cells } of desk.students) {
    for (const lessonId of desk.lessonIds) {
      const c = cells[lessonId];
      if (!c) continue;
      rows.push([
        profile.nickname, profile.id, profile.deviceId, lessonId, labels.lessonTitle(lessonId), c.lessonVersion, labels.status(c.status), c.runs,
        round(c.score), c.maxScore, c.ratio === null ? null : round(c.ratio * 100, 1), c.gain?.pre, c.gain?.post, c.gain && round(c.gain.gain),
        round(c.minutes, 1), round(c.footprintKgPerYear, 1), c.pledges.map((p) => labels.pledge?.(lessonId, p) ?? pledgeKey(p)).join(' / '), c.lastAt,
      ]);
    }
  }
  return toCsv(rows);
}
