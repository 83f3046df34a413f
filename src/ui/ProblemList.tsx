import type { Problem } from '../lesson/load.ts';

/** An author's view of what is wrong with a lesson file: one located line per problem. */
export function ProblemList({ file, problems }: { file: string; problems: Problem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <code>{`${file}:${p.line}:${p.column}`}</code> {p.message}
        </li>
      ))}
    </ul>
  );
}
