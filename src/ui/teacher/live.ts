import type { DevicePresence, StuckReason } from '../../app/classroomDesk.ts';
import type { Language } from '../../lesson/common.ts';
import type { Lesson } from '../../lesson/schema.ts';
import { pick } from '../../lesson/text.ts';

/** A duration as the desk's clock shows it: 0:07, 12:30, 1:02:03. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** A moment of today by this computer's clock, e.g. 14:05. */
export function clockTime(ms: number, lang: Language): string {
  return new Date(ms).toLocaleTimeString(lang === 'ko' ? 'ko-KR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** The desk's rows in a fixed order (by nickname, then device), so a row never jumps while the teacher reads. */
export function deviceRows(devices: Record<string, DevicePresence>, lang: Language): DevicePresence[] {
  const collator = new Intl.Collator(lang);
  return Object.values(devices).sort((a, b) => collator.compare(a.nickname ?? '\uffff', b.nickname ?? '\uffff') || a.deviceId.localeCompare(b.deviceId));
}

/** A step's title in the lesson's words (its type's heading where it has one), else its id. */
export function stepTitle(lesson: Lesson | undefined, stepId: string, lang: Language): string {
  const step = lesson?.steps.find((s) => s.id === stepId);
  if (!step) return stepId;
  const s = pick('title' in step ? step.title : step.type === 'quiz' ? step.question : undefined, lang);
  if (!s) return stepId;
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** The words for why the hub thinks a student is stuck: an i18n key of the `live` namespace and its values. */
export function stuckWords(r: StuckReason): { key: string; params: Record<string, number> } {
  if (r.kind === 'slow') return { key: 'stuck_slow', params: { minutes: Math.round(r.onStepMs / 60_000), median: Math.max(1, Math.round(r.medianMs / 60_000)) } };
  return { key: 'stuck_quiz-failed', params: {} };
}
