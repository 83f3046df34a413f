/** English strings for scene and narration steps (merged by src/i18n/index.ts; keys match scene-ko.ts). */
export default {
  scene: {
    found: '{{found}} of {{total}} found',
    enoughFound: '{{found}} of {{total}} found · you can go on',
    allFound: 'All found! ({{found}}/{{total}})',
    lookAround: 'Look around you.',
    hint3d: 'Press a glowing marker, or look at it for a second.',
    hotspots: 'Things to look at',
    lookAt: 'Look at: {{label}}',
    visited: 'found',
    play: '▶ Listen',
    pause: '■ Pause',
    audio: 'Narration audio',
    caption: 'Captions',
    transcript: 'Full transcript',
    imageMissing: 'The picture could not be loaded.',
  },
};
