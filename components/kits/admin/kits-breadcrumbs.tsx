import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** Accueil › Back-office › Kits [› the kit] › current page (the list itself stops at Back-office). */
export function KitsBreadcrumbs({ current, kit, isList = false }: { current: string; kit?: { id: string; title: string }; isList?: boolean }) {
  return (
    <Breadcrumbs
      items={[
        { label: labels.breadcrumbs.home, href: paths.home() },
        { label: labels.admin.section, href: paths.admin() },
        ...(isList ? [] : [{ label: kitsLabels.admin.title, href: paths.adminKits() }]),
        ...(kit ? [{ label: kit.title, href: paths.adminKit(kit.id) }] : []),
      ]}
      current={current}
    />
  );
}
