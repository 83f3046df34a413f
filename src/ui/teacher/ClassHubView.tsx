import { useState } from 'react';
import { useStore } from 'zustand';
import { PROBLEM_TEXT, type DeskSync } from '../../app/classroomDesk.ts';
import { useTranslation } from '../../i18n/react.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { ConductPanel } from './ConductPanel.tsx';
import { clockTime } from './live.ts';
import { LiveTable } from './LiveTable.tsx';
import { PledgeWall } from './PledgeWall.tsx';
import type { ClassHub } from './useClassHub.ts';

/**
 * The desk's live class: without a hub, a sentence (the file import and export below are the way);
 * on another computer, the teacher secret; connected, the live table, conducting and the pledge wall.
 */
export function ClassHubView({ hub, typeSecret, lessons, lang }: { hub: ClassHub; typeSecret(s: string): void; lessons: readonly Lesson[]; lang: Language }) {
  const { t } = useTranslation('live');
  if (hub.kind === 'checking') return null;
  return (
    <section className="live-class" aria-labelledby="live-title">
      <h2 id="live-title">{t('title')}</h2>
      {hub.kind === 'none' && <p className="notice" data-no-hub>{t('noHub')}</p>}
      {hub.kind === 'secret' && <SecretForm problem={hub.problem ? PROBLEM_TEXT[hub.problem][lang] : null} onSecret={typeSecret} />}
      {hub.kind === 'live' && <Live sync={hub.sync} secret={hub.onLaptop ? hub.secret : null} lessons={lessons} lang={lang} />}
    </section>
  );
}

function SecretForm({ problem, onSecret }: { problem: string | null; onSecret(s: string): void }) {
  const { t } = useTranslation('live');
  const [value, setValue] = useState('');
  return (
    <form className="secret-form" onSubmit={(e) => { e.preventDefault(); if (value.trim()) onSecret(value); }}>
      <p>{t('secretAsk')}</p>
      {problem && <p role="alert" className="error">{problem}</p>}
      <label>{t('secretLabel')} <input value={value} autoComplete="off" spellCheck={false} onChange={(e) => setValue(e.target.value)} /></label>
      <button type="submit" className="primary">{t('secretConnect')}</button>
    </form>
  );
}

function Live({ sync, secret, lessons, lang }: { sync: DeskSync; secret: string | null; lessons: readonly Lesson[]; lang: Language }) {
  const { t } = useTranslation('live');
  const connection = useStore(sync.store, (s) => s.connection);
  const catchingUp = useStore(sync.store, (s) => s.catchingUp);
  const problem = useStore(sync.store, (s) => s.problem);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [showSecret, setShowSecret] = useState(false);
  const onPick = (id: string, on: boolean) => setPicked((p) => { const n = new Set(p); if (on) n.add(id); else n.delete(id); return n; });
  return (
    <>
      {connection.kind !== 'online' && (
        <p role="status" className="meta" data-hub-connection={connection.kind}>
          {connection.kind === 'offline' ? t('offline', { since: clockTime(connection.since, lang) }) : t('connecting')}
        </p>
      )}
      {connection.kind === 'online' && catchingUp && <p role="status" className="meta">{t('catchingUp')}</p>}
      {problem && problem !== 'bad-secret' && <p role="alert" className="error">{t('problem', { text: PROBLEM_TEXT[problem][lang] })}</p>}
      <LiveTable sync={sync} lessons={lessons} lang={lang} picked={picked} onPick={onPick} />
      <div className="live-tools">
        <ConductPanel sync={sync} lessons={lessons} lang={lang} picked={picked} />
        <PledgeWall sync={sync} lessons={lessons} lang={lang} />
      </div>
      {secret && (
        <p className="meta secret">
          <button type="button" className="quiet" aria-expanded={showSecret} onClick={() => setShowSecret((s) => !s)}>{t(showSecret ? 'secretHide' : 'secretShow')}</button>
          {showSecret && <> <code>{secret}</code> {t('secretNote')}</>}
        </p>
      )}
    </>
  );
}
