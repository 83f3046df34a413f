export interface LoadOptions {
  /**
   * The size in bytes of a file under the app's assets/ folder, null when there is no such file, or
   * undefined when it cannot be known (then the file is not checked). Without it, assets are not checked:
   * the loader stays pure and the same in the browser and in Node.
   */
  assetSize?: (path: string) => number | null | undefined;
  /**
   * How long a sound file plays, in seconds, or undefined when it cannot be known (a missing file, a
   * format whose length is not read): captions are then checked against it (analyze/narration.ts).
   */
  audioSeconds?: (path: string) => number | undefined;
}
