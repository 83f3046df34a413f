import type { Lesson } from '../../src/lesson/schema.ts';
import type { AgeBand, LogRecord } from '../../src/runner/types.ts';
import { autoplay, type Rand } from '../bench/class/autoplay.ts';

/** One transition's records and the student's pause before it (ms of class time). */
export interface Beat { lesson: Lesson; records: LogRecord[]; afterMs: number }

/**
 * A student's class as the runner makes it: the built-in lessons in a random order, each played
 * through src/runner (scripts/bench/class/autoplay.ts), 2–30 s of thinking before each action.
 */
export function* studentBeats(lessons: readonly Lesson[], rand: Rand): Generator<Beat> {
  const ageBand: AgeBand = rand() < 0.5 ? 'middle' : 'high';
  for (;;) {
    const order = [...lessons].sort(() => rand() - 0.5);
    for (const lesson of order) {
      const played = autoplay(lesson, ageBand, rand, { skill: 0.4 + 0.5 * rand() });
      for (const records of played.batches) if (records.length) yield { lesson, records, afterMs: 2000 + rand() * 28_000 };
    }
  }
}
