import { z } from 'zod';
import { Lesson } from './schema.ts';

/** Where the generated schema is committed, relative to the repository root. */
export const SCHEMA_FILE = 'lessons/lesson.schema.json';

/**
 * The lesson format as JSON Schema (draft 2020-12), for editors: completion, hover help, underlines.
 * `io: 'input'` because authors write the input: fields with defaults may be left out.
 */
export function lessonJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Lesson, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema,
    $comment: 'Generated from src/lesson by `npm run lessons:schema`: do not edit by hand. Semantic checks (ids, references, languages, reachability) run in `npm run lessons:check`.',
    title: 'ClimateXR lesson',
    ...rest,
  };
}

/** The committed file's exact text. */
export function lessonJsonSchemaText(): string {
  return `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
}
