export default {
  settings: {
    title: '설정',
    seated: '앉아서 하기 (눈높이를 서 있는 높이로 맞춰요)',
    reducedMotion: '움직임 줄이기',
    snapTurn: '조이스틱으로 30°씩 돌기',
    textSize: '글자 크기',
    sizes: { '1': '보통', '1.25': '크게', '1.5': '아주 크게' },
    highContrast: '고대비',
    recenter: '정면 다시 맞추기',
  },
};
