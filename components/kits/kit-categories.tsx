import Link from "next/link";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitCategory } from "@/generated/prisma/enums";
import { KIT_CATEGORIES } from "@/lib/kits/kits";

/**
 * M.E.D.O.C.: the five families as entry points, each with its number of resources for the
 * current search (every filter but the family). Not on screens under 768 px, where the results
 * come first: there the « Famille » facet behind « Filtres » does the same.
 */
export function KitCategories({
  counts,
  hrefFor,
  current,
}: {
  counts: Map<KitCategory, number>;
  hrefFor: (category: KitCategory) => string;
  current: KitCategory[];
}) {
  const t = kitsLabels;
  return (
    <section aria-labelledby="familles" className="mt-8 hidden md:block">
      <h2 id="familles" className="text-xl font-bold">
        {t.list.categoriesHeading}
      </h2>
      <ul className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {KIT_CATEGORIES.map((category) => {
          const selected = current.length === 1 && current[0] === category;
          return (
            <li key={category}>
              <Link
                href={hrefFor(category)}
                aria-current={selected ? "true" : undefined}
                className={`flex h-full flex-col rounded-lg border p-4 no-underline hover:border-odd17 ${selected ? "border-2 border-odd17 bg-odd17-light" : "border-line bg-white"}`}
              >
                <span className="text-lg font-bold text-odd17-dark underline underline-offset-2">{t.categories[category].plural}</span>
                <span className="mt-1 text-sm text-ink">{t.categories[category].text}</span>
                <span className="mt-2 text-sm font-semibold text-muted">{t.list.categoryCount(counts.get(category) ?? 0)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
