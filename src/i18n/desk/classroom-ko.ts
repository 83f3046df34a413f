export default {
  teacherLinks: {
    title: '헤드셋에서 수업 열기',
    intro: '헤드셋의 브라우저나 휴대폰 카메라로 QR 코드를 찍으면 그 수업이 바로 열려요.',
    notHttps: '이 주소는 https가 아니라서 헤드셋에서 VR이 열리지 않아요. 노트북에서 `npm start`로 수업 서버를 켜면 https 주소가 나와요.',
    qr: '{{title}} 수업의 QR 코드',
  },
};
