import { DoubleSide, MeshBasicMaterial } from 'three';
import { vertexLit } from '../world/shaders.ts';

/**
 * The one material of every built-in prop: lit per vertex by the world's sun and sky (the shared
 * uniforms of world/uniforms.ts), so a prop at dusk is lit as the world around it; double-sided so
 * open shapes (tanks, wheels) show their inside. Per-vertex attributes let one draw call hold a whole
 * kind: `color` is a part's fixed colour, `tint` (0/1) says whether the copy's own colour (the
 * instance colour) applies, `glow` (0/1) draws a part unlit, as a light (lamp heads, lit windows).
 */
export const propMaterial = vertexLit(new MeshBasicMaterial({ side: DoubleSide, vertexColors: true }), 'climatexr-prop', { glowAndTint: true });
