export default {
  settings: {
    title: '설정',
    seated: '앉아서 하기 (눈높이를 서 있는 높이로 맞춰요)',
    reducedMotion: '움직임 줄이기',
    snapTurn: '조이스틱으로 30°씩 돌기',
    textSize: '글자 크기',
    sizes: { '1': '보통', '1.25': '크게', '1.5': '아주 크게' },
    highContrast: '고대비',
    muted: '주변 소리와 알림음 끄기 (설명 녹음은 들려요)',
    volume: '소리 크기',
    sound3d: { on: '소리 {{pct}}%', off: '소리 꺼짐' },
    recenter: '정면 다시 맞추기',
  },
};
