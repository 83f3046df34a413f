import { useTexture } from '@react-three/drei';
import { useLayoutEffect } from 'react';
import { SRGBColorSpace, type Texture } from 'three';
import { assetUrl } from '../../app/views/narration.ts';
import { IMAGE_HEIGHT, INNER } from './narrationLayout.ts';

/** A narration step's picture on its panel, `y` its top edge; suspends until the texture is loaded. */
export default function NarrationPicture({ src, y }: { src: string; y: number }) {
  const texture = useTexture(assetUrl(src, document.baseURI)) as Texture;
  useLayoutEffect(() => {
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    texture.needsUpdate = true;
  }, [texture]);
  const img = texture.image as { width?: number; height?: number } | undefined;
  const aspect = img?.width && img.height ? img.width / img.height : 16 / 9;
  const width = Math.min(INNER, IMAGE_HEIGHT * aspect);
  const height = width / aspect;
  return (
    <mesh position={[0, y - IMAGE_HEIGHT / 2, 0]} name="narration:image">
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
