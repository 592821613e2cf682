import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/breadcrumbs";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** Accueil › Back-office › (intermediate pages) › current page. */
export function AdminBreadcrumbs({ current, trail = [] }: { current: string; trail?: BreadcrumbItem[] }) {
  return (
    <Breadcrumbs
      items={[{ label: labels.breadcrumbs.home, href: paths.home() }, { label: labels.admin.section, href: paths.admin() }, ...trail]}
      current={current}
    />
  );
}
