import type { ProblemCode } from '../hub/protocol.ts';

/**
 * What a person can do about each refusal of the hub, in Korean and English (the UI puts these in
 * its i18n bundles or shows them as they are). Codes a well-behaved page never gets say so plainly.
 */
export const PROBLEM_TEXT: Record<ProblemCode, { ko: string; en: string }> = {
  'bad-secret': { ko: '교사 비밀번호가 맞지 않아요. 선생님 노트북의 교사 화면에 보이는 비밀번호를 다시 입력하세요.', en: 'The teacher secret is not right. Type it again as the desk on the teacher\'s laptop shows it.' },
  'not-teacher': { ko: '이 기능은 교사 화면에서만 쓸 수 있어요.', en: 'Only the teacher\'s desk can do this.' },
  'storage-full': { ko: '선생님 노트북에 이 기기의 기록을 더 저장할 수 없어요. 기록은 이 기기에 남아 있어요. 선생님께 알려 주세요.', en: 'The teacher\'s laptop cannot store more from this device. Your progress stays on this device; tell your teacher.' },
  rate: { ko: '잠시 후에 다시 보낼게요.', en: 'Sending again in a moment.' },
  gap: { ko: '선생님 노트북과 다시 맞추는 중이에요.', en: 'Catching up with the teacher\'s laptop.' },
  'not-yours': { ko: '다른 기기에서 만든 학생의 기록은 그 기기나 교사 화면에서만 지울 수 있어요.', en: 'A student made on another device can only be deleted there, or from the teacher\'s desk.' },
  'forged-device': { ko: '이 기기의 것이 아닌 기록은 보낼 수 없어요.', en: 'Records of another device cannot be sent from this one.' },
  'batch-too-large': { ko: '한 번에 보내는 기록이 너무 많아요. 나눠서 다시 보낼게요.', en: 'Too many records at once; they will be sent in smaller parts.' },
  'bad-message': { ko: '선생님 노트북이 이 내용을 읽을 수 없어요. 앱을 새로 고쳐 주세요.', en: 'The teacher\'s laptop could not read this. Reload the app.' },
  'no-hello': { ko: '선생님 노트북에 연결하는 중이에요.', en: 'Connecting to the teacher\'s laptop.' },
  'unknown-message': { ko: '이 앱과 선생님 노트북의 버전이 달라요. 앱을 새로 고쳐 주세요.', en: 'This app and the teacher\'s laptop are different versions. Reload the app.' },
  server: { ko: '선생님 노트북이 지금 이 일을 할 수 없어요. 잠시 후에 다시 해 보세요.', en: 'The teacher\'s laptop cannot do this right now. Try again in a moment.' },
};
