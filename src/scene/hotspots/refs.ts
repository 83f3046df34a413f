import type { Group, Mesh } from 'three';

/** What the hotspots' parts share with the frame loop (Gaze, GuideArrow, useFaceOnRequest), in refs, never React state. */
export interface HotspotRefs {
  /** Each hotspot's group (world position, turned to face the student, scaled for reading). */
  groups: (Group | null)[];
  /** Each hotspot's gaze dwell ring, hidden until the student looks at it in VR. */
  dwell: (Mesh | null)[];
  /** Found or not, by index: written on render, read in the frame loop. */
  visited: boolean[];
  /** On a screen: the hotspot the mouse (or pen) rests on, −1 for none; held a second, it opens. */
  pointed: number;
  /** The hotspot whose card that hover just opened: the click that usually follows keeps it open. */
  dwelt: number;
}
