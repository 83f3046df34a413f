import { useState } from 'react';
import { useStore } from 'zustand';
import { classSteps, nextClassStep } from '../../app/conduct.ts';
import { holdsFor, type ConductPatch, type ConductState, type DeskSync, type Target } from '../../app/classroomDesk.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { AgeBand, Language } from '../../lesson/constants.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { lessonTitle } from '../../app/desk.ts';
import { stepTitle } from './live.ts';

export interface ConductPanelProps {
  sync: DeskSync;
  lessons: readonly Lesson[];
  lang: Language;
  /** The headsets ticked in the live table (for a new group). */
  picked: ReadonlySet<string>;
}

const parseTarget = (v: string): Target =>
  v.startsWith('group:') ? { kind: 'group', name: v.slice(6) } : v.startsWith('device:') ? { kind: 'device', deviceId: v.slice(7) } : { kind: 'class' };

/**
 * Conducting: pause and resume, send to a lesson (language and course), teacher-paced mode with the
 * step open to the class, and back to self-paced; to the whole class, a group or one headset. Each
 * is a state the hub keeps (hub/conduct.ts), so the panel shows what holds now for the chosen target.
 */
export function ConductPanel({ sync, lessons, lang, picked }: ConductPanelProps) {
  const { t } = useTranslation('live');
  const conduct = useStore(sync.store, (s) => s.conduct);
  const devices = useStore(sync.store, (s) => s.devices);
  const [targetKey, setTargetKey] = useState('class');
  const [message, setMessage] = useState('');
  const target = parseTarget(targetKey);
  const groups = Object.entries(conduct?.groups ?? {});
  // What holds now for the target (a headset: the hub's own answer, in its presence).
  const holds: ConductState | null = target.kind === 'device' ? (devices[target.deviceId]?.state ?? null) : conduct && holdsFor(conduct, target);

  // Until the teacher picks one: the lesson most headsets are in, else the first.
  const [picking, setLessonId] = useState<string | null>(null);
  const lessonId = picking ?? mostPlayed(Object.values(devices).map((d) => d.lessonId), lessons) ?? lessons[0]?.id ?? '';
  const lesson = lessons.find((l) => l.id === lessonId);
  const [lessonLang, setLessonLang] = useState<Language>(lang);
  const [course, setCourse] = useState<AgeBand | null>(null);
  const band: AgeBand | null = course && lesson?.ageBands.includes(course) ? course : (lesson?.ageBands[0] ?? null);
  const langs = lesson?.languages ?? ['ko', 'en'];
  const useLang: Language = langs.includes(lessonLang) ? lessonLang : langs[0]!;
  const steps = lesson ? classSteps(lesson, band) : [];
  const [stepId, setStepId] = useState('');
  const openStep = steps.some((s) => s.id === stepId) ? stepId : (steps[0]?.id ?? '');

  const send = async (set: ConductPatch) => {
    setMessage('');
    if (await sync.command(target, set)) setMessage(t('sent'));
  };
  const pace = holds?.pace;
  const pacedLesson = pace?.mode === 'teacher' ? lessons.find((l) => l.id === pace.lessonId) : undefined;
  const nextStep = () => {
    if (pace?.mode !== 'teacher' || !pacedLesson) return;
    const next = nextClassStep(pacedLesson, holds?.lesson?.id === pacedLesson.id ? holds.lesson.course : band, pace.stepId);
    if (next) void send({ pace: { mode: 'teacher', lessonId: pacedLesson.id, stepId: next } });
    else setMessage(t('paceEnd'));
  };

  const describe = (s: ConductState): string => {
    const parts: string[] = [];
    if (s.paused) parts.push(t('nowPaused'));
    if (s.lesson) parts.push(t('nowLesson', { title: lessonTitle(lessons, s.lesson.id, lang), lang: t(`lang.${s.lesson.lang}`, { ns: '' }), course: t(`home.ages.${s.lesson.course}`, { ns: '' }) }));
    const p = s.pace;
    if (p.mode === 'teacher') {
      const l = lessons.find((x) => x.id === p.lessonId);
      const n = l ? classSteps(l, s.lesson?.id === l.id ? s.lesson.course : null).findIndex((x) => x.id === p.stepId) + 1 : 0;
      parts.push(t('nowPace', { n, title: stepTitle(l, p.stepId, lang) }));
    }
    return parts.length ? parts.join(' · ') : t('nowFree');
  };
  const targetName = targetKey === 'class' ? t('targetClass') : target.kind === 'group' ? t('targetGroup', { name: target.name }) : t('targetDevice', { name: devices[(target as { deviceId: string }).deviceId]?.nickname ?? t('noName') });

  const [groupName, setGroupName] = useState('');
  const makeGroup = async () => {
    const name = groupName.trim();
    if (!name) return;
    if (!picked.size) return setMessage(t('groupPickFirst'));
    if (await sync.group(name, [...picked])) {
      setMessage(t('sent'));
      setGroupName('');
    }
  };

  return (
    <section className="conduct desk-box" aria-labelledby="conduct-title">
      <h3 id="conduct-title">{t('conductTitle')}</h3>
      <label>{t('target')}{' '}
        <select value={targetKey} onChange={(e) => setTargetKey(e.target.value)}>
          <option value="class">{t('targetClass')}</option>
          {groups.map(([name]) => <option key={name} value={`group:${name}`}>{t('targetGroup', { name })}</option>)}
          {Object.values(devices).map((d) => <option key={d.deviceId} value={`device:${d.deviceId}`}>{t('targetDevice', { name: d.nickname ?? t('noName') })}</option>)}
        </select>
      </label>
      {holds && <p className="meta" data-conduct-now>{t('now', { target: targetName, state: describe(holds) })}</p>}
      <div className="buttons row">
        {/* The one that changes what holds now is the prominent one. */}
        <button type="button" className={holds?.paused ? '' : 'primary'} onClick={() => void send({ paused: true })}>{t('pause')}</button>
        <button type="button" className={holds?.paused ? 'primary' : ''} onClick={() => void send({ paused: false })}>{t('resume')}</button>
      </div>
      <div className="row">
        <label>{t('lessonLabel')}{' '}
          <select value={lessonId} onChange={(e) => setLessonId(e.target.value)}>
            {lessons.map((l) => <option key={l.id} value={l.id}>{lessonTitle(lessons, l.id, lang)}</option>)}
          </select>
        </label>
        <label>{t('langLabel')}{' '}
          <select value={useLang} onChange={(e) => setLessonLang(e.target.value as Language)}>
            {langs.map((l) => <option key={l} value={l}>{t(`lang.${l}`, { ns: '' })}</option>)}
          </select>
        </label>
        <label>{t('courseLabel')}{' '}
          <select value={band ?? ''} onChange={(e) => setCourse(e.target.value as AgeBand)}>
            {(lesson?.ageBands ?? []).map((b) => <option key={b} value={b}>{t(`home.ages.${b}`, { ns: '' })}</option>)}
          </select>
        </label>
        <button type="button" disabled={!lesson || !band} onClick={() => band && void send({ lesson: { id: lessonId, lang: useLang, course: band } })}>{t('sendLesson')}</button>
      </div>
      <fieldset className="row">
        <legend>{t('paceTitle')}</legend>
        <label>{t('paceStep')}{' '}
          <select value={openStep} onChange={(e) => setStepId(e.target.value)}>
            {steps.map((s, i) => <option key={s.id} value={s.id}>{`${i + 1}. ${stepTitle(lesson, s.id, lang)}`}</option>)}
          </select>
        </label>
        <button type="button" disabled={!openStep} onClick={() => void send({ pace: { mode: 'teacher', lessonId, stepId: openStep } })}>{t('paceTeacher')}</button>
        <button type="button" disabled={pace?.mode !== 'teacher'} onClick={nextStep}>{t('nextStep')}</button>
        <button type="button" disabled={pace?.mode !== 'teacher'} onClick={() => void send({ pace: { mode: 'self' } })}>{t('paceSelf')}</button>
      </fieldset>
      <fieldset className="row">
        <legend>{t('groupTitle')}</legend>
        <label>{t('groupName')} <input value={groupName} maxLength={40} onChange={(e) => setGroupName(e.target.value)} /></label>
        <button type="button" disabled={!groupName.trim()} onClick={() => void makeGroup()}>{t('groupMake')}</button>
        {groups.map(([name]) => (
          <button key={name} type="button" className="quiet" onClick={() => void sync.group(name, [])}>{t('groupRemove', { name })}</button>
        ))}
      </fieldset>
      <p role="status" className="meta">{message}</p>
    </section>
  );
}

function mostPlayed(ids: (string | null)[], lessons: readonly Lesson[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) if (id && lessons.some((l) => l.id === id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
