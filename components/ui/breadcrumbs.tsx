import Link from "next/link";
import { labels } from "@/lib/labels";

export interface BreadcrumbItem {
  label: string;
  href: string;
}

/** The trail to the current page; the last item is the page itself and is not a link. */
export function Breadcrumbs({ items, current }: { items: BreadcrumbItem[]; current: string }) {
  return (
    <nav aria-label={labels.breadcrumbs.label} className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-2">
            <Link href={item.href}>{item.label}</Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li>
          <span aria-current="page" className="text-ink">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
