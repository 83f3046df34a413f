/**
 * Korean strings of a student's page in a class with the laptop's hub (pause card, hand, pace, where
 * progress is saved): the `classroom` namespace. The desk's are in desk/live-ko.ts.
 */
export const classroomKo = {
  classroom: {
    pausedTitle: '선생님을 봐 주세요',
    pausedBody: '선생님이 수업을 잠시 멈췄어요. 다시 시작하면 지금 이 자리에서 이어가요.',
    waitTeacher: '선생님을 기다려요. 다음 단계는 선생님이 열어 줘요.',
    raiseHand: '손 들기',
    lowerHand: '손 내리기',
    handUp: '손을 들었어요. 선생님이 곧 올 거예요.',
    savedDevice: '이 기기에 저장됨',
    savedLaptop: '선생님 노트북에도 저장됨',
    badgeDevice: '이 헤드셋에만 저장됐어요. 선생님 노트북에 연결되면 보내요.',
    badgeLaptop: '선생님 노트북에도 저장됐어요.',
    laptopFull: '선생님 노트북에 이 기기의 기록을 더 저장할 수 없어요. 기록은 이 기기에 남아 있어요. 선생님께 알려 주세요.',
  },
} as const;
