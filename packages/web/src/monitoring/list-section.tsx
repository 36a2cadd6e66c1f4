import type { ReactNode } from 'react';

/** A part of a monitoring page: its heading, an optional help line, then its table or list or a "none" line. */
export function ListSection({
  id,
  title,
  help,
  empty,
  isEmpty,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  empty: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-5">
      <h2 id={id} className="h4">
        {title}
      </h2>
      {help && <p className="small">{help}</p>}
      {isEmpty ? <p>{empty}</p> : children}
    </section>
  );
}
