import { BufferAttribute, BufferGeometry } from 'three';

/**
 * Several geometries as one (one draw call), for the app's own built shapes: all indexed or all
 * not, with the same attributes (names, sizes), none interleaved. Groups and morph targets are not kept
 * (none are used).
 * Our own small version instead of three's BufferGeometryUtils, which is ~4 KiB of first-frame code.
 */
export function mergeGeometries(parts: readonly BufferGeometry[]): BufferGeometry {
  const first = parts[0];
  if (!first) throw new Error('mergeGeometries: nothing to merge');
  const names = Object.keys(first.attributes).sort();
  const indexed = first.index !== null;
  let vertices = 0;
  let indices = 0;
  for (const [i, g] of parts.entries()) {
    const own = Object.keys(g.attributes).sort();
    if (own.join() !== names.join() || (g.index !== null) !== indexed) {
      throw new Error(`mergeGeometries: part ${i} has [${own.join(', ')}]${g.index ? ' (indexed)' : ''}, part 0 [${names.join(', ')}]${indexed ? ' (indexed)' : ''}`);
    }
    vertices += g.getAttribute(names[0]!).count;
    indices += g.index?.count ?? 0;
  }
  const out = new BufferGeometry();
  for (const name of names) {
    const a = first.getAttribute(name) as BufferAttribute;
    const array = new (a.array.constructor as Float32ArrayConstructor)(vertices * a.itemSize);
    let at = 0;
    for (const g of parts) {
      const b = g.getAttribute(name) as BufferAttribute;
      if (b.itemSize !== a.itemSize) throw new Error(`mergeGeometries: ${name} has item size ${b.itemSize} and ${a.itemSize}`);
      array.set(b.array, at);
      at += b.count * b.itemSize;
    }
    out.setAttribute(name, new BufferAttribute(array, a.itemSize, a.normalized));
  }
  if (indexed) {
    const index = vertices > 65535 ? new Uint32Array(indices) : new Uint16Array(indices);
    let at = 0;
    let base = 0;
    for (const g of parts) {
      const src = g.index!.array;
      for (let i = 0; i < src.length; i++) index[at + i] = src[i]! + base;
      at += src.length;
      base += g.getAttribute(names[0]!).count;
    }
    out.setIndex(new BufferAttribute(index, 1));
  }
  return out;
}
