export default {
  teacherLinks: {
    title: 'Open a lesson on a headset',
    intro: 'Scan a QR code with the headset\'s browser or a phone camera to open that lesson directly.',
    notHttps: 'This address is not https, so headsets cannot enter VR from it. Run `npm start` on the laptop to get the https classroom address.',
    qr: 'QR code for the lesson {{title}}',
  },
};
