import { Suspense, useEffect, useMemo } from 'react';
import { groupProps, type LessonProp } from './group.ts';
import { propMaterial } from './materials.ts';
import { mergedProps } from './merged.ts';
import { ModelInstances } from './ModelInstances.tsx';
import { QuietBoundary } from './QuietBoundary.tsx';

/**
 * A step's props, in world space: every built-in prop merged into one draw call (merged.ts), and
 * every copy of one glTF file instanced, one draw per mesh in the file.
 */
export function PropField({ props }: { props: readonly LessonProp[] }) {
  const groups = useMemo(() => groupProps(props), [props]);
  const builtin = useMemo(() => mergedProps(groups.builtin), [groups]);
  useEffect(() => () => builtin?.dispose(), [builtin]);
  return (
    <group name="props">
      {builtin && <mesh name="props:built-in" geometry={builtin} material={propMaterial} />}
      {groups.models.map(([path, list]) => (
        <QuietBoundary key={path} what={path}>
          <Suspense fallback={null}>
            <ModelInstances path={path} props={list} />
          </Suspense>
        </QuietBoundary>
      ))}
    </group>
  );
}

/** One prop on its own (e.g. a tree planted in a footprint step): the same library, one copy. */
export function Prop(props: LessonProp) {
  const key = JSON.stringify(props); // the same placement keeps the same list
  const list = useMemo(() => [props], [key]);
  return <PropField props={list} />;
}
