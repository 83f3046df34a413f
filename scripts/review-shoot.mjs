// `npm run review:shoot -- [options]`: builds the app into .tmp/review-dist and shoots every step of
// lessons as a student sees them (tests/review/shoot.review.ts), for a content review. Not a test.
//   --lessons a,b       lesson ids (default: the four ICEC lessons)
//   --views vr,desktop  emulated Quest 3 and/or a 1280×800 laptop (default both)
//   --combos middle-ko,high-en,adult-en   band-language pairs (default middle/high × ko/en)
//   --steps a,b         only these step ids (the lesson is played up to the last of them)
//   --dir name          pictures under .tmp/screens/<name>/<lesson>/ (default .tmp/screens/review-<lesson>/)
//   --all-hotspots      on desktop, one picture per hotspot (default: after the last one)
//   --all-high          in the high band, every step (default: only the steps meant for it alone)
//   --after-only        quizzes only after answering
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { runBin } from './bin.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium, E2E_DIST: '.tmp/review-dist' };
const args = process.argv.slice(2);
const value = { '--lessons': 'REVIEW_LESSONS', '--views': 'REVIEW_VIEWS', '--combos': 'REVIEW_COMBOS', '--steps': 'REVIEW_STEPS', '--dir': 'REVIEW_DIR' };
const flag = { '--all-hotspots': 'REVIEW_ALL_HOTSPOTS', '--all-high': 'REVIEW_ALL_HIGH', '--after-only': 'REVIEW_SKIP_A' };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a in value && args[i + 1]) env[value[a]] = args[++i];
  else if (a in flag) env[flag[a]] = '1';
  else {
    console.error(`unknown option ${a}: see the top of scripts/review-shoot.mjs`);
    process.exit(2);
  }
}
for (const [title, pkg, name, argv] of [
  ['build', 'vite', 'vite', ['build', '--outDir', '.tmp/review-dist', '--logLevel', 'warn']],
  ['shoot', 'vitest', 'vitest', ['run', '--config', 'tests/review/vitest.config.ts']],
]) {
  console.log(`\n▶ ${title}`);
  const status = runBin(pkg, name, argv, { env });
  if (status !== 0) process.exit(status);
}
console.log(`\npictures: .tmp/screens/${env.REVIEW_DIR ?? 'review-<lesson>'}/`);
