import type { Lesson } from '../lesson/schema.ts';
import type { PledgeStep } from '../lesson/steps/pledge.ts';
import type { PledgeChoice } from '../runner/types.ts';
import { pledgesFrom } from '../runner/steps/pledge.ts';
import { completedRun, gainOf } from '../progress/summary.ts';
import type { LessonSummary, Profile, RunFacts } from '../progress/types.ts';

export type CellStatus = 'in-progress' | 'completed';

/** One student in one lesson, as the desk shows it: the last completed run, else the run under way. */
export interface DeskCell {
  status: CellStatus;
  runs: number;
  score: number;
  maxScore: number;
  /** score / maxScore, or null when nothing was scored. */
  ratio: number | null;
  gain: { pre: number; post: number; gain: number } | null;
  minutes: number;
  footprintKgPerYear: number;
  pledges: PledgeChoice[];
  lastAt: string;
  lessonVersion: string;
}

export interface DeskStudent {
  profile: Profile;
  cells: Record<string, DeskCell>;
}

export function pledgeMax(lesson: Lesson | undefined, stepId: string): number {
  const step = lesson?.steps.find((s) => s.id === stepId);
  return step?.type === 'pledge' ? (step as PledgeStep).max : Infinity;
}

export function cellOf(s: LessonSummary, lesson: Lesson | undefined): DeskCell {
  const done = completedRun(s);
  const run: RunFacts = done ?? s.last;
  const g = gainOf(run);
  return {
    status: done ? 'completed' : 'in-progress',
    runs: s.runs,
    score: run.score,
    maxScore: run.maxScore,
    ratio: run.maxScore > 0 ? run.score / run.maxScore : null,
    gain: g && { pre: g.pre, post: g.post, gain: g.gain },
    minutes: run.activeMs / 60_000,
    footprintKgPerYear: run.footprintKgPerYear,
    pledges: Object.entries(run.pledgeOps).flatMap(([stepId, ops]) => pledgesFrom(ops, pledgeMax(lesson, stepId))),
    lastAt: s.last.lastAt,
    lessonVersion: run.lessonVersion,
  };
}

/** A stand-in for a profile known only from its events (an import without the profile). */
function unknownProfile(id: string, deviceId: string): Profile {
  return { id, nickname: `#${id.slice(0, 6)}`, deviceId, createdAt: '' };
}

const collator = new Intl.Collator('ko');

/** Students (by nickname, Korean collation) with a cell per lesson they started. */
export function studentRows(lessons: readonly Lesson[], profiles: readonly Profile[], summaries: readonly LessonSummary[]): DeskStudent[] {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const students = new Map<string, DeskStudent>(profiles.map((p) => [p.id, { profile: p, cells: {} }]));
  for (const s of summaries) {
    let student = students.get(s.profileId);
    if (!student) students.set(s.profileId, (student = { profile: unknownProfile(s.profileId, s.last.deviceId), cells: {} }));
    student.cells[s.lessonId] = cellOf(s, byId.get(s.lessonId));
  }
  return [...students.values()].sort(byNickname);
}

export function byNickname(a: { profile: Profile }, b: { profile: Profile }): number {
  return collator.compare(a.profile.nickname, b.profile.nickname) || (a.profile.id < b.profile.id ? -1 : 1);
}
