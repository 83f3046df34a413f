import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { DeskSync, DevicePresence } from '../../app/classroomDesk.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonTitle } from '../../app/desk.ts';
import { clockTime, deviceRows, duration, stepTitle, stuckWords } from './live.ts';

/** This computer's clock, ticking once a second while the live table shows (never per frame). */
function useSecond(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export interface LiveTableProps {
  sync: DeskSync;
  lessons: readonly Lesson[];
  lang: Language;
  picked: ReadonlySet<string>;
  onPick(deviceId: string, on: boolean): void;
}

/** One row per headset that has been in the class since the hub started: where each student is, now. */
export function LiveTable({ sync, lessons, lang, picked, onPick }: LiveTableProps) {
  const { t } = useTranslation('live');
  const devices = useStore(sync.store, (s) => s.devices);
  const rows = deviceRows(devices, lang);
  const now = useSecond();
  if (!rows.length) return <p>{t('noDevices')}</p>;
  return (
    <>
      <p className="meta">{t('devices', { count: rows.length, online: rows.filter((d) => d.online).length })}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('caption')}>
        <table className="desk-table live-table">
          <caption className="sr">{t('caption')}</caption>
          <thead>
            <tr>
              {(['pick', 'student', 'lesson', 'step', 'course', 'time', 'finished', 'connection', 'hand', 'stuck'] as const).map((c) => <th scope="col" key={c}>{t(`col_${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => <Row key={d.deviceId} d={d} now={now} lessons={lessons} lang={lang} sync={sync} picked={picked.has(d.deviceId)} onPick={onPick} />)}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Row({ d, now, lessons, lang, sync, picked, onPick }: { d: DevicePresence; now: number; lessons: readonly Lesson[]; lang: Language; sync: DeskSync; picked: boolean; onPick(id: string, on: boolean): void }) {
  const { t } = useTranslation('live');
  const lesson = lessons.find((l) => l.id === d.lessonId);
  const name = d.nickname ?? t('noName');
  const step = d.stepId === null ? '' : d.stepN !== null && d.stepCount !== null
    ? t('stepOf', { n: d.stepN, total: d.stepCount, title: stepTitle(lesson, d.stepId, lang) })
    : stepTitle(lesson, d.stepId, lang);
  return (
    <tr data-device={d.deviceId} className={[d.online ? 'online' : 'offline', d.hand ? 'hand' : '', d.stuck.length ? 'stuck' : ''].join(' ')}>
      <td><input type="checkbox" checked={picked} aria-label={t('pick', { name })} onChange={(e) => onPick(d.deviceId, e.target.checked)} /></td>
      <th scope="row">
        {name}
        {d.state.paused && <span className="tag">{t('state_paused')}</span>}
        {d.state.pace.mode === 'teacher' && <span className="tag">{t('state_teacher')}</span>}
      </th>
      <td>{d.lessonId === null ? <span className="meta">{t('home')}</span> : lessonTitle(lessons, d.lessonId, lang)}</td>
      <td data-col="step">{step}</td>
      <td>{d.course ? t(`home.ages.${d.course}`, { ns: '' }) : ''}</td>
      <td data-col="time">{d.stepSince === null || d.finished ? '' : duration(now - d.stepSince)}</td>
      <td data-col="finished">{d.lessonId === null ? '' : t(d.finished ? 'finished' : 'notFinished')}</td>
      <td data-col="connection">{t(d.online ? 'online' : 'offlineSince', { since: clockTime(d.since, lang) })}</td>
      <td data-col="hand">
        {d.hand && (
          <>
            <span className="hand-up">{t('handUp', { since: clockTime(d.handSince ?? d.since, lang) })}</span>{' '}
            <button type="button" aria-label={t('lowerHand', { name })} onClick={() => void sync.lowerHand(d.deviceId)}>{t('lowerHandShort')}</button>
          </>
        )}
      </td>
      <td data-col="stuck">{d.stuck.map((r) => { const w = stuckWords(r); return <span key={`${r.kind}:${r.stepId}`} className="stuck-why">{t(w.key, w.params)}</span>; })}</td>
    </tr>
  );
}
