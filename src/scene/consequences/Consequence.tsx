import type { ConsequenceView } from '../../app/views/footprint.ts';
import { Label } from '../ui/Label.tsx';
import { useReducedMotion } from '../useReducedMotion.ts';
import { Balloons } from './Balloons.tsx';
import { SMALL_TEXT, STAND_Y, sidePose } from './layout.ts';
import { SeaLevel } from './SeaLevel.tsx';
import { Thermometer } from './Thermometer.tsx';
import { Trees } from './Trees.tsx';

/**
 * The visible result of a footprint choice, on a stand to the right of the panel: balloons, a
 * thermometer, the sea or a wood, with what it shows in words under it. At most 8 draw calls.
 */
export function Consequence({ view, title }: { view: ConsequenceView; title: string }) {
  const reduced = useReducedMotion();
  const pose = sidePose('right');
  return (
    <group position={pose.position} rotation={pose.rotation} name={`consequence:${view.kind}`}>
      <group position={[0, STAND_Y, 0]}>
        <mesh position={[0, -0.015, 0]}>
          <boxGeometry args={[0.5, 0.03, 0.36]} />
          <meshLambertMaterial color="#6b7b86" />
        </mesh>
        {view.kind === 'balloons' && <Balloons units={view.units} maxUnits={view.maxUnits} reduced={reduced} />}
        {view.kind === 'trees' && <Trees units={view.units} maxUnits={view.maxUnits} reduced={reduced} />}
        {view.kind === 'thermometer' && <Thermometer level={view.level} reduced={reduced} />}
        {view.kind === 'sea-level' && <SeaLevel level={view.level} reduced={reduced} />}
      </group>
      {/* Outlined: it stands on the ground or the sky of any environment, light or dark, with no panel behind it. */}
      <Label position={[0, STAND_Y - 0.07, 0.2]} fontSize={SMALL_TEXT} maxWidth={0.5} anchorY="top" textAlign="center" lineHeight={1.3}
        outlineWidth={SMALL_TEXT * 0.12} outlineColor="#0b1620">
        {`${title}\n${view.description}\n${view.caption}`}
      </Label>
    </group>
  );
}
