import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { KitForm } from "@/components/kits/admin/kit-form";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { listKitTargets } from "@/lib/kits/kits.queries";

const t = kitsLabels.admin.form;

export const metadata: Metadata = { title: `${t.newTitle} — ${labels.admin.section}` };

export default async function NewKitPage() {
  const viewer = await requireRole("STAFF");
  if (!can({ id: viewer.id, platformRole: viewer.platformRole }, "kit.create")) forbidden();
  const targets = await listKitTargets();
  return (
    <>
      <KitsBreadcrumbs current={t.newTitle} />
      <PageHeader title={t.newTitle} />
      <KitForm kit={null} targets={targets} />
    </>
  );
}
