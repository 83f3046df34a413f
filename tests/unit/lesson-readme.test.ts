/** The author guide keeps up with the format: every field and every step type is in lessons/README.md. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema } from '../../src/lesson/json-schema.ts';
import { STEP_TYPES } from '../../src/lesson/steps/index.ts';
import { LESSONS } from './lesson-helpers.ts';

const readme = readFileSync(join(LESSONS, 'README.md'), 'utf8');

function fieldNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => fieldNames(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') Object.keys(v as object).forEach((p) => out.add(p));
      fieldNames(v, out);
    }
  }
  return out;
}

describe('lessons/README.md', () => {
  it('names every field of the format', () => {
    const missing = [...fieldNames(lessonJsonSchema())].filter((k) => !readme.includes(`\`${k}\``) && !readme.includes(`"${k}"`));
    expect(missing).toEqual([]);
  });

  it('has a section and an example file for every step type', () => {
    for (const type of STEP_TYPES) {
      expect(readme).toContain(`### ${type}\n`);
      expect(readme).toContain(`(examples/example-${type}.json)`);
    }
  });
});
