import { connectDevice, type DeviceSync } from '../classroom/sync.ts';
import type { Announce, ConductState } from '../hub/protocol.ts';
import { catalog } from './catalog.ts';
import { classroomActions, classroomStore } from './classroomState.ts';
import { setTeacherPaused } from './pause.ts';
import { profileStore, progressLog } from './progressLog.ts';
import { lessonHref, parseRoute } from './route.ts';
import { appStore } from './store.ts';
import { stepPosition } from './views/stepPosition.ts';

/**
 * This headset in the class (loaded only when the laptop's server has a hub: classroomState.ts): the
 * sync core on the page's progress log, where the student is (announced on every step, never per
 * frame), "delete my data" passed on, and what the teacher's commands hold mirrored into
 * `classroomStore` (pause, pace, lesson, hand) for the app store's gate and the views.
 */
export async function startClassroom(): Promise<DeviceSync> {
  const store = await progressLog();
  const { outbox } = await store.hub();
  const sync = connectDevice({ outbox });

  // "Also on the teacher's laptop" at once; "on this device" only if it lasts: each write is briefly ahead
  // of the laptop's acknowledgement, and the indicator should not blink on every step.
  let behind: ReturnType<typeof setTimeout> | null = null;
  const laptop = (on: boolean) => {
    if (on) {
      if (behind) clearTimeout(behind);
      behind = null;
      if (!classroomStore.getState().onLaptop) classroomStore.setState({ onLaptop: true });
    } else behind ??= setTimeout(() => { behind = null; classroomStore.setState({ onLaptop: sync.store.getState().onLaptop }); }, 2000);
  };
  sync.store.subscribe((s, before) => {
    classroomStore.setState({ hub: s.connection.kind === 'online' ? 'online' : 'offline', paused: s.state.paused, pace: s.state.pace, lesson: s.state.lesson, hand: s.hand, laptopFull: s.problem === 'storage-full' });
    laptop(s.onLaptop);
    setTeacherPaused(s.state.paused);
    if (JSON.stringify(s.state.lesson) !== JSON.stringify(before.state.lesson)) openTarget(s.state);
  });
  classroomStore.setState({ hub: 'offline' });
  classroomActions.hand = (up) => (up ? sync.raiseHand() : sync.lowerHand());

  // Where the student is: on every change of step, lesson, student, language or finishing.
  let said = '';
  let since: { at: string; ms: number } | null = null;
  const announce = () => {
    const { session, lang } = appStore.getState();
    const profileId = profileStore.getState().profile?.id ?? null;
    const pos = session && stepPosition(session.lesson, session.runner);
    const a: Omit<Announce, 'sentAt' | 'stepSince'> = {
      profileId, lessonId: session?.lesson.id ?? null, lang, course: session?.runner.ageBand ?? null, stepId: session?.runner.stepId ?? null,
      stepN: pos ? pos.n : null, stepCount: pos ? pos.total : null, finished: session?.runner.finished ?? false,
    };
    const key = JSON.stringify(a);
    if (key === said) return;
    said = key;
    const at = `${profileId}|${a.lessonId}|${a.stepId}`;
    if (since?.at !== at) since = { at, ms: Date.now() };
    sync.announce({ ...a, stepSince: a.stepId === null ? null : since.ms });
  };
  appStore.subscribe(announce);
  profileStore.subscribe(announce);
  announce();

  // "Delete my data" of a student made here reaches the laptop too (now, or at the next connection).
  const mine = new Set((await outbox.profiles()).map((p) => p.id));
  store.onChange((m) => {
    if (m.type === 'profiles') void outbox.profiles().then((list) => { for (const p of list) mine.add(p.id); });
    if (m.type === 'deleted-profile' && mine.delete(m.profileId)) sync.forget(m.profileId);
  });
  return sync;
}

/**
 * The teacher sent this device to a lesson: open it in its language (the route's `?lang=`), unless it
 * is open already. The lesson screen takes the course for a fresh start, and each student's saved
 * progress as always. A page on the teacher's desk is never taken away from it.
 */
function openTarget(state: ConductState): void {
  const target = state.lesson;
  if (!target) return;
  const route = parseRoute(location.hash);
  if (route.name === 'teacher') return;
  const path = routeOf(target.id);
  if (!path || (route.name === 'lesson' && route.id === path && appStore.getState().lang === target.lang)) return;
  location.hash = lessonHref(path, target.lang);
}

/**
 * A lesson's route from its id: the file is named after the id (the checker warns otherwise), at the
 * top of lessons/ or in a folder of it (examples/…). Null for a lesson this app does not have.
 */
export function routeOf(lessonId: string): string | null {
  return (catalog.find((e) => e.id === lessonId) ?? catalog.find((e) => e.id.endsWith(`/${lessonId}`)))?.id ?? null;
}
