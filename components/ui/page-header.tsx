import type { ReactNode } from "react";

/** The page's one h1, with an optional introduction below it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      {children ? <div className="mt-4 text-lg text-muted">{children}</div> : null}
    </div>
  );
}
