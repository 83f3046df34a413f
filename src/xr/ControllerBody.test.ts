import { BoxGeometry, Group, Mesh, MeshBasicMaterial } from 'three';
import { expect, test } from 'vitest';
import { mergedModel } from './ControllerBody.tsx';

test('a controller model of parts sharing one material becomes one mesh, the parts where they stood', () => {
  const material = new MeshBasicMaterial();
  const model = new Group();
  const body = new Mesh(new BoxGeometry(0.05, 0.1, 0.05), material);
  const button = new Mesh(new BoxGeometry(0.01, 0.01, 0.01), material);
  button.position.set(0, 0.06, 0);
  model.add(body, button);
  const one = mergedModel(model) as Mesh;
  expect(one).not.toBe(model);
  expect(one.material).toBe(material);
  expect(one.geometry.getAttribute('position').count).toBe(48);
  one.geometry.computeBoundingBox();
  expect(one.geometry.boundingBox!.max.y).toBeCloseTo(0.065, 5);
});

test('parts with materials of their own stay as they are', () => {
  const model = new Group();
  model.add(new Mesh(new BoxGeometry(), new MeshBasicMaterial()), new Mesh(new BoxGeometry(), new MeshBasicMaterial()));
  expect(mergedModel(model)).toBe(model);
});
