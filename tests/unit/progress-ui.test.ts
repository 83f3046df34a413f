import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { createElement, type FunctionComponent } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressEn } from '../../src/i18n/progress-en.ts';
import { progressKo } from '../../src/i18n/progress-ko.ts';
import { createProgressStore, type ProgressStore } from '../../src/progress/index.ts';
import { ProfilePicker } from '../../src/ui/profile/ProfilePicker.tsx';
import { PersistenceNotice, SaveStatus } from '../../src/ui/profile/SaveStatus.tsx';
import TeacherDesk from '../../src/ui/teacher/TeacherDesk.tsx';
import { commuteLesson } from '../fixtures/progress/lessons.ts';

// A first render of each component in Node (no DOM): it mounts, and its words come from the bundles.
let store: ProgressStore;
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'ko', resources: { ko: progressKo, en: progressEn }, interpolation: { escapeValue: false } });
  store = await createProgressStore({ name: 'ui' });
});
afterAll(() => store.close());

const render = <P extends object>(node: FunctionComponent<P>, props: P) =>
  renderToString(createElement(I18nextProvider, { i18n }, createElement(node, props)));

describe('progress components render in both languages', () => {
  it('the profile picker', async () => {
    await i18n.changeLanguage('ko');
    expect(render(ProfilePicker, { store, onPick: () => {} })).toContain('누구인가요?');
    await i18n.changeLanguage('en');
    const html = render(ProfilePicker, { store, onPick: () => {} });
    expect(html).toContain('Who are you?');
    expect(html).toContain('Do not use your real name');
  });

  it('the save status and the persistence notice', async () => {
    await i18n.changeLanguage('ko');
    expect(render(SaveStatus, { store })).toContain('저장됨');
    expect(render(PersistenceNotice, { persistence: 'refused' })).toContain('영구 저장을 거절');
    expect(render(PersistenceNotice, { persistence: 'granted' })).toBe('');
  });

  it('the teacher desk starts behind its lock', async () => {
    await i18n.changeLanguage('en');
    expect(render(TeacherDesk, { store, lessons: [commuteLesson()] })).toContain('Loading…');
  });
});
