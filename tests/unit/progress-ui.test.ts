import 'fake-indexeddb/auto';
import { createElement, type FunctionComponent } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n, loadDeskStrings, setI18nLanguage } from '../../src/i18n/index.ts';
import { createProgressStore, type ProgressStore } from '../../src/progress/index.ts';
import { ProfilePicker } from '../../src/ui/profile/ProfilePicker.tsx';
import { PersistenceNotice, SaveStatus } from '../../src/ui/profile/SaveStatus.tsx';
import TeacherDesk from '../../src/ui/teacher/TeacherDesk.tsx';
import { commuteLesson } from '../../scripts/bench/class/lessons.ts';

// A first render of each component in Node (no DOM): it mounts, and its words come from the bundles.
let store: ProgressStore;
beforeAll(async () => {
  await initI18n('ko');
  await loadDeskStrings();
  store = await createProgressStore({ name: 'ui' });
});
afterAll(() => store.close());

const render = <P extends object>(node: FunctionComponent<P>, props: P) =>
  renderToString(createElement(node, props));

describe('progress components render in both languages', () => {
  it('the profile picker', async () => {
    await setI18nLanguage('ko');
    expect(render(ProfilePicker, { store, onPick: () => {} })).toContain('누구인가요?');
    await setI18nLanguage('en');
    const html = render(ProfilePicker, { store, onPick: () => {} });
    expect(html).toContain('Who are you?');
    expect(html).toContain('Do not use your real name');
  });

  it('the save status and the persistence notice', async () => {
    await setI18nLanguage('ko');
    expect(render(SaveStatus, { store })).toContain('저장됨');
    expect(render(PersistenceNotice, { persistence: 'refused' })).toContain('영구 저장을 거절');
    expect(render(PersistenceNotice, { persistence: 'granted' })).toBe('');
  });

  it('the teacher desk starts behind its lock', async () => {
    await setI18nLanguage('en');
    expect(render(TeacherDesk, { store, lessons: [commuteLesson()] })).toContain('Loading…');
  });
});
