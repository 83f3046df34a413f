import { useStore } from 'zustand';
import { classroomActions, classroomStore } from '../../app/classroomState.ts';
import { useTranslation } from '../../i18n/react.ts';
import './classroom.css';

/** Raise or lower a hand for the teacher's desk (a class with the laptop's hub; loaded only there). */
export default function HandButton() {
  const { t } = useTranslation('classroom');
  const up = useStore(classroomStore, (c) => c.hand);
  return (
    <p className="hand">
      <button type="button" aria-pressed={up} onClick={() => classroomActions.hand(!up)}>{t(up ? 'lowerHand' : 'raiseHand')}</button>
      {up && <span role="status"> {t('handUp')}</span>}
    </p>
  );
}
