import type { Metadata } from "next";
import { MyAlliances } from "@/components/alliances/workspace/my-alliances";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listMyAlliances } from "@/lib/alliances/workspace.queries";
import { requireUser } from "@/lib/auth/session";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { listMyOrganisations } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = alliancesWorkspaceCopy.list;

export const metadata: Metadata = { title: t.title };

export default async function MyAlliancesPage() {
  const user = await requireUser();
  const [organisations, groups] = await Promise.all([listMyOrganisations(user.id), listMyAlliances(user.id)]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: alliancesWorkspaceCopy.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <p className="mb-10">
        {organisations.length > 0 ? (
          <ButtonLink href={paths.workspaceAllianceNew()}>{t.create}</ButtonLink>
        ) : (
          <>
            <span className="mb-4 block">{t.noOrganisation}</span>
            <ButtonLink href={paths.organisationNew()}>{t.createOrganisation}</ButtonLink>
          </>
        )}
      </p>
      <MyAlliances groups={groups} />
    </>
  );
}
