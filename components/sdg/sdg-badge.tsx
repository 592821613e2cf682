import { directoryListLabels } from "@/lib/copy/directory-lists";
import { readableTextColour, safeColour } from "@/lib/sdg/sdg";

export interface SdgBadgeData {
  number: number;
  shortName: string;
  colour: string;
}

/**
 * "ODD 4" on the goal's official colour, with white or dark text chosen for contrast. The short
 * name is visible in the large size and given to screen readers in the small one.
 */
export function SdgBadge({ sdg, size = "small" }: { sdg: SdgBadgeData; size?: "small" | "large" }) {
  const background = safeColour(sdg.colour);
  const style = { backgroundColor: background, color: readableTextColour(background) };
  if (size === "large") {
    return (
      <span style={style} className="inline-flex items-baseline gap-2 rounded-md px-3 py-1.5 font-semibold">
        <span>{directoryListLabels.sdg(sdg.number)}</span>
        <span className="font-normal">{sdg.shortName}</span>
      </span>
    );
  }
  return (
    <span style={style} className="inline-block rounded px-2 py-0.5 text-sm font-semibold">
      {directoryListLabels.sdg(sdg.number)}
      <span className="sr-only"> : {sdg.shortName}</span>
    </span>
  );
}

/** The SDGs of an actor, as a list of badges. */
export function SdgBadgeList({ sdgs, size = "small", label }: { sdgs: SdgBadgeData[]; size?: "small" | "large"; label?: string }) {
  if (sdgs.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {sdgs.map((sdg) => (
        <li key={sdg.number}>
          <SdgBadge sdg={sdg} size={size} />
        </li>
      ))}
    </ul>
  );
}
