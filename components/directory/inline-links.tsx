import Link from "next/link";
import type { TerritoryKind } from "@/generated/prisma/enums";
import { paths } from "@/lib/paths";

/** A few linked names in a sentence ("A, B et 3 autres"): the rest is counted, not listed. */
export function InlineLinks({ items, more }: { items: { key: string; href: string; label: string }[]; more?: string | null }) {
  return (
    <>
      {items.map((item, index) => (
        <span key={item.key}>
          {index > 0 ? ", " : null}
          <Link href={item.href}>{item.label}</Link>
        </span>
      ))}
      {more ? ` ${more}` : null}
    </>
  );
}

/** A territory as one of InlineLinks' items, linked to its page. */
export function territoryLink(territory: { kind: TerritoryKind; code: string; name: string }) {
  return { key: `${territory.kind}-${territory.code}`, href: paths.territory(territory.kind, territory.code), label: territory.name };
}
