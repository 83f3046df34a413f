/** The raw-log export file's name and version (kept apart from its zod parser, which loads only on import). */
export const NATIVE_FORMAT = 'climatexr-progress';
export const NATIVE_VERSION = 1;
