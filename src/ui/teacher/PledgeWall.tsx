import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { DeskSync, PledgeCount } from '../../app/classroomDesk.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonTitle, pledgeLabel } from '../../app/desk.ts';

/**
 * The class's pledges as students make them (the hub counts each student's latest run), per lesson,
 * most pledged first. "Show on the projector" fills the screen with large text; nicknames stay hidden
 * unless the teacher shows them.
 */
export function PledgeWall({ sync, lessons, lang }: { sync: DeskSync; lessons: readonly Lesson[]; lang: Language }) {
  const { t } = useTranslation('live');
  const pledges = useStore(sync.store, (s) => s.pledges);
  const [names, setNames] = useState(false);
  const [projector, setProjector] = useState(false);
  const walls = Object.entries(pledges).filter(([, entries]) => entries.length > 0);
  const body = walls.length === 0 ? <p>{t('wallEmpty')}</p> : walls.map(([lessonId, entries]) => (
    <Wall key={lessonId} title={lessonTitle(lessons, lessonId, lang)} entries={entries} label={(e) => pledgeLabel(lessons.find((l) => l.id === lessonId), e.choice, lang)} names={names} />
  ));
  const toggle = <label className="wall-names"><input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} /> {t('wallNames')}</label>;
  return (
    <section className="pledge-wall desk-box" aria-labelledby="wall-title">
      <h3 id="wall-title">{t('wallTitle')}</h3>
      <div className="row">
        <button type="button" onClick={() => setProjector(true)}>{t('wallShow')}</button>
        {toggle}
      </div>
      {body}
      {projector && (
        <Projector title={t('wallTitle')} close={t('wallClose')} onClose={() => setProjector(false)}>
          {toggle}
          {body}
        </Projector>
      )}
    </section>
  );
}

function Wall({ title, entries, label, names }: { title: string; entries: PledgeCount[]; label(e: PledgeCount): string; names: boolean }) {
  const { t } = useTranslation('live');
  const most = Math.max(...entries.map((e) => e.count));
  return (
    <div className="wall">
      <h4>{title}</h4>
      <ol className="pledge-counts">
        {entries.map((e) => (
          <li key={`${e.stepId}:${e.key}`} data-pledge={e.key}>
            <span className="bar" style={{ width: `${(e.count / most) * 100}%` }} aria-hidden="true" />
            <span className="what">{label(e)}</span> <strong className="count">{t('wallCount', { count: e.count })}</strong>
            {names && e.nicknames.length > 0 && <span className="who">{e.nicknames.join(', ')}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The whole screen, large text, for the classroom projector; Escape or Close leaves it. */
function Projector({ title, close, onClose, children }: { title: string; close: string; onClose(): void; children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.focus();
    const key = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [onClose]);
  return (
    <div className="projector" role="dialog" aria-modal="true" aria-label={title} tabIndex={-1} ref={root}>
      <div className="projector-head">
        <h2>{title}</h2>
        <button type="button" onClick={onClose}>{close}</button>
      </div>
      {children}
    </div>
  );
}
