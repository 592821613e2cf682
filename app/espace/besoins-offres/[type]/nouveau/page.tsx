import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NeedOfferForm } from "@/components/needs-offers/need-offer-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { kindFromSegment } from "@/lib/needs-offers/needs-offers";
import { listMyOrganisations } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";
import { listSdg17Targets } from "@/lib/sdg/sdg.queries";

const t = needsOffersCopy.form;

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindFromSegment((await params).type);
  return { title: kind ? t.newTitle(kind) : needsOffersCopy.list.title };
}

export default async function NewNeedOfferPage({ params, searchParams }: Props) {
  const kind = kindFromSegment((await params).type);
  if (!kind) notFound();
  const user = await requireUser();
  const raw = await searchParams;
  const wanted = typeof raw.organisation === "string" ? raw.organisation : undefined;
  const [organisations, targets] = await Promise.all([listMyOrganisations(user.id), listSdg17Targets()]);
  const preselected = organisations.some((o) => o.id === wanted) ? wanted : undefined;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: needsOffersCopy.workspace, href: paths.workspace() },
          { label: needsOffersCopy.list.title, href: paths.needsOffers() },
        ]}
        current={t.newTitle(kind)}
      />
      <PageHeader title={t.newTitle(kind)}>
        <p>{t.intro[kind]}</p>
      </PageHeader>
      {organisations.length === 0 ? (
        <div className="max-w-3xl">
          <p className="mb-4">{needsOffersCopy.list.noOrganisation}</p>
          <ButtonLink href={paths.organisationNew()}>{needsOffersCopy.list.createOrganisation}</ButtonLink>
        </div>
      ) : (
        <NeedOfferForm kind={kind} targets={targets} organisations={organisations} preselectedOrganisation={preselected} />
      )}
    </>
  );
}
