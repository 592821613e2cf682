import type { Metadata } from "next";
import Link from "next/link";
import { NeedsOffersList } from "@/components/needs-offers/needs-offers-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { listMyNeedsOffers } from "@/lib/needs-offers/needs-offers.queries";
import { paths } from "@/lib/paths";

const t = needsOffersCopy.list;

export const metadata: Metadata = { title: t.title };

export default async function NeedsOffersPage() {
  const user = await requireUser();
  const organisations = await listMyNeedsOffers(user.id);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: needsOffersCopy.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {organisations.length === 0 ? (
        <div className="max-w-3xl">
          <p className="mb-4">{t.noOrganisation}</p>
          <ButtonLink href={paths.organisationNew()}>{t.createOrganisation}</ButtonLink>
        </div>
      ) : (
        <>
          <p className="mb-8">
            <Link href={paths.matchContacts()}>{t.matchesLink}</Link>
          </p>
          <NeedsOffersList organisations={organisations} now={new Date()} />
        </>
      )}
    </>
  );
}
