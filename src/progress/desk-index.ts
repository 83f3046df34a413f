/**
 * The teacher's desk's entry to src/progress (see the API in ./index.ts): everything the students'
 * entry exports, and what only the desk uses. src/ui/teacher/* import this file, so the desk's code
 * lands in the desk's lazy chunk, not in the students' first frame.
 */
export * from './index.ts';
export { buildDesk, orderLessonIds } from './desk.ts';
export { cellOf, studentRows } from './desk-rows.ts';
export { lessonStats } from './desk-stats.ts';
export type { CellStatus, Desk, DeskCell, DeskStudent, LessonStats, QuestionStat } from './desk.ts';
export { deskCsv, DESK_CSV_COLUMNS } from './desk-csv.ts';
export type { DeskCsvColumn, DeskCsvLabels } from './desk-csv.ts';
export { checkPinFormat, PIN_MAX, PIN_MIN } from './pin.ts';
export type { PinProblem } from './pin.ts';
export type { ImportProblem } from './native.ts';
export type { MergeResult, OnProgress } from './merge.ts';
