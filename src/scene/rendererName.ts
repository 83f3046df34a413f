/**
 * The name of the WebGL renderer this browser would draw with, asked of a throwaway context (the
 * answer decides the real one's attributes, which cannot change once it exists); '' when WebGL or
 * the name is not available. Asked once per page.
 */
let known: string | undefined;

export function rendererName(): string {
  if (known !== undefined) return known;
  known = '';
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return known;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    known = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // No WebGL here: the Stage reports that itself when it cannot draw.
  }
  return known;
}
