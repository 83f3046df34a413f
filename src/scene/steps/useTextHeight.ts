import { useCallback, useState } from 'react';

interface Synced {
  textRenderInfo?: { blockBounds?: ArrayLike<number> } | null;
}

/**
 * The height (metres) of a 3D text block once troika has laid it out, for panels that fit their text.
 * Re-renders only when the height changes (new text, new language), never per frame.
 */
export function useTextHeight(initial: number): [number, (text: Synced) => void] {
  const [height, setHeight] = useState(initial);
  const onSync = useCallback((text: Synced) => {
    const b = text.textRenderInfo?.blockBounds;
    if (!b) return;
    const h = (b[3] ?? 0) - (b[1] ?? 0);
    setHeight((old) => (Math.abs(old - h) > 0.002 ? h : old));
  }, []);
  return [height, onSync];
}
