/** Why the Enter-VR button can or cannot start a session here. */
export type VrAvailability = 'checking' | 'available' | 'insecure' | 'no-webxr' | 'unsupported';

export async function vrAvailability(): Promise<VrAvailability> {
  if (!window.isSecureContext) return 'insecure';
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
  if (!xr) return 'no-webxr';
  try {
    return (await xr.isSessionSupported('immersive-vr')) ? 'available' : 'unsupported';
  } catch {
    return 'unsupported';
  }
}
