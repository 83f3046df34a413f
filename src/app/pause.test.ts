import { describe, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { holdWhilePaused, isPaused, type Playable } from './pause.ts';

function fakeMedia(playing: boolean) {
  const m = {
    paused: !playing,
    ended: false,
    plays: 0,
    pause() { m.paused = true; },
    play() { m.plays++; m.paused = false; return Promise.resolve(); },
  };
  return m satisfies Playable;
}
const newStore = () => createStore<{ pageHidden: boolean; xrBlurred: boolean }>(() => ({ pageHidden: false, xrBlurred: false }));

describe('pause', () => {
  test('either a hidden page or the headset menu pauses', () => {
    expect(isPaused({ pageHidden: false, xrBlurred: false })).toBe(false);
    expect(isPaused({ pageHidden: true, xrBlurred: false })).toBe(true);
    expect(isPaused({ pageHidden: false, xrBlurred: true })).toBe(true);
  });

  test('playing audio pauses while hidden and resumes after', () => {
    const store = newStore();
    const m = fakeMedia(true);
    const off = holdWhilePaused(m, store);
    store.setState({ pageHidden: true });
    expect(m.paused).toBe(true);
    // The menu opening too changes nothing; both must clear before it plays again.
    store.setState({ xrBlurred: true });
    store.setState({ pageHidden: false });
    expect(m.paused).toBe(true);
    store.setState({ xrBlurred: false });
    expect(m.paused).toBe(false);
    expect(m.plays).toBe(1);
    off();
  });

  test('audio the student had stopped stays stopped', () => {
    const store = newStore();
    const m = fakeMedia(false);
    holdWhilePaused(m, store);
    store.setState({ pageHidden: true });
    store.setState({ pageHidden: false });
    expect(m.plays).toBe(0);
    expect(m.paused).toBe(true);
  });

  test('after cleanup nothing is played again', () => {
    const store = newStore();
    const m = fakeMedia(true);
    const off = holdWhilePaused(m, store);
    store.setState({ pageHidden: true });
    off();
    store.setState({ pageHidden: false });
    expect(m.plays).toBe(0);
  });

  test('attached while already paused: held from the start', () => {
    const store = newStore();
    store.setState({ xrBlurred: true });
    const m = fakeMedia(true);
    holdWhilePaused(m, store);
    expect(m.paused).toBe(true);
    store.setState({ xrBlurred: false });
    expect(m.paused).toBe(false);
  });

  test('the teacher\'s pause (classroom hub) holds a playing narration, and the resume plays it on from there', () => {
    const store = createStore<{ pageHidden: boolean; xrBlurred: boolean; teacherPaused: boolean }>(() => ({ pageHidden: false, xrBlurred: false, teacherPaused: false }));
    expect(isPaused({ pageHidden: false, xrBlurred: false, teacherPaused: true })).toBe(true);
    const m = fakeMedia(true);
    holdWhilePaused(m, store);
    store.setState({ teacherPaused: true });
    expect(m.paused).toBe(true);
    store.setState({ teacherPaused: false });
    expect(m.paused).toBe(false);
    expect(m.plays).toBe(1);
  });
});
