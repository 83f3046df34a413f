export default {
  settings: {
    title: 'Settings',
    seated: 'Seated (lift my view to standing eye height)',
    reducedMotion: 'Reduce motion',
    snapTurn: 'Turn in 30° steps with the thumbstick',
    textSize: 'Text size',
    sizes: { '1': 'Normal', '1.25': 'Large', '1.5': 'Extra large' },
    highContrast: 'High contrast',
    muted: 'Mute ambient sound and cues (narration still plays)',
    volume: 'Sound volume',
    sound3d: { on: 'Sound {{pct}}%', off: 'Sound off' },
    recenter: 'Recenter',
  },
};
