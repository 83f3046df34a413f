import { applyPledge, pledgeKey } from '../runner/steps/pledge.ts';
import type { ProgressEvent } from '../progress/types.ts';
import type { PledgeChoice } from '../runner/types.ts';
import type { PledgeCount } from './protocol.ts';

/**
 * The class pledge wall: each student's pledges in their latest run of a lesson (applied as the
 * runner keeps them, a step's `max` included: progress/pledges.ts), counted per pledge.
 */
export class PledgeWall {
  /** lesson → student → step → pledges. */
  private lessons = new Map<string, Map<string, Map<string, PledgeChoice[]>>>();

  /** Folds one event; returns its lesson when the wall of that lesson changed. */
  fold(e: ProgressEvent, max: (lessonId: string, stepId: string) => number): string | null {
    const r = e.record;
    if (r.kind !== 'pledged' && r.kind !== 'unpledged' && r.kind !== 'lesson-started') return null;
    let students = this.lessons.get(e.lessonId);
    if (!students) this.lessons.set(e.lessonId, (students = new Map()));
    if (r.kind === 'lesson-started') return students.delete(e.profileId) ? e.lessonId : null;
    let steps = students.get(e.profileId);
    if (!steps) students.set(e.profileId, (steps = new Map()));
    const op = { op: r.kind === 'pledged' ? 'add' : 'remove', choice: r.choice } as const;
    steps.set(r.stepId, applyPledge(steps.get(r.stepId) ?? [], op, max(e.lessonId, r.stepId)));
    return e.lessonId;
  }

  /** Forgets a student; returns the lessons whose wall changed. */
  forget(profileId: string): string[] {
    return [...this.lessons].filter(([, students]) => students.delete(profileId)).map(([id]) => id);
  }

  clear(): void {
    this.lessons.clear();
  }

  lessonIds(): string[] {
    return [...this.lessons.keys()];
  }

  /** One lesson's wall, most pledged first; nicknames in the order the students first pledged there. */
  entries(lessonId: string, nickname: (profileId: string) => string | null): PledgeCount[] {
    const counts = new Map<string, PledgeCount>();
    for (const [profileId, steps] of this.lessons.get(lessonId) ?? []) {
      for (const [stepId, choices] of steps) {
        for (const choice of choices) {
          const key = `${stepId}\u0000${pledgeKey(choice)}`;
          let c = counts.get(key);
          if (!c) counts.set(key, (c = { stepId, key: pledgeKey(choice), choice, count: 0, nicknames: [] }));
          c.count++;
          const name = nickname(profileId);
          if (name) c.nicknames.push(name);
        }
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }
}
