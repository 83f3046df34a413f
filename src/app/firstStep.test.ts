import { afterEach, describe, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('work that waits for the first step on screen', () => {
  test('runs once the 3D view has drawn a step, not before; later calls run at once', async () => {
    vi.useFakeTimers();
    const { afterFirstStep, noteStepDrawn } = await import('./firstStep.ts');
    const work = vi.fn();
    afterFirstStep(work);
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
    noteStepDrawn();
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    afterFirstStep(later);
    expect(later).toHaveBeenCalledTimes(1);
  });

  test('without a 3D view it runs after the fallback delay; a cancelled one never runs', async () => {
    vi.useFakeTimers();
    const { afterFirstStep } = await import('./firstStep.ts');
    const work = vi.fn();
    const cancelled = vi.fn();
    afterFirstStep(work, 4000);
    const cancel = afterFirstStep(cancelled, 4000);
    cancel();
    vi.advanceTimersByTime(3999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
