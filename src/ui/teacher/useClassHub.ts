import { useCallback, useEffect, useState } from 'react';
import { connectClassDesk, hubHere, teacherSecretHere, type DeskSync, type ProblemCode } from '../../app/classroomDesk.ts';
import type { ProgressStore } from '../../app/desk.ts';

/**
 * The desk and the laptop's class hub:
 * - checking: asking /classroom.json whether this page came from the laptop's server;
 * - none: a static host or a file: the desk works as it always did (file import and export);
 * - secret: a desk on another computer (the hub gives the secret only to the laptop itself), or a
 *   secret the hub refused: the teacher types it;
 * - live: connected (or reconnecting: the sync's own store says which).
 */
export type ClassHub =
  | { kind: 'checking' }
  | { kind: 'none' }
  | { kind: 'secret'; problem: ProblemCode | null }
  | { kind: 'live'; sync: DeskSync; secret: string; onLaptop: boolean };

const KEY = 'climatexr.hub.secret';
const kept = {
  get: () => { try { return sessionStorage.getItem(KEY); } catch { return null; } },
  set: (s: string | null) => { try { if (s) sessionStorage.setItem(KEY, s); else sessionStorage.removeItem(KEY); } catch { /* this tab only */ } },
};

/**
 * Connects the desk to the hub (the sync code and socket.io-client load only then): the class's
 * events fold into this desk's store through the idempotent import (results appear with no file),
 * a student's deletion and "delete everything" reach it, and it asks only for what is past the seq it
 * holds per device. Closed when the desk is locked or left.
 */
export function useClassHub(store: ProgressStore): { hub: ClassHub; typeSecret(secret: string): void } {
  const [hub, setHub] = useState<ClassHub>({ kind: 'checking' });
  // A new object each time, so typing the same secret again tries again.
  const [typed, setTyped] = useState<{ secret: string } | null>(null);
  useEffect(() => {
    let live = true;
    let sync: DeskSync | null = null;
    void (async () => {
      if (!(await hubHere())) return live && setHub({ kind: 'none' });
      const fromLaptop = await teacherSecretHere();
      const secret = typed?.secret ?? fromLaptop ?? kept.get();
      if (!live) return;
      if (!secret) return setHub({ kind: 'secret', problem: null });
      sync = await connectClassDesk(store, secret);
      if (!live) return sync.close();
      const s = sync;
      s.store.subscribe((state) => {
        if (state.problem !== 'bad-secret' || !live) return;
        kept.set(null);
        s.close();
        setHub({ kind: 'secret', problem: 'bad-secret' });
      });
      if (typed) kept.set(typed.secret);
      setHub({ kind: 'live', sync: s, secret, onLaptop: fromLaptop !== null });
    })();
    return () => {
      live = false;
      sync?.close();
    };
  }, [store, typed]);
  const typeSecret = useCallback((secret: string) => setTyped({ secret: secret.trim() }), []);
  return { hub, typeSecret };
}
