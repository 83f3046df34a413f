import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Fog } from 'three';
import { useStore } from 'zustand';
import { isPaused, pauseStore } from '../../app/pause.ts';
import { appStore } from '../../app/store.ts';
import { DEFAULT_WORLD, worldView, type WorldView } from '../../app/views/world.ts';
import { CALM } from '../../app/views/worldAnswer.ts';
import { approach, settled } from '../consequences/motion.ts';
import { useReducedMotion } from '../useReducedMotion.ts';
import { Overhead } from './Overhead.tsx';
import { placeBuild } from './places/index.ts';
import { placeMaterial } from './shaders.ts';
import { featureMask } from './surfaces.ts';
import { HAZE, worldTargets } from './targets.ts';
import { bakeShade, detailTexture, SHADE_SPAN } from './textures.ts';
import { light, place } from './uniforms.ts';
import { WorldTrees } from './WorldTrees.tsx';

const IDLE: WorldView = { world: DEFAULT_WORLD, near: true, answer: CALM };
/** Seconds for an answer (traffic, haze, heat, flood) to get most of the way to a new value. */
const RATE = 1.1;

const material = placeMaterial();
const hazeColor = new Color(HAZE.color);
let detail: ReturnType<typeof detailTexture> | undefined;

/** `now` moved toward `want` for a frame of `dt` seconds, or there at once. */
function ease(now: number, want: number, jump: boolean, dt: number): number {
  if (jump) return want;
  const next = approach(now, want, RATE, dt);
  return settled(next, want) ? want : next;
}

/** The world at the student's step, recomputed only when the step, the choices or the lesson change. */
function useWorldView(): WorldView {
  const lesson = useStore(appStore, (s) => s.session?.lesson);
  const stepId = useStore(appStore, (s) => s.session?.runner.stepId);
  const choices = useStore(appStore, (s) => s.session?.runner.choices);
  const band = useStore(appStore, (s) => s.session?.runner.ageBand);
  return useMemo(() => {
    const runner = appStore.getState().session?.runner;
    return lesson && runner ? worldView(lesson, runner) : IDLE;
    // The runner's other fields (quiz answers, visits) do not change the world.
  }, [lesson, stepId, choices, band]);
}

/**
 * The lesson's world round the student: the place (one draw), its trees, the sky with its sun, the
 * weather, and the student's choices acting on it — traffic and haze, flood water, heat, felled or
 * planted trees, balloons of CO₂e overhead. Lazy: it loads after the lesson's first frame. Nothing
 * here updates React state per frame: one clock (useFrame) eases the uniforms.
 */
export default function World() {
  const view = useWorldView();
  const build = placeBuild(view.world.place);
  const targets = useMemo(() => worldTargets(view, build.traffic), [view, build]);
  const { look } = targets;
  const reduced = useReducedMotion();
  const scene = useThree((s) => s.scene);
  const live = useRef({ traffic: targets.traffic, haze: targets.haze, heat: targets.heat, cool: targets.cool, flood: targets.flood, first: true });
  const fog = useMemo(() => new Fog('#cfe9f7', 20, 135), []);
  const colors = useMemo(() => ({ horizon: new Color(), fog: new Color() }), []);
  const still = useRef(reduced);
  still.current = reduced;

  useEffect(() => {
    scene.fog = fog;
    return () => {
      scene.fog = null;
    };
  }, [scene, fog]);

  // The look of the time and weather: the sun, the sky's colours, ambient light (not per frame).
  useLayoutEffect(() => {
    light.uSunDir.value.set(...look.sunDir);
    light.uSunColor.value.set(look.sun).multiplyScalar(look.sunStrength);
    light.uSkyLight.value.set(look.skyLight).multiplyScalar(look.ambient);
    light.uGroundLight.value.set(look.groundLight).multiplyScalar(look.ambient * 0.6);
    light.uNight.value = look.night;
    place.uZenith.value.set(look.zenith);
    place.uSunTint.value.set(look.sun);
    place.uDisc.value = look.sunDisc;
    place.uClouds.value = look.clouds;
    place.uRain.value = build.indoor ? 0 : look.rain;
    place.uCloudColor.value.set(look.cloudColor);
    colors.horizon.set(look.horizon);
  }, [look, colors, build]);

  // The place: what is built, whether its near part shows, the ground's baked shade at this sun.
  useLayoutEffect(() => {
    place.uFeatures.value = featureMask(view.world.built);
    place.uNear.value = view.near ? 1 : 0;
  }, [view]);
  const shade = useMemo(() => bakeShade(build.occluders, look.sunDir, look.sunStrength), [build, look.sunDir, look.sunStrength]);
  useLayoutEffect(() => {
    detail ??= detailTexture();
    place.uDetail.value = detail;
    place.uShade.value = shade;
    place.uShadeBox.value.set(-SHADE_SPAN / 2, -SHADE_SPAN / 2, SHADE_SPAN, 1);
    return () => shade.dispose();
  }, [shade]);

  // One clock for the whole world: time runs unless motion is reduced or the lesson is paused; the
  // answer's values ease toward their targets (or jump with reduced motion). No allocation here.
  useFrame((_, dt) => {
    const calm = still.current || isPaused(pauseStore.getState());
    if (!calm) light.uTime.value += Math.min(dt, 0.1);
    light.uMotion.value = still.current ? 0 : 1;
    const l = live.current;
    const jump = still.current || l.first;
    l.first = false;
    l.traffic = ease(l.traffic, targets.traffic, jump, dt);
    l.haze = ease(l.haze, targets.haze, jump, dt);
    l.heat = ease(l.heat, targets.heat, jump, dt);
    l.cool = ease(l.cool, targets.cool, jump, dt);
    l.flood = ease(l.flood, targets.flood, jump, dt);
    place.uTraffic.value = l.traffic;
    place.uHeat.value = l.heat;
    place.uCool.value = l.cool;
    // As targets.ts hazyFog says, without its allocations.
    fog.near = look.fog[0] + (HAZE.near - look.fog[0]) * l.haze;
    fog.far = look.fog[1] + (HAZE.far - look.fog[1]) * l.haze;
    colors.fog.copy(colors.horizon).lerp(hazeColor, l.haze * 0.7);
    fog.color.copy(colors.fog);
    place.uHorizonSky.value.copy(colors.fog);
    place.uHorizon.value.copy(colors.fog);
    scene.background = colors.fog;
    place.uFlood.value = l.flood;
  });

  return (
    <group name={`world:${view.world.place}`}>
      {/* Named as the older environments were, for a lesson without a world (tests look for them). */}
      <group name={view.world.environment ? `environment:${view.world.environment}` : 'environment:world'} />
      {/* The one light at run time, for what the world's own lighting does not reach (the consequence
          dioramas, glTF props, controllers): about as bright as the sky and sun of the vertex lighting. */}
      <hemisphereLight args={[look.skyLight, look.groundLight, Math.PI * (look.ambient * 0.75 + look.sunStrength * 0.35)]} />
      {/* The place: ground, buildings, water, traffic, clouds, trees, balloons, rain, flood water,
          the sky and its stars, in one draw call. */}
      <mesh geometry={build.geometry} material={material} name="world:place" frustumCulled={false} />
      <WorldTrees key={view.world.place} spots={build.trees} near={view.near} planted={targets.planted} felled={targets.felled} reduced={reduced} />
      <Overhead count={targets.balloons} reduced={reduced} />
    </group>
  );
}

