import { MeshBasicMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { MAX_BALLOONS } from '../../app/views/worldAnswer.ts';
import { BALLOON_BASE, MAX_TREES } from './surfaces.ts';
import { light, place } from './uniforms.ts';

/**
 * The world's lighting, per vertex: sky light from above, ground light from below and one sun (or
 * moon), from the shared uniforms: no run-time lights, so it costs the same under any number of
 * lamps. Baked occlusion is in the vertex colours (builder.ts) and the ground's shade map.
 */
export const LIGHT_PARS = /* glsl */ `
uniform vec3 uSunDir;
uniform vec3 uSunColor;
uniform vec3 uSkyLight;
uniform vec3 uGroundLight;
uniform float uNight;
uniform float uTime;
uniform float uMotion;
vec3 worldLight( vec3 n ) {
  return mix( uGroundLight, uSkyLight, n.y * 0.5 + 0.5 ) + uSunColor * max( dot( n, uSunDir ), 0.0 );
}
`;

type Shader = WebGLProgramParametersWithUniforms;

function must(source: string, chunk: string): void {
  if (!source.includes(chunk)) throw new Error(`world shader: three.js no longer has ${chunk}`);
}

/**
 * Lights a MeshBasicMaterial by the world's sun and sky per vertex (instanced or not). `glow`: a
 * per-vertex attribute (0/1) that keeps a part unlit (lamp heads); `tint`: a 0/1 attribute saying
 * which parts take the instance colour.
 */
export function vertexLit(material: MeshBasicMaterial, key: string, opts: { glowAndTint?: boolean } = {}): MeshBasicMaterial {
  material.customProgramCacheKey = () => key;
  material.onBeforeCompile = (shader: Shader) => {
    Object.assign(shader.uniforms, light);
    must(shader.vertexShader, '#include <fog_vertex>');
    const attrs = opts.glowAndTint ? 'attribute float tint;\nattribute float glow;\nvarying float vGlow;\n' : '';
    shader.vertexShader = `${LIGHT_PARS}${attrs}varying vec3 vLit;\n${shader.vertexShader}`.replace(
      '#include <fog_vertex>',
      `#include <fog_vertex>
      vec3 litNormal = normal;
      #ifdef USE_INSTANCING
        litNormal = mat3( instanceMatrix ) * litNormal;
      #endif
      vLit = worldLight( normalize( mat3( modelMatrix ) * litNormal ) );`,
    );
    if (opts.glowAndTint) {
      must(shader.vertexShader, '#include <color_vertex>');
      shader.vertexShader = shader.vertexShader.replace(
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
    }
    must(shader.fragmentShader, '#include <opaque_fragment>');
    shader.fragmentShader = `varying vec3 vLit;\n${opts.glowAndTint ? 'varying float vGlow;\n' : ''}${shader.fragmentShader}`.replace(
      '#include <opaque_fragment>',
      `outgoingLight *= ${opts.glowAndTint ? 'mix( vLit, vec3( 1.0 ), vGlow )' : 'vLit'};\n#include <opaque_fragment>`,
    );
  };
  return material;
}

/** The place's own attributes and uniforms: see surfaces.ts for what each surface does. */
const PLACE_VERTEX_PARS = /* glsl */ `
/** Rotates v about the unit axis a by angle t (Rodrigues). */
vec3 turnAbout( vec3 v, vec3 a, float t ) {
  return v * cos( t ) + cross( a, v ) * sin( t ) + a * dot( a, v ) * ( 1.0 - cos( t ) );
}
attribute float surface;
attribute float feature;
attribute vec4 move;
attribute vec4 pivot;
attribute float tree;
uniform float uTreeGrow[ ${MAX_TREES} ];
uniform float uTreeFall[ ${MAX_TREES} ];
uniform float uBalloon[ ${MAX_BALLOONS} ];
uniform float uNear;
uniform float uFeatures;
uniform float uTraffic;
uniform float uClouds;
uniform float uRain;
uniform float uFlood;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vLit;
varying float vSurface;
varying vec4 vMove;
varying float vFogScale;
`;

const PLACE_BEGIN = /* glsl */ `
vec3 transformed = vec3( position );
vec3 placeNormal = normal;
if ( pivot.w != 0.0 ) {
  float ang = uTime * abs( pivot.w );
  mat2 rot = mat2( cos( ang ), sin( ang ), -sin( ang ), cos( ang ) );
  vec3 r = transformed - pivot.xyz;
  if ( pivot.w > 0.0 ) { r.xy = rot * r.xy; placeNormal.xy = rot * placeNormal.xy; }
  else { r.xz = rot * r.xz; placeNormal.xz = rot * placeNormal.xz; }
  transformed = pivot.xyz + r;
}
if ( tree > ${BALLOON_BASE - 0.5} ) {
  // A balloon: rising from the ground to its place, swaying, or (negative) floating up and away.
  int i = int( tree - ${BALLOON_BASE - 0.5} );
  float v = uBalloon[ i ];
  float p = abs( v );
  float size = v < 0.0 ? p : min( 1.0, p * 2.0 );
  float y = v < 0.0 ? pivot.y + ( 1.0 - p ) * 8.0 : pivot.y * ( 1.0 - ( 1.0 - p ) * ( 1.0 - p ) );
  transformed = vec3( pivot.x + sin( uTime * 0.5 + float( i ) * 1.7 ) * 0.12, y, pivot.z ) + transformed * size;
} else if ( tree > 0.5 ) {
  // A tree grows from its foot, and a felled one topples away from the student (eased in, as a cut
  // trunk gives way).
  int t = int( tree - 0.5 );
  float fall = uTreeFall[ t ];
  vec3 away = normalize( vec3( pivot.x, 0.0, pivot.z ) + vec3( 0.001, 0.0, 0.0 ) );
  vec3 axis = vec3( away.z, 0.0, -away.x );
  transformed = pivot.xyz + turnAbout( ( transformed - pivot.xyz ) * uTreeGrow[ t ], axis, -fall * fall * 1.5 );
  placeNormal = turnAbout( placeNormal, axis, -fall * fall * 1.5 );
}
int kind = int( surface + 0.5 );
bool shown = true;
if ( kind == 15 ) {
  // Rain: a streak falling round the student, turned to face the eye; move.w is its share of the
  // downpour (half of them in rain, all in a storm); move.x its side, move.y its top.
  shown = move.w < uRain;
  vec3 toEye = cameraPosition - pivot.xyz;
  vec3 side = normalize( vec3( toEye.z, 0.0, -toEye.x ) + vec3( 0.0001, 0.0, 0.0 ) );
  transformed = vec3( pivot.x, mod( pivot.y - uTime * 9.0, 14.0 ) + move.y * 0.5, pivot.z ) + side * move.x * 0.008;
} else if ( kind == 16 ) {
  shown = uFlood > 0.004;
  transformed.y = uFlood;
} else if ( kind == 17 ) {
  shown = uNight > 0.95;
} else if ( kind == 18 ) {
  // A leaf from tree move.y − 1's crown (pivot), falling over eight seconds or so, drifting and
  // turning as it goes; only from a standing tree, and only while motion is on.
  int t = int( move.y - 0.5 );
  shown = uMotion > 0.5 && uTreeGrow[ t ] > 0.9 && uTreeFall[ t ] < 0.05;
  float k = fract( uTime * 0.12 + move.x );
  float spin = uTime * 2.3 + move.x * 40.0;
  vec3 leaf = vec3( transformed.x * cos( spin ), transformed.x * sin( spin ) * 0.6, transformed.z );
  transformed = pivot.xyz + leaf + vec3( sin( uTime * 0.9 + move.x * 6.28 ) * 0.5 * k, -k * pivot.y, cos( uTime * 0.7 + move.x * 4.0 ) * 0.35 * k );
} else if ( move.z > 0.0 ) {
  shown = move.w <= ( kind == 11 ? uClouds : uTraffic );
  transformed.x += mod( move.y + uTime * move.x, move.z ) - 0.5 * move.z;
}
int f = int( feature + 0.5 );
int have = int( uFeatures + 0.5 );
if ( ( f & 1 ) == 1 && uNear < 0.5 ) shown = false;
if ( ( ( f >> 1 ) & 31 & ~have ) != 0 ) shown = false;
if ( ( ( f >> 6 ) & 31 & have ) != 0 ) shown = false;
// What is away collapses to a point under the ground: its triangles have no area and draw nothing.
if ( !shown ) transformed = vec3( 0.0, -50.0, 0.0 );
vWorld = ( modelMatrix * vec4( transformed, 1.0 ) ).xyz;
vNormalW = normalize( mat3( modelMatrix ) * placeNormal );
vLit = worldLight( vNormalW );
vSurface = surface;
vMove = move;
vFogScale = kind == 10 ? 1.7 : kind == 11 ? 2.5 : kind == 14 || kind == 17 ? 0.0 : 1.0;
`;

const PLACE_FRAGMENT_PARS = /* glsl */ `
uniform vec3 uSunDir;
uniform vec3 uSunColor;
uniform vec3 uSkyLight;
uniform float uNight;
uniform float uTime;
uniform float uHeat;
uniform float uCool;
uniform vec3 uCloudColor;
uniform vec3 uHorizon;
uniform vec3 uZenith;
uniform vec3 uHorizonSky;
uniform vec3 uSunTint;
uniform float uDisc;
uniform sampler2D uDetail;
uniform sampler2D uShade;
uniform vec4 uShadeBox;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vLit;
varying float vSurface;
varying vec4 vMove;
varying float vFogScale;

vec3 waterColor( vec3 base, vec3 lit ) {
  vec2 p = abs( vNormalW.y ) > 0.5 ? vWorld.xz : vec2( vWorld.x + vWorld.z, vWorld.y );
  // Swell a metre or two long, moving with the flow, and a finer chop on it.
  vec2 q = p * 0.9 - vMove.xy * uTime;
  float a1 = q.x * 1.7 + q.y * 0.6 + uTime * 0.9;
  float a2 = q.y * 2.3 - q.x * 0.8 - uTime * 1.3;
  float a3 = ( q.x + q.y ) * 4.1 + uTime * 2.0;
  float r = ( sin( a1 ) + sin( a2 ) ) * 0.5 + sin( a3 ) * 0.25;
  vec3 n = normalize( vec3( cos( a1 ) * 0.22 + cos( a3 ) * 0.1, 1.0, cos( a2 ) * 0.22 ) );
  vec3 v = normalize( cameraPosition - vWorld );
  float spec = pow( max( dot( reflect( -uSunDir, n ), v ), 0.0 ), 30.0 );
  // The sky in the water: little looking down at one's feet, most of it further off.
  float fresnel = 0.05 + 0.75 * pow( 1.0 - max( dot( n, v ), 0.0 ), 5.0 );
  vec3 col = base * lit * ( 0.82 + 0.22 * r );
  col = mix( col, uHorizon * 0.92, fresnel ) + uSunColor * spec * 0.8;
  if ( vMove.w > 0.5 ) {
    // Aeration: bubbles rise all over the basin, each swelling and bursting at its own pace.
    vec2 g = p * 2.6;
    vec2 cell = floor( g );
    float h = fract( sin( dot( cell, vec2( 12.9898, 78.233 ) ) ) * 43758.5453 );
    float life = fract( uTime * ( 0.5 + h ) + h * 3.0 );
    vec2 o = vec2( h - 0.5, fract( h * 7.31 ) - 0.5 ) * 0.45;
    float d = length( fract( g ) - 0.5 - o );
    float bubble = ( 1.0 - smoothstep( 0.03 + 0.16 * life, 0.06 + 0.2 * life, d ) ) * ( 1.0 - life );
    col = mix( col, vec3( 0.86, 0.88, 0.82 ) * ( 0.5 + 0.5 * lit ), 0.08 + bubble * 0.75 );
  }
  return col;
}
`;

const PLACE_COLOR = /* glsl */ `
vec3 albedo = vColor.rgb;
int kind = int( vSurface + 0.5 );
float hot = 0.0;
vec3 lit = vLit;
vec2 duv = vWorld.xz * 0.25;
if ( kind == 4 ) { albedo *= 0.72 + 0.56 * texture2D( uDetail, duv ).r; hot = 1.0; }
else if ( kind == 5 ) albedo *= 0.72 + 0.56 * texture2D( uDetail, duv ).g;
else if ( kind == 6 ) { albedo *= 0.7 + 0.6 * texture2D( uDetail, duv ).b; hot = 0.55; }
else if ( kind == 7 ) { albedo *= 0.78 + 0.44 * texture2D( uDetail, duv ).a; hot = 0.6; }
else if ( kind == 8 ) { albedo = mix( albedo, vec3( 0.8, 0.82, 0.84 ), uCool ); hot = 1.0 - uCool; }
else if ( kind == 9 ) hot = 0.4;
else if ( kind == 12 ) hot = 0.3;
if ( ( kind >= 4 && kind <= 7 ) || kind == 12 ) {
  // Baked on the ground: darker close to walls, and the buildings' shadows away from the sun.
  lit *= texture2D( uShade, ( vWorld.xz - uShadeBox.xy ) / uShadeBox.z ).r;
}
vec3 col = albedo * lit;
if ( kind == 1 ) col = mix( albedo * lit * 0.55 + vec3( 0.03, 0.04, 0.06 ), vec3( 1.0, 0.74, 0.4 ), uNight * 0.8 );
else if ( kind == 2 ) col = mix( albedo * lit, albedo * 1.3, max( uNight, 0.2 ) );
else if ( kind == 3 || kind == 16 ) col = waterColor( albedo, lit );
else if ( kind == 15 ) col = mix( uHorizon, vec3( 0.85, 0.88, 0.92 ), 0.3 );
else if ( kind == 17 ) col = vec3( 1.3 );
else if ( kind == 11 ) col = uCloudColor * ( 0.7 + 0.3 * max( vNormalW.y, 0.0 ) );
else if ( kind == 13 ) col = uHorizon * 1.05;
else if ( kind == 14 ) {
  // The sky: horizon to zenith, the sun's (or moon's) disc and its glow.
  vec3 d = normalize( vWorld );
  float s = dot( d, uSunDir );
  col = mix( uHorizonSky, uZenith, pow( clamp( d.y, 0.0, 1.0 ), 0.55 ) );
  col += uSunTint * ( smoothstep( 0.9986, 0.9992, s ) * 1.6 * uDisc + pow( max( s, 0.0 ), 24.0 ) * 0.35 * uDisc + pow( max( s, 0.0 ), 4.0 ) * 0.12 );
}
if ( hot > 0.0 && uHeat > 0.0 ) {
  // Heat: hot surfaces glow orange-red, shimmering slowly.
  float shimmer = 0.8 + 0.2 * sin( uTime * 1.7 + vWorld.x * 0.6 + vWorld.z * 0.8 );
  col = mix( col, col * 0.55 + vec3( 1.0, 0.3, 0.07 ) * 0.85, clamp( uHeat * hot * shimmer, 0.0, 1.0 ) * 0.85 );
}
diffuseColor.rgb = col;
`;

const PLACE_FOG = /* glsl */ `
#ifdef USE_FOG
  // vFogScale 0: the sky, which the fog never covers; more than 1: far hills and clouds, covered later.
  float fogFactor = vFogScale == 0.0 ? 0.0 : smoothstep( fogNear, fogFar * vFogScale, vFogDepth );
  gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif
`;

/** The one material of a whole place (ground, buildings, water, traffic, clouds): one draw call. */
export function placeMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ vertexColors: true });
  material.name = 'world-place';
  // The live uniforms, for browser tests (what a student sees change: traffic, heat, the clock).
  material.userData.uniforms = { ...light, ...place };
  material.customProgramCacheKey = () => 'climatexr-world-place';
  material.onBeforeCompile = (shader: Shader) => {
    Object.assign(shader.uniforms, light, place);
    for (const chunk of ['#include <common>', '#include <begin_vertex>']) must(shader.vertexShader, chunk);
    for (const chunk of ['#include <common>', '#include <color_fragment>', '#include <fog_fragment>']) must(shader.fragmentShader, chunk);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${LIGHT_PARS}${PLACE_VERTEX_PARS}`)
      .replace('#include <begin_vertex>', PLACE_BEGIN);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${PLACE_FRAGMENT_PARS}`)
      .replace('#include <color_fragment>', PLACE_COLOR)
      .replace('#include <fog_fragment>', PLACE_FOG);
  };
  return material;
}
