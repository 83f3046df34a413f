/** A short pulse on every controller that can vibrate: "your press was heard". */
export function pulse(session: XRSession | undefined, intensity = 0.4, ms = 40): void {
  if (!session) return;
  for (const source of session.inputSources) {
    const actuator = source.gamepad?.hapticActuators?.[0] as { pulse?: (v: number, d: number) => Promise<boolean> } | undefined;
    actuator?.pulse?.(intensity, ms).catch(() => {});
  }
}
