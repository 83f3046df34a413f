/** Saves a Blob as a file through a temporary link; the object URL is released afterwards. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** climatexr-progress-2026-03-02[-lesson].ext, by the device's date. */
export function exportName(kind: string, ext: string, lessonId?: string, now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `climatexr-${kind}-${d}${lessonId ? `-${lessonId}` : ''}.${ext}`;
}
