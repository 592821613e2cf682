import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AllianceForm } from "@/components/alliances/workspace/alliance-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { listSdg17Targets } from "@/lib/alliances/workspace.queries";
import { requireUser } from "@/lib/auth/session";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { listMyOrganisations } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = alliancesWorkspaceCopy;

export const metadata: Metadata = { title: t.form.newTitle };

export default async function NewAlliancePage() {
  const user = await requireUser();
  const [organisations, targets] = await Promise.all([listMyOrganisations(user.id), listSdg17Targets()]);
  // An alliance is carried by an organisation: without one, the list page explains what to do.
  if (organisations.length === 0) redirect(paths.workspaceAlliances());
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: t.workspace, href: paths.workspace() },
          { label: t.list.title, href: paths.workspaceAlliances() },
        ]}
        current={t.form.newTitle}
      />
      <PageHeader title={t.form.newTitle} />
      <AllianceForm organisations={organisations.map((o) => ({ id: o.id, name: o.name }))} targets={targets} />
    </>
  );
}
