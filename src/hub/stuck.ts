import type { ProgressEvent } from '../progress/types.ts';
import type { DevicePresence, StuckReason } from './protocol.ts';

/**
 * "Stuck", as the desk marks it: on one step at least `factor` × the class's median time on that
 * step AND at least `minMs` (a 40-second step is not worth a teacher's walk at 80 s), once at least
 * `minSamples` students have finished that step; or a quiz step's last attempt answered wrong in
 * the lesson now under way. A finished student is never stuck.
 */
export interface StuckRule { factor: number; minMs: number; minSamples: number }
export const STUCK: StuckRule = { factor: 2, minMs: 2 * 60_000, minSamples: 3 };

/** A visit longer than this is a break, not time on the step (30 min). */
const VISIT_CAP_MS = 30 * 60_000;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Pure: the reasons a student on the desk is stuck now (hub clock, ms). */
export function stuckOf(p: DevicePresence, samples: (lessonId: string, stepId: string) => readonly number[], failed: readonly string[], now: number, rule = STUCK): StuckReason[] {
  if (p.finished || !p.lessonId) return [];
  const out: StuckReason[] = failed.map((stepId) => ({ kind: 'quiz-failed', stepId }));
  if (p.stepId && p.stepSince !== null) {
    const times = samples(p.lessonId, p.stepId);
    const m = times.length >= rule.minSamples ? median(times) : null;
    const onStepMs = now - p.stepSince;
    if (m !== null && onStepMs >= rule.factor * m && onStepMs >= rule.minMs) out.push({ kind: 'slow', stepId: p.stepId, onStepMs, medianMs: m });
  }
  return out;
}

const pair = (e: ProgressEvent) => `${e.profileId}\u0000${e.lessonId}`;

/**
 * The class's time on each step (each student's latest finished visit, from their device's clock:
 * differences on one clock, whatever its offset) and each student's failed quizzes in their current
 * run, folded from events in each device's seq order.
 */
export class StepTimes {
  private open = new Map<string, { stepId: string; at: number }>();
  private done = new Map<string, Map<string, number>>();
  private failed = new Map<string, Set<string>>();

  fold(e: ProgressEvent, maxAttempts: (lessonId: string, stepId: string) => number | undefined): void {
    const key = pair(e);
    const r = e.record;
    const at = Date.parse(e.at);
    if (r.kind === 'lesson-started') this.failed.set(key, new Set());
    if (r.kind === 'answered' && !r.correct && r.attempt >= (maxAttempts(e.lessonId, r.stepId) ?? Infinity)) {
      let set = this.failed.get(key);
      if (!set) this.failed.set(key, (set = new Set()));
      set.add(r.stepId);
    }
    if (r.kind !== 'step-entered' && r.kind !== 'went-back' && r.kind !== 'lesson-completed' && r.kind !== 'lesson-started') return;
    const prev = this.open.get(key);
    const d = prev ? at - prev.at : NaN;
    if (prev && d > 0 && d <= VISIT_CAP_MS) {
      const step = `${e.lessonId}\u0000${prev.stepId}`;
      let m = this.done.get(step);
      if (!m) this.done.set(step, (m = new Map()));
      m.set(e.profileId, d);
    }
    if (r.kind === 'step-entered' || r.kind === 'went-back') this.open.set(key, { stepId: r.stepId, at });
    else this.open.delete(key);
  }

  samples(lessonId: string, stepId: string): number[] {
    return [...(this.done.get(`${lessonId}\u0000${stepId}`)?.values() ?? [])];
  }

  failedOf(profileId: string | null, lessonId: string | null): string[] {
    return profileId && lessonId ? [...(this.failed.get(`${profileId}\u0000${lessonId}`) ?? [])] : [];
  }

  forget(profileId: string): void {
    const mine = (k: string) => k.startsWith(`${profileId}\u0000`);
    for (const k of [...this.open.keys()]) if (mine(k)) this.open.delete(k);
    for (const k of [...this.failed.keys()]) if (mine(k)) this.failed.delete(k);
    for (const m of this.done.values()) m.delete(profileId);
  }

  clear(): void {
    this.open.clear();
    this.done.clear();
    this.failed.clear();
  }
}
