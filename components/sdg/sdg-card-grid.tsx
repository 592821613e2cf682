import Link from "next/link";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { readableTextColour } from "@/lib/sdg/sdg";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

/** The 17 goals as cards in their official colours; text colour chosen for AA contrast. */
export function SdgCardGrid({ sdgs }: { sdgs: SdgSummary[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
      {sdgs.map((sdg) => {
        const colour = readableTextColour(sdg.colour);
        return (
          <li key={sdg.number}>
            <Link
              href={paths.sdg(sdg.number)}
              style={{ backgroundColor: sdg.colour, color: colour }}
              className="flex h-full min-h-36 flex-col rounded-lg p-4 no-underline hover:underline"
            >
              <span className="text-3xl font-bold">{sdg.number}</span>
              <span className="mt-1 text-lg font-semibold">{sdg.shortName}</span>
              <span className="sr-only"> — {labels.directories.sdg.number(sdg.number)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
