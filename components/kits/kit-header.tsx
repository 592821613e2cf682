import { Badge } from "@/components/ui/badge";
import { kitsLabels } from "@/lib/copy/kits";
import type { PublishedKit } from "@/lib/kits/kit-page.queries";

/** The page's one h1: the kit's title, its family, its summary and the date of its version. */
export function KitHeader({ kit }: { kit: Pick<PublishedKit, "title" | "summary" | "category" | "updatedAt" | "version"> }) {
  const t = kitsLabels.detail;
  return (
    <div className="mb-8 max-w-3xl">
      <p>
        <Badge>{kitsLabels.categories[kit.category].label}</Badge>
      </p>
      <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{kit.title}</h1>
      {kit.summary ? <p className="mt-4 text-lg text-muted">{kit.summary}</p> : null}
      <p className="mt-3 text-sm text-muted">
        <time dateTime={kit.updatedAt.toISOString()}>{t.updatedOn(kit.updatedAt)}</time> ({t.version(kit.version)})
      </p>
    </div>
  );
}
