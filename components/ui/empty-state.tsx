import type { ReactNode } from "react";

/** A calm panel that says there is nothing here yet, with optional advice below the title. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-line bg-surface p-5">
      <p className="font-semibold text-ink">{title}</p>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </div>
  );
}
