import type { Metadata } from "next";
import { FollowUpPrompt } from "@/components/diagnostics/follow-up-prompt";
import { MyDiagnostics } from "@/components/diagnostics/my-diagnostics";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { listMyDiagnostics } from "@/lib/diagnostics/diagnostics.queries";
import { readPostponedFollowUps, selectDueFollowUps } from "@/lib/diagnostics/follow-up.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.list;

export const metadata: Metadata = { title: t.title };

export default async function MyDiagnosticsPage() {
  const user = await requireUser();
  const diagnostics = await listMyDiagnostics(user.id);
  // One question at a time: the most recently touched diagnostic that is due.
  const [followUp] = await selectDueFollowUps(user.id, diagnostics, { postponed: await readPostponedFollowUps() });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: diagnosticsCopy.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {followUp ? <FollowUpPrompt diagnostic={followUp} linkToReport /> : null}
      <MyDiagnostics diagnostics={diagnostics} />
      <ButtonLink href={paths.diagnosticNew()}>{t.start}</ButtonLink>
    </>
  );
}
