// Replaces @pmndrs/xr's built-in emulator (IWER + ~5 MB of synthetic rooms) in every build.
// Tests inject IWER themselves from outside the bundle; the app never ships the emulator.
export function emulate(): never {
  throw new Error('The XR emulator is not part of ClimateXR builds.');
}
