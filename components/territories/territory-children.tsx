import { TerritoryLinkGrid } from "@/components/territories/territory-link-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { labels } from "@/lib/labels";
import type { ChildSection } from "@/lib/territories/territories.queries";

/** The territories a territory contains, one section per kind; the long list is paginated. */
export function TerritoryChildren({ sections, hrefForPage }: { sections: ChildSection[]; hrefForPage: (page: number) => string }) {
  return (
    <>
      {sections.map((section) => {
        const headingId = `enfants-${section.key}`;
        return (
          <section key={section.key} aria-labelledby={headingId} className="mt-12">
            <h2 id={headingId} className="text-2xl font-bold">
              {labels.territory.children[section.key]}
            </h2>
            <p className="mt-1 mb-4 text-muted">{labels.territory.children.count(section.total)}</p>
            {section.items.length === 0 ? <EmptyState title={labels.territory.children.empty} /> : <TerritoryLinkGrid items={section.items} />}
            {section.pageInfo ? <Pagination pageInfo={section.pageInfo} hrefFor={hrefForPage} /> : null}
          </section>
        );
      })}
    </>
  );
}
