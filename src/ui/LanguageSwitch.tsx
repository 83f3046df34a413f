import { useTranslation } from '../i18n/react.ts';
import { chooseLanguage } from '../app/language.ts';
import { LANGUAGES, type Language } from '../lesson/constants.ts';
import { useApp } from './hooks.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useApp((s) => s.lang);
  const choose = (l: Language) => void chooseLanguage(l);
  return (
    <div role="group" aria-label={t('lang.label')} className="lang">
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => choose(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
