import { BODY_SIZE, BUTTON_HEIGHT } from '../layout.ts';
import { Button3D } from './Button3D.tsx';
import { Label } from './Label.tsx';

/** Width of each arrow button: a large enough target for a controller ray or a fingertip. */
const ARROW = 0.22;

interface Props {
  /** Names the buttons `<name>:prev` and `<name>:next` (tests and tools find them so). */
  name: string;
  /** "2 / 3", from the view model (it counts toward the panel's words). */
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** The row's centre, and how wide it may be. */
  position: [number, number, number];
  width: number;
}

/**
 * A row for turning the pages of a long list on a 3D panel: ◀, "2 / 3", ▶. The arrow that leads
 * nowhere (◀ on the first page, ▶ on the last) is left out rather than greyed: three draw calls on
 * the first and last page, five between.
 */
export function Pager3D({ name, label, page, pages, onPage, position, width }: Props) {
  const side = width / 2 - ARROW / 2;
  return (
    <group position={position}>
      {page > 0 && <Button3D name={`${name}:prev`} label="◀" width={ARROW} position={[-side, 0, 0]} onPress={() => onPage(page - 1)} />}
      <Label fontSize={BODY_SIZE} color="#cfd8dc">{label}</Label>
      {page < pages - 1 && <Button3D name={`${name}:next`} label="▶" width={ARROW} position={[side, 0, 0]} onPress={() => onPage(page + 1)} />}
    </group>
  );
}

/** How tall the pager row is. */
export const PAGER_HEIGHT = BUTTON_HEIGHT;
