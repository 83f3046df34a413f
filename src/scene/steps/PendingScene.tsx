import type { Step } from '../../lesson/schema.ts';
import { pick } from '../../lesson/text.ts';
import { BODY_SIZE, PANEL_WIDTH, TITLE_SIZE } from '../layout.ts';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import type { StepSceneProps } from './types.ts';

/** Shows a step's title while its own 3D view is not built yet; the DOM layer carries its controls. */
export function PendingScene({ step, lang }: StepSceneProps) {
  const title = 'title' in step ? pick((step as Extract<Step, { title: unknown }>).title, lang) : step.id;
  return (
    <Panel width={PANEL_WIDTH} height={0.5} position={[0, 0.1, 0]}>
      <Label position={[0, 0.08, 0]} fontSize={TITLE_SIZE} maxWidth={PANEL_WIDTH - 0.12}>{title}</Label>
      <Label position={[0, -0.1, 0]} fontSize={BODY_SIZE} color="#cfd8dc">{step.type}</Label>
    </Panel>
  );
}
