import { directoryListLabels as text } from "@/lib/copy/directory-lists";
import type { TerritoryScope } from "@/lib/directory/directory";

/** Tells the two groups of a territory search apart: inside the territory, or around it. */
export function ScopeBadge({ scope, territoryName }: { scope: TerritoryScope; territoryName: string }) {
  return scope === "dedans" ? (
    <span className="inline-block rounded bg-green-100 px-2 py-0.5 text-sm font-semibold text-green-900">{text.scopeInside}</span>
  ) : (
    <span className="inline-block rounded border border-dashed border-muted bg-white px-2 py-0.5 text-sm font-semibold text-ink">
      {text.scopeAround(territoryName)}
    </span>
  );
}
