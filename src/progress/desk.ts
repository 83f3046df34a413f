import type { Lesson } from '../lesson/schema.ts';
import type { PledgeStep } from '../lesson/steps/pledge.ts';
import type { PledgeChoice } from '../runner/types.ts';
import { answerText } from './answers.ts';
import { pledgeKey, pledgesFrom } from './pledges.ts';
import { completedRun, gainOf } from './summary.ts';
import type { LessonSummary, Profile, RunFacts } from './types.ts';

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

export interface QuestionStat {
  stepId: string;
  phase?: 'pre' | 'post';
  answered: number;
  /** Right at the first try: what students knew, before feedback taught them. */
  firstCorrectRate: number;
  finalCorrectRate: number;
  /** The most common wrong first answers, to find misconceptions. */
  wrongFirst: { answer: string; count: number }[];
}

export interface LessonStats {
  lessonId: string;
  started: number;
  completed: number;
  /** Completed runs' footprint totals, kg CO2e per year, ascending. */
  footprints: number[];
  meanRatio: number | null;
  gain: { pre: number; post: number; students: number } | null;
  questions: QuestionStat[];
  pledges: { key: string; choice: PledgeChoice; count: number }[];
}

export interface DeskStudent {
  profile: Profile;
  cells: Record<string, DeskCell>;
}

export interface Desk {
  /** The lessons' ids in the order the app lists them, then any known only from imported data. */
  lessonIds: string[];
  students: DeskStudent[];
  lessons: Record<string, LessonStats>;
}

const pledgeMax = (lesson: Lesson | undefined, stepId: string): number => {
  const step = lesson?.steps.find((s) => s.id === stepId);
  return step?.type === 'pledge' ? (step as PledgeStep).max : Infinity;
};

function cellOf(s: LessonSummary, lesson: Lesson | undefined): DeskCell {
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

/** The teacher's desk, computed from summaries only (no event is read): students × lessons and per-lesson statistics. */
export function buildDesk(lessons: readonly Lesson[], profiles: readonly Profile[], summaries: readonly LessonSummary[]): Desk {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const lessonIds = [...lessons.map((l) => l.id)];
  const students = new Map<string, DeskStudent>(profiles.map((p) => [p.id, { profile: p, cells: {} }]));
  const stats = new Map<string, LessonStats & { ratios: number[]; gains: { pre: number; post: number }[]; q: Map<string, QuestionStat & { wrong: Map<string, number>; first: number; final: number }>; pl: Map<string, { key: string; choice: PledgeChoice; count: number }> }>();
  for (const s of summaries) {
    if (!byId.has(s.lessonId) && !lessonIds.includes(s.lessonId)) lessonIds.push(s.lessonId);
    const lesson = byId.get(s.lessonId);
    let student = students.get(s.profileId);
    if (!student) students.set(s.profileId, (student = { profile: unknownProfile(s.profileId, s.last.deviceId), cells: {} }));
    const cell = cellOf(s, lesson);
    student.cells[s.lessonId] = cell;
    let st = stats.get(s.lessonId);
    if (!st) {
      st = { lessonId: s.lessonId, started: 0, completed: 0, footprints: [], meanRatio: null, gain: null, questions: [], pledges: [], ratios: [], gains: [], q: new Map(), pl: new Map() };
      for (const step of lesson?.steps ?? []) if (step.type === 'quiz') st.q.set(step.id, { stepId: step.id, ...(step.phase ? { phase: step.phase } : {}), answered: 0, firstCorrectRate: 0, finalCorrectRate: 0, wrongFirst: [], wrong: new Map(), first: 0, final: 0 });
      stats.set(s.lessonId, st);
    }
    st.started++;
    if (cell.status === 'completed') {
      st.completed++;
      st.footprints.push(cell.footprintKgPerYear);
    }
    if (cell.ratio !== null) st.ratios.push(cell.ratio);
    if (cell.gain) st.gains.push(cell.gain);
    const run = completedRun(s) ?? s.last;
    for (const [stepId, a] of Object.entries(run.answers)) {
      let q = st.q.get(stepId);
      if (!q) st.q.set(stepId, (q = { stepId, ...(a.phase ? { phase: a.phase } : {}), answered: 0, firstCorrectRate: 0, finalCorrectRate: 0, wrongFirst: [], wrong: new Map(), first: 0, final: 0 }));
      q.answered++;
      if (a.firstCorrect) q.first++;
      else q.wrong.set(answerText(a.first), (q.wrong.get(answerText(a.first)) ?? 0) + 1);
      if (a.correct) q.final++;
    }
    for (const choice of cell.pledges) {
      const key = pledgeKey(choice);
      const p = st.pl.get(key) ?? { key, choice, count: 0 };
      p.count++;
      st.pl.set(key, p);
    }
  }
  const lessonsOut: Record<string, LessonStats> = {};
  for (const st of stats.values()) {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    lessonsOut[st.lessonId] = {
      lessonId: st.lessonId, started: st.started, completed: st.completed,
      footprints: st.footprints.sort((a, b) => a - b),
      meanRatio: st.ratios.length ? mean(st.ratios) : null,
      gain: st.gains.length ? { pre: mean(st.gains.map((g) => g.pre)), post: mean(st.gains.map((g) => g.post)), students: st.gains.length } : null,
      questions: [...st.q.values()].map(({ wrong, first, final, ...q }) => ({
        ...q,
        firstCorrectRate: q.answered ? first / q.answered : 0,
        finalCorrectRate: q.answered ? final / q.answered : 0,
        wrongFirst: [...wrong].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count).slice(0, 3),
      })),
      pledges: [...st.pl.values()].sort((a, b) => b.count - a.count),
    };
  }
  const collator = new Intl.Collator('ko');
  const studentsOut = [...students.values()].sort((a, b) => collator.compare(a.profile.nickname, b.profile.nickname) || (a.profile.id < b.profile.id ? -1 : 1));
  return { lessonIds, students: studentsOut, lessons: lessonsOut };
}
