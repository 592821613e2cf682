import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { MyInvitationList, MyOrganisationList } from "@/components/organisations/my-organisations";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { listMyOrganisations, listMyPendingInvitations } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = labels.accounts.workspace;

export const metadata: Metadata = { title: t.title };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function WorkspacePage() {
  const user = await requireUser();
  const [organisations, invitations] = await Promise.all([listMyOrganisations(user.id), listMyPendingInvitations(user.email)]);
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.welcome(user.name ?? user.email)}</p>
      </PageHeader>
      {invitations.length > 0 ? (
        <Section id="invitations" title={t.invitations}>
          <MyInvitationList invitations={invitations} />
        </Section>
      ) : null}
      <Section id="mes-organisations" title={t.organisations}>
        {organisations.length > 0 ? <MyOrganisationList organisations={organisations} /> : <p className="mb-4">{t.noOrganisation}</p>}
        <p className="mt-4">
          <ButtonLink href={paths.organisationNew()} variant={organisations.length > 0 ? "secondary" : "primary"}>
            {t.createOrganisation}
          </ButtonLink>
        </p>
      </Section>
      <p>
        <Link href={paths.account()}>{t.account}</Link>
      </p>
    </>
  );
}
