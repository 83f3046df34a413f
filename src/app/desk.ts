/**
 * The teacher's desk's way into the progress log and its view models, for the desk's screens
 * (src/ui/teacher): the log's desk entry (progress/desk-index.ts), the class table, the lesson's
 * statistics and the CSV (src/desk/), and the desk's words for lessons and answers. Loaded with the
 * desk's lazy route, never in the students' first frame.
 */
export * from '../progress/desk-index.ts';
export { buildDesk, orderLessonIds } from '../desk/index.ts';
export type { CellStatus, Desk, DeskCell, DeskStudent, LessonStats, QuestionStat } from '../desk/index.ts';
export { cellOf, studentRows } from '../desk/rows.ts';
export { lessonStats } from '../desk/stats.ts';
export { deskCsv, DESK_CSV_COLUMNS } from '../desk/csv.ts';
export type { DeskCsvColumn, DeskCsvLabels } from '../desk/csv.ts';
export { answerLabel, lessonLang, lessonTitle, percent, pledgeLabel, questionText } from '../desk/labels.ts';
