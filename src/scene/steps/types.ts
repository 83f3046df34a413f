import type { Session } from '../../app/store.ts';
import type { Language } from '../../lesson/common.ts';
import type { Step } from '../../lesson/schema.ts';

/** Every step component gets its step, the session and the language; it renders and forwards events. */
export interface StepSceneProps<S extends Step = Step> {
  step: S;
  session: Session;
  lang: Language;
}
