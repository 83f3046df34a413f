import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema, lessonJsonSchemaText, SCHEMA_FILE } from '../../src/lesson/json-schema.ts';
import { Lesson } from '../../src/lesson/schema.ts';
import { anyJson, mutatedLesson, VALID_LESSONS } from './lesson-arbitraries.ts';
import { LESSONS, readText } from './lesson-helpers.ts';
import { lessonFiles } from '../../scripts/lessons-check.ts';

// ajv ships CommonJS: its default export arrives wrapped under some loaders.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module);
const validate = new Ajv2020({ strict: true }).compile(lessonJsonSchema());

describe('lessons/lesson.schema.json', () => {
  it('is the schema generated from src/lesson (run `npm run lessons:schema` when this fails)', () => {
    expect(readText(join(import.meta.dirname, '../..', SCHEMA_FILE))).toBe(lessonJsonSchemaText());
  });

  it('accepts every shipped lesson, and every lesson names it in "$schema"', () => {
    for (const file of lessonFiles(LESSONS)) {
      const lesson = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(validate(lesson), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(lesson.$schema, file).toMatch(/(^|\/)lesson\.schema\.json$/);
    }
  });

  it('agrees with the runtime validator on accept or reject for mutated lessons', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedLesson, (value) => {
        const zod = Lesson.safeParse(value).success;
        if (validate(value) !== zod) expect.fail(`zod ${zod ? 'accepts' : 'rejects'}, JSON Schema does not: ${JSON.stringify(value)}`);
        if (zod) accepted++;
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise both answers, or the agreement says little.
    expect(accepted).toBeGreaterThan(100);
  }, 60_000);

  it('agrees with the runtime validator on arbitrary JSON', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        expect(validate(value)).toBe(Lesson.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('agrees on every example as written', () => {
    for (const lesson of VALID_LESSONS) expect(validate(lesson)).toBe(true);
  });
});
