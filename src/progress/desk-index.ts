/**
 * The teacher's desk's entry to src/progress (see the API in ./index.ts): everything the students'
 * entry exports, and what only the desk uses (the PIN's format, import results). The desk reaches it
 * through src/app/desk.ts, so its code lands in the desk's lazy chunk, not in the students' first frame.
 */
export * from './index.ts';
export { checkPinFormat, PIN_MAX, PIN_MIN } from './pin.ts';
export type { PinProblem } from './pin.ts';
export type { ImportProblem } from './native.ts';
export type { MergeResult, OnProgress } from './merge.ts';
