import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { useStore } from 'zustand';
import { findEntry, isFailed, loadFailureKey, tryLoadEntry, type FailedEntry, type LoadedEntry } from '../app/catalog.ts';
import { classroomStore } from '../app/classroomState.ts';
import { profileStore, selectProfile } from '../app/progressLog.ts';
import { closeLesson, openLesson, replaceLesson } from '../app/store.ts';
import type { Lesson } from '../lesson/schema.ts';
import { pick } from '../lesson/text.ts';
import type { AgeBand, RunnerState } from '../app/store.ts';
import { useApp } from './hooks.ts';
import { ProfilePicker } from './profile/ProfilePicker.tsx';
import { PersistenceNotice, SaveStatus } from './profile/SaveStatus.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { StageSlot } from './stageSlot.tsx';
import { StepPanel } from './StepPanel.tsx';
import { useLivePreview } from './useLivePreview.ts';
import { useProgressLog } from './useProgressLog.ts';
import { VRButton } from './VRButton.tsx';

// The app mounts the 3D view itself (it outlives a lesson screen in VR), from this chunk.
export { default as StageHost } from './StageHost.tsx';

// Only a broken lesson file shows its problems: that code is fetched then.
const ProblemList = lazy(() => import('./ProblemList.tsx').then((m) => ({ default: m.ProblemList })));
// In a class with the laptop's hub only: the Raise hand button.
const HandButton = lazy(() => import('./classroom/HandButton.tsx'));

/** Phones and tablets: a finger, not a mouse and arrow keys. */
const coarsePointer = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * One lesson: who is playing (a nickname on this device), where they left off, then the 3D view, the
 * DOM panel with the same step, and the Enter-VR button.
 */
export function LessonScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const session = useApp((s) => s.session);
  const store = useProgressLog();
  const { profile, persistence, maybePrivate } = useStore(profileStore);
  const hub = useStore(classroomStore, (c) => c.hub !== 'none');
  const onLaptop = useStore(classroomStore, (c) => c.onLaptop);
  const sentTo = useStore(classroomStore, (c) => c.lesson);
  const [entry, setEntry] = useState<LoadedEntry | FailedEntry | null | 'missing'>(null);
  // Bumped by Retry after the lesson's chunk could not be fetched: the effect below fetches it again.
  const [attempt, setAttempt] = useState(0);
  const [band, setBand] = useState<AgeBand | null>(null);
  const [saved, setSaved] = useState<RunnerState | null | 'checking'>('checking');

  useEffect(() => {
    const found = findEntry(id);
    if (!found) return setEntry('missing');
    let live = true;
    void tryLoadEntry(found).then((e) => live && setEntry(e));
    return () => {
      live = false;
      closeLesson();
    };
  }, [id, attempt]);

  // Live preview (npm run dev): a good save swaps the lesson in at the same step; a broken one keeps
  // the last good lesson on screen with the file's problems over it.
  const [previewProblems, setPreviewProblems] = useState<LoadedEntry | null>(null);
  const got = entry && entry !== 'missing' && !isFailed(entry) ? entry : null;
  useLivePreview(got, (next) => {
    if (next.result.ok) {
      setPreviewProblems(null);
      setEntry(next);
      replaceLesson(next.result.lesson);
    } else if (got?.result.ok) setPreviewProblems(next);
    else setEntry(next);
  });

  const lesson: Lesson | null = got?.result.ok ? got.result.lesson : null;
  // Where this student left off in this lesson, if anywhere.
  useEffect(() => {
    if (!store || !profile || !lesson) return;
    let live = true;
    setSaved('checking');
    void store.savedState(profile.id, lesson).then((s) => live && setSaved(s));
    return () => {
      live = false;
    };
  }, [store, profile?.id, lesson?.id]);

  const resumed = saved !== 'checking' ? saved : null;
  // The lesson the teacher sent the class to: its course, for a student who starts it afresh.
  const sent = sentTo && sentTo.id === lesson?.id ? sentTo.course : null;
  const chosen = band ?? resumed?.ageBand ?? (sent && lesson?.ageBands.includes(sent) ? sent : null) ?? (lesson?.ageBands.length === 1 ? lesson.ageBands[0]! : null);
  useEffect(() => {
    if (lesson && profile && saved !== 'checking' && chosen && session?.lesson.id !== lesson.id) openLesson(lesson, chosen, saved ?? undefined);
  }, [lesson, profile, saved, chosen, session?.lesson.id]);

  if (entry === 'missing') return <p role="alert">{t('lesson.notFound', { id })} <a href="#/">{t('lesson.home')}</a></p>;
  if (entry && isFailed(entry)) {
    return (
      <section className="page load-failure">
        <p role="alert">{t(loadFailureKey(entry.failed))}</p>
        <button type="button" className="primary" onClick={() => { setEntry(null); setAttempt((n) => n + 1); }}>{t('errors.retry')}</button>
        {' '}<a href="#/">{t('lesson.home')}</a>
      </section>
    );
  }
  if (!entry || !store) return <p role="status">{t('home.loading')}</p>;
  if (!entry.result.ok) {
    return (
      <section className="page">
        <h1>{t('lesson.broken')}</h1>
        <Suspense fallback={null}><ProblemList file={entry.file} problems={entry.result.problems} /></Suspense>
        <a href="#/">{t('lesson.home')}</a>
      </section>
    );
  }
  const l = entry.result.lesson;
  if (!profile) {
    return (
      <section className="page">
        <p className="lesson-kicker">{pick(l.title, lang)}</p>
        <ProfilePicker store={store} onPick={(p) => void selectProfile(p)} />
      </section>
    );
  }
  if (saved === 'checking') return <p role="status">{t('home.loading')}</p>;
  if (!chosen) {
    return (
      <section className="age-pick">
        <h1>{pick(l.title, lang)}</h1>
        <p>{t('lesson.chooseAge')}</p>
        {l.ageBands.map((b) => (
          <button key={b} type="button" className="primary" onClick={() => setBand(b)}>{t(`home.ages.${b}`)}</button>
        ))}
      </section>
    );
  }
  return (
    <div className="lesson">
      {previewProblems && !previewProblems.result.ok && (
        <div className="preview-problems" role="alert">
          <h2>{t('lesson.broken')}</h2>
          <Suspense fallback={null}><ProblemList file={previewProblems.file} problems={previewProblems.result.problems} /></Suspense>
        </div>
      )}
      <div className="stage">
        <StageSlot />
        <p className="hint">{t(coarsePointer() ? 'lesson.lookHintTouch' : 'lesson.lookHint')}</p>
      </div>
      <aside className="side">
        <header className="lesson-head">
          <h1>{pick(l.title, lang)}</h1>
          <p className="meta">{t('lesson.playingAs', { name: profile.nickname })} · <button type="button" className="link" onClick={() => { closeLesson(); setBand(null); setSaved('checking'); void selectProfile(null); }}>{t('lesson.switchStudent')}</button></p>
          <VRButton />
          {hub && <Suspense fallback={null}><HandButton /></Suspense>}
        </header>
        {/* The browser may drop what it did not promise to keep; not a worry once the teacher's laptop holds it. */}
        {persistence && !(onLaptop && !maybePrivate) && <PersistenceNotice persistence={persistence} maybePrivate={maybePrivate} />}
        {session && session.lesson.id === l.id && <StepPanel session={session} lang={lang} />}
        <SaveStatus store={store} />
        <SettingsPanel />
      </aside>
    </div>
  );
}
