import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneNotice } from "@/components/ui/done-notice";
import { JoinRequestStanding } from "@/components/alliances/workspace/join-standing";
import { JoinRequestForm } from "@/components/alliances/workspace/join-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getJoinPage } from "@/lib/alliances/join-requests.queries";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { allianceJoinCopy } from "@/lib/copy/alliance-join";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = allianceJoinCopy;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ demande?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getJoinPage(await getPrincipal(), (await params).slug);
  return { title: page ? t.page.title(page.alliance.title) : alliancesWorkspaceCopy.list.title };
}

export default async function JoinAlliancePage({ params, searchParams }: Props) {
  await requireUser();
  const page = await getJoinPage(await getPrincipal(), (await params).slug);
  if (!page) notFound();
  const { alliance, organisations } = page;
  const eligible = organisations.filter((organisation) => organisation.standing.kind === "eligible");
  const sent = (await searchParams).demande === "envoyee";
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: alliancesWorkspaceCopy.workspace, href: paths.workspace() },
          { label: alliancesWorkspaceCopy.list.title, href: paths.workspaceAlliances() },
        ]}
        current={t.page.title(alliance.title)}
      />
      <PageHeader title={t.page.title(alliance.title)}>
        {alliance.summary ? <p>{alliance.summary}</p> : null}
        {alliance.leadName ? <p>{t.page.lead(alliance.leadName)}</p> : null}
        <p>
          <Link href={paths.alliance(alliance.slug)}>{t.page.publicPage}</Link>
        </p>
      </PageHeader>
      {sent ? <DoneNotice message={t.messages.sent} clear="demande" /> : null}
      {organisations.length === 0 ? (
        <>
          <p className="mb-4">{t.page.noOrganisation}</p>
          <ButtonLink href={paths.organisationNew()}>{t.page.createOrganisation}</ButtonLink>
        </>
      ) : (
        <>
          <JoinRequestStanding organisations={organisations} />
          {eligible.length > 0 ? (
            <section aria-labelledby="demande-titre" className="mt-8 max-w-2xl">
              <h2 id="demande-titre" className="mb-2 text-2xl font-bold">
                {t.form.submit}
              </h2>
              <p className="mb-4">{t.page.intro}</p>
              <JoinRequestForm allianceId={alliance.id} organisations={eligible} />
            </section>
          ) : (
            <p className="mt-6">{t.page.nothingToAsk}</p>
          )}
        </>
      )}
    </>
  );
}
