import type { classroomKo } from './classroom-ko.ts';
import type { Widen } from './types.ts';

/** English strings of a student's page in a class with the laptop's hub (same keys as classroom-ko.ts). */
export const classroomEn: Widen<typeof classroomKo> = {
  classroom: {
    pausedTitle: 'Eyes on your teacher',
    pausedBody: 'Your teacher has paused the lesson. When it goes on, you carry on right here.',
    waitTeacher: 'Wait for your teacher: they open the next step.',
    raiseHand: 'Raise hand',
    lowerHand: 'Lower hand',
    handUp: 'Your hand is up. Your teacher will come.',
    savedDevice: 'Saved on this device',
    savedLaptop: 'Also saved on the teacher\'s laptop',
    badgeDevice: 'Saved on this headset only; sent to the teacher\'s laptop once connected.',
    badgeLaptop: 'Also saved on the teacher\'s laptop.',
    laptopFull: 'The teacher\'s laptop cannot store more from this device. Your progress stays on this device; tell your teacher.',
  },
};
