import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findEntry, loadEntry, type LoadedEntry } from '../app/catalog.ts';
import { closeLesson, openLesson, replaceLesson } from '../app/store.ts';
import type { Lesson } from '../lesson/schema.ts';
import { pick } from '../lesson/text.ts';
import type { AgeBand } from '../runner/types.ts';
import { ResilientStage } from '../scene/ResilientStage.tsx';
import { useApp } from './hooks.ts';
import { ProblemList } from './ProblemList.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { StepPanel } from './StepPanel.tsx';
import { useLivePreview } from './useLivePreview.ts';
import { VRButton } from './VRButton.tsx';

/** One lesson: the 3D view, the DOM panel with the same step, and the Enter-VR button. */
export function LessonScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const session = useApp((s) => s.session);
  const [entry, setEntry] = useState<LoadedEntry | null | 'missing'>(null);
  const [band, setBand] = useState<AgeBand | null>(null);

  useEffect(() => {
    const found = findEntry(id);
    if (!found) return setEntry('missing');
    let live = true;
    void loadEntry(found).then((e) => live && setEntry(e));
    return () => {
      live = false;
      closeLesson();
    };
  }, [id]);

  useLivePreview(entry && entry !== 'missing' ? entry : null, (next) => {
    setEntry(next);
    if (next.result.ok) replaceLesson(next.result.lesson);
  });

  const lesson: Lesson | null = entry && entry !== 'missing' && entry.result.ok ? entry.result.lesson : null;
  const chosen = band ?? (lesson?.ageBands.length === 1 ? lesson.ageBands[0]! : null);
  useEffect(() => {
    if (lesson && chosen && session?.lesson.id !== lesson.id) openLesson(lesson, chosen);
  }, [lesson, chosen, session?.lesson.id]);

  if (entry === 'missing') return <p role="alert">{t('lesson.notFound', { id })} <a href="#/">{t('lesson.home')}</a></p>;
  if (!entry) return <p role="status">{t('home.loading')}</p>;
  if (!entry.result.ok) {
    return (
      <>
        <h1>{t('lesson.broken')}</h1>
        <ProblemList file={entry.file} problems={entry.result.problems} />
        <a href="#/">{t('lesson.home')}</a>
      </>
    );
  }
  const l = entry.result.lesson;
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
      <div className="stage">
        <ResilientStage label={t('lesson.view3d')} />
        <p className="hint">{t('lesson.lookHint')}</p>
      </div>
      <aside className="side">
        <header className="lesson-head">
          <h1>{pick(l.title, lang)}</h1>
          <VRButton />
        </header>
        {session && session.lesson.id === l.id && <StepPanel session={session} lang={lang} />}
        <SettingsPanel />
      </aside>
    </div>
  );
}
