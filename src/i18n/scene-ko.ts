/** Korean strings for scene and narration steps (merged by src/i18n/index.ts; keys match scene-en.ts). */
export default {
  scene: {
    found: '{{total}}곳 중 {{found}}곳 찾음',
    enoughFound: '{{total}}곳 중 {{found}}곳 찾음 · 다음으로 가도 돼요',
    allFound: '모두 찾았어요! ({{found}}/{{total}})',
    lookAround: '주위를 둘러보세요.',
    hint3d: '빛나는 표시를 누르거나 1초 동안 바라보세요.',
    hotspots: '살펴볼 곳',
    lookAt: '살펴보기: {{label}}',
    visited: '찾음',
    play: '▶ 듣기',
    pause: '■ 멈추기',
    audio: '설명 듣기',
    caption: '자막',
    transcript: '자막 전체 보기',
    imageMissing: '그림을 불러오지 못했어요.',
  },
};
