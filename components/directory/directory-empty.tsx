import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/** No result: what to try instead. */
export function DirectoryEmpty({ title, advice, children }: { title: string; advice?: readonly string[]; children?: ReactNode }) {
  return (
    <div className="mt-4">
      <EmptyState title={title}>
        {advice ? (
          <ul className="list-disc space-y-1 pl-5">
            {advice.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
        {children}
      </EmptyState>
    </div>
  );
}
