import { describe, expect, test, vi } from 'vitest';
import { currentLanguage, initI18n, onLanguageChange, setI18nLanguage, translate } from './index.ts';

describe('the page language', () => {
  test('strings come in the chosen language once loaded; listeners hear each change once', async () => {
    await initI18n('ko');
    expect(translate('home.title')).toBe('수업 목록');
    const heard: string[] = [];
    const off = onLanguageChange(() => heard.push(currentLanguage()));
    await setI18nLanguage('en');
    expect(translate('home.title')).toBe('Lessons');
    expect(translate('title', undefined, 'home', 'ko')).toBe('수업 목록');
    await setI18nLanguage('en');
    off();
    await setI18nLanguage('ko');
    expect(heard).toEqual(['en']);
  });

  test('when a student switches twice quickly, the last choice wins', async () => {
    // A fresh page with Korean loaded: English still has to be fetched when the student taps it,
    // then taps Korean again before it arrives.
    vi.resetModules();
    const page = await import('./index.ts');
    await page.initI18n('ko');
    const toEnglish = page.setI18nLanguage('en');
    const backToKorean = page.setI18nLanguage('ko');
    await Promise.all([toEnglish, backToKorean]);
    expect(page.currentLanguage()).toBe('ko');
    expect(page.translate('home.title')).toBe('수업 목록');
  });
});
