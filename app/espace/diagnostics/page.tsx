import type { Metadata } from "next";
import { MyDiagnostics } from "@/components/diagnostics/my-diagnostics";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { listMyDiagnostics } from "@/lib/diagnostics/diagnostics.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = diagnosticsCopy.list;

export const metadata: Metadata = { title: t.title };

export default async function MyDiagnosticsPage() {
  const user = await requireUser();
  const diagnostics = await listMyDiagnostics(user.id);
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
      <MyDiagnostics diagnostics={diagnostics} />
      <ButtonLink href={paths.diagnosticNew()}>{t.start}</ButtonLink>
    </>
  );
}
