/**
 * Writes lessons/lesson.schema.json from the zod schemas in src/lesson (the one source of truth).
 *   npm run lessons:schema            write it
 *   npm run lessons:schema -- --check exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lessonJsonSchemaText, SCHEMA_FILE } from '../src/lesson/json-schema.ts';

const text = lessonJsonSchemaText();
let current = '';
try {
  current = readFileSync(SCHEMA_FILE, 'utf8');
} catch {
  // not written yet
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is stale: run npm run lessons:schema and commit it`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date`);
} else if (current === text) {
  console.log(`${SCHEMA_FILE} is up to date`);
} else {
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}
