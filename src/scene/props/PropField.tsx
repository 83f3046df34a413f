import { Suspense, useMemo } from 'react';
import { groupProps, type LessonProp } from './group.ts';
import { KindInstances } from './KindInstances.tsx';
import { PROP_LIBRARY } from './library/index.ts';
import { ModelInstances } from './ModelInstances.tsx';
import { QuietBoundary } from './QuietBoundary.tsx';

/**
 * A step's props, in world space: repeated kinds share one instanced draw per part group, so a
 * 40-prop scene costs a few draw calls per kind, not per prop.
 */
export function PropField({ props }: { props: readonly LessonProp[] }) {
  const groups = useMemo(() => groupProps(props), [props]);
  return (
    <group name="props">
      {groups.builtin.map(([kind, list]) => <KindInstances key={kind} name={kind} def={PROP_LIBRARY[kind]} props={list} />)}
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
