import type { Lesson } from '../lesson/schema.ts';
import { appStore } from './store.ts';

/**
 * With `?e2e` in the URL, the benchmark can show any step of the open lesson directly (to measure
 * each step's draw calls and triangles without playing the lesson). Nothing is exposed otherwise.
 */
export function exposeAppForTests(): void {
  if (!new URLSearchParams(location.search).has('e2e')) return;
  (window as unknown as { __climatexrApp: unknown }).__climatexrApp = {
    steps: (): string[] => appStore.getState().session?.lesson.steps.filter((s) => s.type !== 'branch').map((s) => s.id) ?? [],
    show(stepId: string): void {
      const session = appStore.getState().session;
      if (!session) return;
      const lesson: Lesson = session.lesson;
      if (!lesson.steps.some((s) => s.id === stepId)) throw new Error(`no step ${stepId}`);
      appStore.setState({ session: { ...session, runner: { ...session.runner, stepId, history: [...session.runner.history, stepId] } } });
    },
  };
}
