import type { NarrationStep } from '../../lesson/steps/narration.ts';
import { pick } from '../../lesson/text.ts';
import { BODY_SIZE, PANEL_WIDTH, TITLE_SIZE } from '../layout.ts';
import { Label } from '../ui/Label.tsx';
import { Panel } from '../ui/Panel.tsx';
import type { StepSceneProps } from './types.ts';

export function NarrationScene({ step, lang }: StepSceneProps<NarrationStep>) {
  return (
    <Panel width={PANEL_WIDTH} height={0.78} position={[0, 0.1, 0]}>
      <Label position={[0, 0.3, 0]} fontSize={TITLE_SIZE} maxWidth={PANEL_WIDTH - 0.12} anchorY="top">
        {pick(step.title, lang)}
      </Label>
      <Label position={[-(PANEL_WIDTH - 0.12) / 2, 0.17, 0]} fontSize={BODY_SIZE} maxWidth={PANEL_WIDTH - 0.12} anchorX="left" anchorY="top" lineHeight={1.4}>
        {pick(step.body, lang)}
      </Label>
    </Panel>
  );
}
