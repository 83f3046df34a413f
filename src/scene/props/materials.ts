import { DoubleSide, MeshLambertMaterial } from 'three';

/**
 * The one material of every built-in prop: flat-shaded, lit by the one sun, double-sided so open
 * shapes (tanks, wheels) show their inside. Per-vertex attributes let one draw call hold a whole kind:
 * `color` is a part's fixed colour, `tint` (0/1) says whether the copy's own colour (the instance
 * colour) applies, `glow` (0/1) draws a part unlit, as a light (lamp heads, lit windows).
 */
export const propMaterial = new MeshLambertMaterial({ flatShading: true, side: DoubleSide, vertexColors: true });

propMaterial.customProgramCacheKey = () => 'climatexr-prop';
propMaterial.onBeforeCompile = (shader) => {
  shader.vertexShader = `attribute float tint;\nattribute float glow;\nvarying float vGlow;\n${shader.vertexShader}`.replace(
    '#include <color_vertex>',
    [
      'vColor = vec4( 1.0 );',
      'vColor.rgb *= color;',
      '#ifdef USE_INSTANCING_COLOR',
      '  vColor.rgb *= mix( vec3( 1.0 ), instanceColor.rgb, tint );',
      '#endif',
      'vGlow = glow;',
    ].join('\n'),
  );
  shader.fragmentShader = `varying float vGlow;\n${shader.fragmentShader}`.replace(
    '#include <opaque_fragment>',
    'outgoingLight = mix( outgoingLight, diffuseColor.rgb, vGlow );\n#include <opaque_fragment>',
  );
};
