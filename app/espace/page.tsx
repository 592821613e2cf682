import type { Metadata } from "next";
import Link from "next/link";
import { followsCopy } from "@/lib/copy/follows";
import type { ReactNode } from "react";
import { MyDiagnostics } from "@/components/diagnostics/my-diagnostics";
import { DashboardNotifications } from "@/components/notifications/dashboard-notifications";
import { MyInvitationList, MyOrganisationList } from "@/components/organisations/my-organisations";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listMyDiagnostics } from "@/lib/diagnostics/diagnostics.queries";
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
  const [organisations, invitations, diagnostics] = await Promise.all([
    listMyOrganisations(user.id),
    listMyPendingInvitations(user.email),
    listMyDiagnostics(user.id, { take: 5 }),
  ]);
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
      <DashboardNotifications userId={user.id} />
      <Section id="mes-organisations" title={t.organisations}>
        {organisations.length > 0 ? <MyOrganisationList organisations={organisations} /> : <p className="mb-4">{t.noOrganisation}</p>}
        <p className="mt-4">
          <ButtonLink href={paths.organisationNew()} variant={organisations.length > 0 ? "secondary" : "primary"}>
            {t.createOrganisation}
          </ButtonLink>
        </p>
      </Section>
      <Section id="mes-diagnostics" title={t.diagnostics}>
        {diagnostics.length > 0 ? <MyDiagnostics diagnostics={diagnostics} /> : <p className="mb-4">{t.noDiagnostic}</p>}
        <p className="mt-4 flex flex-wrap gap-4">
          {organisations.length > 0 ? <ButtonLink href={paths.diagnosticNew()}>{t.startDiagnostic}</ButtonLink> : null}
          {diagnostics.length > 0 ? <Link href={paths.diagnostics()}>{t.allDiagnostics}</Link> : null}
        </p>
      </Section>
      <nav aria-labelledby="raccourcis" className="mb-10">
        <h2 id="raccourcis" className="mb-4 text-2xl font-bold">
          {t.shortcuts}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {[
            { href: paths.workspaceAlliances(), label: t.alliances },
            { href: paths.needsOffers(), label: t.needsOffers },
            { href: paths.matchContacts(), label: t.matches },
            { href: paths.follows(), label: followsCopy.page.title },
            { href: paths.account(), label: t.account },
          ].map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded-lg border border-line p-4 font-semibold">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
