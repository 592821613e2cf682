import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** Accueil › Back-office › current page. */
export function AdminBreadcrumbs({ current }: { current: string }) {
  return (
    <Breadcrumbs
      items={[
        { label: labels.breadcrumbs.home, href: paths.home() },
        { label: labels.admin.section, href: paths.admin() },
      ]}
      current={current}
    />
  );
}
