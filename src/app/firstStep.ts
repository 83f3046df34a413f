/**
 * When a lesson's first step is on screen. The 3D view says so once its step is drawn; the DOM
 * layer's work that waits for it (fetching the lesson's other step types) runs then, or after a few
 * seconds when there is no 3D view to say it (no WebGL). Nothing here is per frame.
 */
let drawn = false;
const waiting = new Set<() => void>();

export function noteStepDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const run of [...waiting]) run();
}

/** Runs `work` once a step has been drawn (at once if one has), or after `fallbackMs`; returns a cancel. */
export function afterFirstStep(work: () => void, fallbackMs = 4000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    waiting.delete(run);
    clearTimeout(timer);
    work();
  };
  const timer = setTimeout(run, drawn ? 0 : fallbackMs);
  if (drawn) run();
  else waiting.add(run);
  return () => {
    done = true;
    waiting.delete(run);
    clearTimeout(timer);
  };
}
