import { Text } from '@react-three/drei';
import type { ComponentProps } from 'react';
import { textColor, useHighContrast } from '../contrast.ts';
import { FONT_URL } from '../font.ts';
import { forTroika } from './units.ts';
import { TEXT_COLOR } from '../layout.ts';

type Props = Omit<ComponentProps<typeof Text>, 'font'> & { children: string };

/**
 * 3D text, always with our local font: troika never reaches a CDN for a glyph.
 * With high contrast on, light grey text is drawn white (contrast.ts). No-break spaces become plain
 * ones (units.ts: troika would treat every space as unbreakable if it met a no-break one first).
 */
export function Label({ children, color = TEXT_COLOR, ...rest }: Props) {
  const highContrast = useHighContrast();
  return (
    <Text font={FONT_URL} color={typeof color === 'string' ? textColor(color, highContrast) : color} anchorX="center" anchorY="middle" overflowWrap="break-word" {...rest}>
      {forTroika(children)}
    </Text>
  );
}
