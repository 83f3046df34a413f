import { Suspense, useEffect, useRef } from 'react';
import type { Lesson } from '../lesson/schema.ts';
import { afterFirstStep } from '../app/firstStep.ts';
import { useTranslation } from '../i18n/react.ts';
import { useStore } from 'zustand';
import { classroomStore } from '../app/classroomState.ts';
import { paceHolds } from '../app/conduct.ts';
import { backAllowed, dispatch, nextAllowed, restartLesson, shownStep, type Session } from '../app/store.ts';
import { stepPosition } from '../app/views/stepPosition.ts';
import type { Language } from '../lesson/common.ts';
import { preloadStepDoms, STEP_DOMS } from './steps/index.ts';

/** The lesson as DOM: readable by screen readers and playable with the keyboard alone. */
export function StepPanel({ session, lang }: { session: Session; lang: Language }) {
  const { t } = useTranslation();
  const step = shownStep(session);
  const Dom = STEP_DOMS[step.type];
  const pos = stepPosition(session.lesson, session.runner);
  const heading = useRef<HTMLDivElement>(null);
  // The teacher's pace (classroom hub) may hold Next: said in words beside the buttons.
  const held = paceHolds(session.lesson, session.runner, useStore(classroomStore, (c) => c.pace));
  // Moving to a new step moves focus to its content, so keyboard and screen-reader users follow along.
  useEffect(() => heading.current?.focus(), [step.id]);
  return (
    <section className="step-panel" aria-label={t('lesson.panel')}>
      <p className="step-pos">{t('lesson.stepOf', { n: pos.n, total: pos.total })}</p>
      {session.notice === 'moved' && <p className="notice" role="status">{t('lesson.movedStep')}</p>}
      <div className="step-content" tabIndex={-1} ref={heading} data-step={step.id} data-step-type={step.type}>
        <Suspense fallback={null}>
          <Dom key={step.id} step={step as never} session={session} lang={lang} />
          <PreloadDoms lesson={session.lesson} />
        </Suspense>
      </div>
      {session.runner.finished && <p className="notice done" role="status">{t('lesson.finished')}</p>}
      {held && <p className="notice wait-teacher" role="status">{t('classroom.waitTeacher')}</p>}
      <nav className="step-nav" aria-label={t('lesson.panel')}>
        {backAllowed(session) && <button type="button" onClick={() => dispatch({ type: 'back' })}>{t('lesson.back')}</button>}
        {!session.runner.finished && (
          <button type="button" className="primary" disabled={!nextAllowed(session)} onClick={() => dispatch({ type: 'next' })}>
            {t('lesson.next')}
          </button>
        )}
        {session.runner.finished && <button type="button" onClick={restartLesson}>{t('lesson.again')}</button>}
        {session.runner.finished && <a className="button primary" href="#/">{t('lesson.home')}</a>}
      </nav>
    </section>
  );
}

/** Inside the step's Suspense: once the step is drawn in 3D too (firstStep.ts), fetches the lesson's other step types' DOM code. */
function PreloadDoms({ lesson }: { lesson: Lesson }) {
  useEffect(() => afterFirstStep(() => preloadStepDoms(lesson.steps.map((s) => s.type))), [lesson]);
  return null;
}
