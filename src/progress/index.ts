/**
 * Progress: the student's append-only event log in IndexedDB, and what is derived from it.
 * Plain TypeScript (no React, no three); imports only src/lesson and src/runner types.
 *
 * ## Start-up (once per page)
 *   const progress = await sharedProgressStore();         // never rejects; see status() for trouble
 *       (the page's one store; the teacher's desk uses the same one when given none)
 *   const persistence = await progress.requestPersistence(); // 'granted' | 'refused' | 'unavailable'
 *   progress.subscribe((s) => show(s));                   // SaveStatus: saved | saving | not-saved | lost | unavailable
 *
 * ## Profiles (shared devices: nicknames only)
 *   await progress.profiles()                     → Profile[] made on this device, by nickname
 *   await progress.createProfile(nickname)        → { ok: true, profile } | { ok: false, problem }  (problem → i18n progress:nickname_<problem>)
 *   await progress.deleteProfile(profileId)       "delete my data": profile, events, summaries (strict durability)
 *
 * ## Playing a lesson
 *   const saved = await progress.savedState(profileId, lesson)   → RunnerState | null
 *       → the app's openLesson(lesson, ageBand, saved ?? undefined); or
 *   const r = await progress.resume(profileId, lesson)           → { state, moved, changed } | null
 *       (moved: the step left off no longer exists, the student is at the nearest one: say so)
 *   For every runner transition, the records of its 'record' effects, in order, as ONE call:
 *   progress.append(profileId, lesson.id, lesson.version, records) → Promise<SaveStatus>; never rejects,
 *       no need to await: events are queued in memory at once (eventsFor/savedState see them) and
 *       written in order, in one transaction per batch, seqs allocated inside it.
 *   progress.retry()                              "try again" after not-saved (retries also run by themselves)
 *
 * ## Faults, as SaveStatus shows them
 *   not-saved/quota     disk full: events kept in memory, retried after 1, 2, 5, 10, 30, 30… s
 *   lost/deleted        site data cleared or database deleted by another tab: not recreated; events kept in memory
 *   lost/upgraded       a newer version of the app opened in another tab: reload
 *   lost/closed         the browser closed the database
 *   unavailable/no-indexeddb  IndexedDB blocked (storage off, some private modes): works in memory until the page closes
 *   unavailable/too-new       saved by a newer app than this cached copy: reload to update
 *   Once lost, profile/delete/import/PIN calls reject with ProgressLostError.
 *   progress.onChange(m => …)  data changed here or in another tab (BroadcastChannel): re-read if shown
 *
 * ## Teacher's desk (src/ui/teacher/TeacherDesk.tsx does all this)
 *   The desk imports ./desk-index.ts through src/app/desk.ts (this file's exports and the desk's own): this file is what the
 *   students' first frame loads, so it exports nothing only the desk uses. Export, xAPI and merge code
 *   loads with the store's first export or import (dynamic import()) and runs on the page; the desk's
 *   own code comes with its lazy route.
 *   progress.pin.isSet() / set(pin) / check(pin) / resetWithData()   (a convenience lock, not security)
 *   progress.profiles({ all: true }), progress.lessonIds()            the students and lessons with data
 *   studentRows(lessons, pageProfiles, await progress.summariesOf({ profileIds }))   one page of the table
 *   lessonStats(id, lesson, await progress.summariesOf({ lessonId: id }))           one lesson's charts
 *   buildDesk(lessons, profiles, await progress.summaries()) → Desk   everything at once (CSV)
 *   deskCsv(desk, labels) → CSV text (BOM, CRLF, formula-safe)
 *   progress.exportXapi(lessons, { lessonId?, onProgress? }, { homePage? }) → Blob (xAPI 1.0.3 statements)
 *   progress.exportNative({ lessonId?, onProgress? })        → Blob (raw log, for merging into another device)
 *   progress.importNative(text, { onProgress? })             → ImportResult (idempotent by event id, one transaction)
 *       onProgress(fraction 0…1): at most once per whole percent, for the desk's "Exporting… 40 %"
 *       Exports read the log itself, page by page (pages.ts), and give the page a turn between pages.
 *   progress.deleteAll()                        "delete everything" (ask first)
 *
 * Versions: the database (migrations.ts, DB_VERSION), the summaries (summary.ts, SUMMARY_VERSION,
 * rebuilt from the log when it changes) and the export file (native.ts, NATIVE_VERSION) each have
 * their own number.
 */
export { createProgressStore, ProgressLostError } from './store.ts';
export { sharedProgressStore } from './shared.ts';
export type { ExportFilter, ImportResult, ProgressStore, ProgressStoreOptions, WithProgress } from './store.ts';
export type { ChangeMessage } from './channel.ts';
export { checkNickname, NICKNAME_MAX } from './nickname.ts';
export type { NicknameProblem } from './nickname.ts';
export { pledgeKey, pledgesFrom } from '../runner/steps/pledge.ts';
export { replay, savedState } from './replay.ts';
export { completedRun, gainOf } from './summary.ts';
export type { StorageInfo } from './persistence.ts';
export type { AnyEvent, LessonSummary, Persistence, Profile, ProgressEvent, RunFacts, SaveReason, SaveState, SaveStatus } from './types.ts';
