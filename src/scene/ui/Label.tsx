import { Text } from '@react-three/drei';
import type { ComponentProps } from 'react';
import { FONT_URL } from '../font.ts';
import { TEXT_COLOR } from '../layout.ts';

type Props = Omit<ComponentProps<typeof Text>, 'font'> & { children: string };

/** 3D text, always with our local font: troika never reaches a CDN for a glyph. */
export function Label({ children, color = TEXT_COLOR, ...rest }: Props) {
  return (
    <Text font={FONT_URL} color={color} anchorX="center" anchorY="middle" overflowWrap="break-word" {...rest}>
      {children}
    </Text>
  );
}
