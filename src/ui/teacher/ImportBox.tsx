import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { ProgressStore } from '../../app/desk.ts';

/** The largest file read: a whole class's raw log is ~200 MB. */
export const MAX_IMPORT_MB = 512;

/** Merges files exported from headsets (several at once). The files are parsed as data and checked, never run. */
export function ImportBox({ store }: { store: ProgressStore }) {
  const { t } = useTranslation('teacher');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [now, setNow] = useState<{ file: string; index: number; count: number; percent: number } | null>(null);

  async function importFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (!files.length) return;
    setBusy(true);
    const out: string[] = [];
    for (const [i, file] of files.entries()) {
      const at = { file: file.name, index: i + 1, count: files.length };
      setNow({ ...at, percent: 0 });
      if (file.size > MAX_IMPORT_MB * 2 ** 20) {
        out.push(`${file.name}: ${t('import_large', { mb: MAX_IMPORT_MB })}`);
        continue;
      }
      try {
        // At most once per whole percent (the store says so), never per frame.
        const r = await store.importNative(await file.text(), { onProgress: (f) => setNow({ ...at, percent: Math.round(f * 100) }) });
        if (!r.ok) out.push(`${file.name}: ${t(`import_${r.problem}`)}`);
        else {
          out.push(`${file.name}: ${t('imported', { added: r.added, duplicates: r.duplicates })}`);
          if (r.invalid + r.conflicts + r.deleted > 0) out.push(t('importSkipped', { invalid: r.invalid, conflicts: r.conflicts, deleted: r.deleted }));
        }
      } catch {
        out.push(`${file.name}: ${t('lostAction', { ns: 'progress' })}`);
      }
      setMessages([...out]);
    }
    setMessages(out);
    setNow(null);
    setBusy(false);
  }

  return (
    <fieldset className="desk-box">
      <legend>{t('importTitle')}</legend>
      <label htmlFor={id} className="button">{busy ? t('importing') : t('importFile')}</label>
      <input id={id} className="file" type="file" accept=".json,application/json" multiple disabled={busy} onChange={(e) => void importFiles(e)} />
      {now && (
        <p className="meta import-progress">
          {t('importingFile', { file: now.file, index: now.index, count: now.count, percent: now.percent })}{' '}
          <progress max={100} value={now.percent} aria-hidden="true" />
        </p>
      )}
      <ul role="status" className="meta messages">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
    </fieldset>
  );
}
