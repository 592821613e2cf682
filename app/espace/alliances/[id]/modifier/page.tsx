import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllianceForm } from "@/components/alliances/workspace/alliance-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { allianceEditRule } from "@/lib/alliances/edits";
import { getAllianceForViewer, listSdg17Targets } from "@/lib/alliances/workspace.queries";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = alliancesWorkspaceCopy;

export const metadata: Metadata = { title: t.form.editTitle };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function EditAlliancePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const [view, targets] = await Promise.all([getAllianceForViewer(await getPrincipal(), id), listSdg17Targets()]);
  // Only the lead's members edit; the mutation checks again.
  if (view?.access !== "partner" || !view.standing.isLeadMember) notFound();
  const { alliance } = view;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: t.list.title, href: paths.workspaceAlliances() },
          { label: alliance.title, href: paths.workspaceAlliance(alliance.id) },
        ]}
        current={t.form.editTitle}
      />
      <PageHeader title={t.form.editTitle} />
      {/* What saving will do, said before the user saves (lib/alliances/edits.ts). */}
      <p className="mb-8 max-w-3xl font-semibold">{t.editRules[allianceEditRule(alliance.status, alliance.leadVerified)]}</p>
      <AllianceForm
        targets={targets}
        defaults={{
          id: alliance.id,
          version: alliance.version,
          title: alliance.title,
          summary: alliance.summary,
          description: alliance.description,
          mode: alliance.mode,
          mecenatKind: alliance.mecenatKind ?? "",
          startDate: isoDate(alliance.startDate),
          endDate: isoDate(alliance.endDate),
          targets: alliance.targetCodes,
          territories: alliance.territories,
        }}
      />
    </>
  );
}
