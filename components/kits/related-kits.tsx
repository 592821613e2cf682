import { kitsLabels } from "@/lib/copy/kits";
import type { KitListItem } from "@/lib/kits/kits.queries";
import { KitList } from "./kit-list";

export function RelatedKits({ items }: { items: KitListItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="ressources-proches" className="mt-12">
      <h2 id="ressources-proches" className="mb-3 text-2xl font-bold">
        {kitsLabels.detail.relatedHeading}
      </h2>
      <KitList items={items} />
    </section>
  );
}
