import type { ReactNode } from "react";

/** The page's one h1, with an optional introduction below it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-6 max-w-3xl sm:mb-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      {children ? <div className="mt-3 text-base text-muted sm:mt-4 sm:text-lg">{children}</div> : null}
    </div>
  );
}
