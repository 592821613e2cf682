import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitListItem } from "@/lib/kits/kits.queries";
import { paths } from "@/lib/paths";

/** Kits as a list: title (linked), family, summary, levels, last update. `level` keeps the outline right. */
export function KitList({ items, headingLevel = 3 }: { items: KitListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((kit) => (
        <li key={kit.id} className="py-5">
          <Heading className="text-lg font-bold">
            <Link href={paths.kit(kit.slug)}>{kit.title}</Link>
          </Heading>
          <p className="mt-1 flex flex-wrap gap-2">
            <Badge>{kitsLabels.categories[kit.category].label}</Badge>
            {kit.maturityLevels.length > 0
              ? [...kit.maturityLevels]
                  .sort((a, b) => a - b)
                  .map((level) => (
                    <Badge key={level} tone="neutral">
                      {kitsLabels.maturityLevel(level)}
                    </Badge>
                  ))
              : null}
          </p>
          {kit.summary ? <p className="mt-2">{kit.summary}</p> : null}
          {kit.publishedAt ? (
            <p className="mt-1 text-sm text-muted">
              <time dateTime={kit.publishedAt.toISOString()}>{kitsLabels.list.updatedOn(kit.publishedAt)}</time>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
