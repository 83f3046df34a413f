/** Limits that keep a broken or hostile file from hanging or crashing the app, and budgets for headsets. */
export const LIMITS = {
  /** Files over this are refused before parsing. A 1,000-step lesson is about 270 KB. */
  maxBytes: 2 * 1024 * 1024,
  /** Objects and arrays nested deeper than this are refused before parsing (a lesson needs about 7). */
  maxDepth: 32,
  /** The longest string (key or value) a lesson may hold, in UTF-16 units. */
  maxStringLength: 20_000,
  /** Problems reported per file; the rest are counted. */
  maxProblems: 200,
  /** Syntax errors reported per file: after a few, the rest are usually echoes of the first. */
  maxSyntaxProblems: 20,
} as const;

/** Reading in a headset: text panels are small and blurry at the edges (STACK.md, "Quest facts"). */
export const READING = {
  /** Body text of a panel: a question, an explanation, a narration. */
  panel: { enWords: 40, koChars: 120 },
  /** A title, a button, an option, a label. */
  label: { enWords: 12, koChars: 30 },
} as const;

/** Asset size budgets in bytes: a Quest loads them over classroom Wi-Fi, and the offline cache skips files over 2 MiB. */
export const ASSET_BUDGETS = {
  model: 2 * 1024 * 1024,
  image: 1024 * 1024,
  audio: 2 * 1024 * 1024,
  /** All assets of one lesson together. */
  lesson: 16 * 1024 * 1024,
} as const;
