// Writes assets/models/recycling-bin.glb: a small low-poly model made here (no downloads), to show
// that lessons can place glTF props from assets/ as well as built-in ones. Plain glTF: no Draco,
// no Meshopt, no textures (those decoders would be fetched from a CDN).
// Run: node scripts/make-models.mjs
import { writeFile, mkdir } from 'node:fs/promises';
import { BoxGeometry, CylinderGeometry, Group, Mesh, MeshStandardMaterial, TorusGeometry } from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

// GLTFExporter reads its output through FileReader, which Node lacks.
globalThis.FileReader ??= class {
  readAsArrayBuffer(blob) {
    void blob.arrayBuffer().then((b) => {
      this.result = b;
      this.onloadend?.();
    });
  }
  readAsDataURL(blob) {
    void blob.arrayBuffer().then((b) => {
      this.result = `data:${blob.type || 'application/octet-stream'};base64,${Buffer.from(b).toString('base64')}`;
      this.onloadend?.();
    });
  }
};

const mat = (color, roughness = 0.8) => new MeshStandardMaterial({ color, roughness, metalness: 0, flatShading: true });
const green = mat('#2e8b57');
const dark = mat('#1f5f3b');
const white = mat('#f2f4f5');

/** A wheelie bin, 1.05 m tall, front towards +z, standing on y = 0. */
function recyclingBin() {
  const bin = new Group();
  bin.name = 'recycling-bin';
  const body = new Mesh(new CylinderGeometry(0.36, 0.3, 0.95, 4, 1), green);
  body.rotation.y = Math.PI / 4;
  body.scale.set(1, 1, 1.25);
  body.position.y = 0.5;
  const lid = new Mesh(new BoxGeometry(0.56, 0.06, 0.66), dark);
  lid.position.set(0, 1.0, -0.02);
  const handle = new Mesh(new BoxGeometry(0.5, 0.04, 0.04), dark);
  handle.position.set(0, 0.98, -0.37);
  // The recycling sign: three arrows suggested by a ring of three segments.
  const sign = new Mesh(new TorusGeometry(0.1, 0.022, 4, 3), white);
  sign.position.set(0, 0.6, 0.355);
  sign.rotation.x = -0.06;
  const wheels = [-0.24, 0.24].map((x) => {
    const w = new Mesh(new CylinderGeometry(0.07, 0.07, 0.05, 10), dark);
    w.rotation.z = Math.PI / 2;
    w.position.set(x, 0.07, -0.3);
    return w;
  });
  bin.add(body, lid, handle, sign, ...wheels);
  return mergeByMaterial(bin);
}

/** One mesh per material, so each copy in a scene costs one draw call per colour, not per part. */
function mergeByMaterial(group) {
  group.updateMatrixWorld(true);
  const byMaterial = new Map();
  for (const m of group.children) {
    const g = m.geometry.clone().applyMatrix4(m.matrixWorld);
    byMaterial.set(m.material, [...(byMaterial.get(m.material) ?? []), g.index ? g.toNonIndexed() : g]);
  }
  const merged = new Group();
  merged.name = group.name;
  for (const [material, geometries] of byMaterial) {
    const mesh = new Mesh(mergeGeometries(geometries), material);
    mesh.name = `${group.name}-${material.color.getHexString()}`;
    merged.add(mesh);
  }
  return merged;
}

const exporter = new GLTFExporter();
const out = new URL('../assets/models/recycling-bin.glb', import.meta.url);
const glb = await exporter.parseAsync(recyclingBin(), { binary: true });
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, Buffer.from(glb));
console.log(`wrote ${out.pathname} (${(glb.byteLength / 1024).toFixed(1)} KiB)`);
