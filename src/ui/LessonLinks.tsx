import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.ts';
import { classroomBase } from '../app/classroom.ts';
import { lessonHref } from '../app/route.ts';
import type { Lesson } from '../lesson/schema.ts';
import { pick } from '../lesson/text.ts';
import { useApp } from './hooks.ts';
import { QrCode } from './QrCode.tsx';

/** For the teacher: each lesson's address and QR code, to open it on a headset or phone. */
export function LessonLinks({ lessons }: { lessons: { id: string; lesson: Lesson }[] }) {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const [base, setBase] = useState<string | null>(null);
  useEffect(() => {
    void classroomBase().then(setBase);
  }, []);
  if (!base) return null;
  return (
    <section className="lesson-links" aria-labelledby="lesson-links">
      <h2 id="lesson-links">{t('teacherLinks.title')}</h2>
      <p>{t('teacherLinks.intro')}</p>
      {!base.startsWith('https://') && !/^http:\/\/(localhost|127\.0\.0\.1)/.test(base) && <p className="notice">{t('teacherLinks.notHttps')}</p>}
      <ul className="qr-list">
        {lessons.map(({ id, lesson }) => {
          // A lesson written English-first (the officials' water course) opens in English; others in the device's language.
          const first = lesson.languages[0];
          const url = `${base}${lessonHref(id, first && first !== 'ko' ? first : undefined)}`;
          const title = pick(lesson.title, lang);
          return (
            <li key={id}>
              <QrCode text={url} label={t('teacherLinks.qr', { title })} />
              <p><strong>{title}</strong><br /><code>{url}</code></p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
