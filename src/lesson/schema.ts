import { z } from 'zod';
import { AgeBand, Id, LANGUAGES, Localized, SourceRef, StepRef } from './common.ts';
import { STEP_SCHEMAS } from './steps/index.ts';
import { World } from './world.ts';

/** The lesson format this app writes and reads. Older files are migrated (migrations.ts). */
export const FORMAT_VERSION = 1;

export const Step = z.discriminatedUnion('type', Object.values(STEP_SCHEMAS) as unknown as [
  (typeof STEP_SCHEMAS)[keyof typeof STEP_SCHEMAS],
  ...(typeof STEP_SCHEMAS)[keyof typeof STEP_SCHEMAS][],
]);
export type Step = z.infer<typeof Step>;

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** As printed on the work; a { "ko", "en" } text where the publisher has a name in each language. */
  publisher: z.union([z.string().min(1), Localized]),
  year: z.union([z.int().min(1900).max(2100), z.string().min(4)]),
  // A pattern rather than z.url(): the JSON Schema then accepts exactly what the app accepts.
  url: z.string().regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, 'a web address starting with https:// or http://').optional(),
  /** Secondary sources are shown as approximate. */
  status: z.enum(['verified', 'secondary']).default('verified'),
});
export type Source = z.infer<typeof Source>;

/** A yardstick a footprint total is compared with, e.g. the Korean average per person. */
export const Benchmark = z.strictObject({
  id: Id,
  label: Localized,
  /** kg CO2e per person per year. */
  kgPerYear: z.number().positive(),
  source: SourceRef,
  approximate: z.boolean().default(false),
});

export const Lesson = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    formatVersion: z.literal(FORMAT_VERSION).describe('The lesson format this file is written in: 1.'),
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'a version like "1.0.0"').describe('This lesson\'s own version: raise it when you change it.'),
    title: Localized,
    summary: Localized,
    languages: z.array(z.enum(LANGUAGES)).min(1).describe('The languages every text is written in, e.g. ["ko", "en"].'),
    ageBands: z.array(AgeBand).min(1).describe('Who the lesson is for: "middle" school, "high" school and/or "adult" learners, in the order the band chooser offers them.'),
    minutes: z.int().min(1).max(60).describe('Expected minutes to finish.'),
    objectives: z.array(Localized).min(1).max(8).describe('What a student can do after the lesson.'),
    sources: z.array(Source).default([]),
    benchmarks: z.array(Benchmark).default([]),
    /** The place around the student in every step; without it, scene steps' `environment` decides. */
    world: World.optional(),
    /** The first step; defaults to the first in `steps`. */
    start: StepRef.optional(),
    steps: z.array(Step).min(1).max(2000).describe('The steps, in order: each goes to the next one unless it names another in "next".'),
  })
  .meta({ id: 'Lesson', title: 'ClimateXR lesson', description: 'A ClimateXR lesson file (format 1).' });
export type Lesson = z.infer<typeof Lesson>;
export type LessonInput = z.input<typeof Lesson>;
