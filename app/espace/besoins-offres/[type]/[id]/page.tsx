import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MatchList } from "@/components/matching/match-list";
import { CloseForm } from "@/components/needs-offers/close-form";
import { NeedOfferDetails } from "@/components/needs-offers/need-offer-details";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { isExpired } from "@/lib/matching/matching";
import { listMatchesForNeed, listMatchesForOffer } from "@/lib/matching/matching.queries";
import { KIND_SEGMENTS, kindFromSegment } from "@/lib/needs-offers/needs-offers";
import { getNeedOfferForMember } from "@/lib/needs-offers/needs-offers.queries";
import { paths } from "@/lib/paths";

const t = needsOffersCopy.detail;

type Props = { params: Promise<{ type: string; id: string }> };

async function load({ params }: Props) {
  const { type, id } = await params;
  const kind = kindFromSegment(type);
  const principal = await getPrincipal();
  const item = kind ? await getNeedOfferForMember(principal, kind, id) : null;
  return { principal, item };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { item } = await load(props);
  return { title: item?.title ?? needsOffersCopy.list.title };
}

export default async function NeedOfferPage(props: Props) {
  const { principal, item } = await load(props);
  if (!item) notFound();
  const now = new Date();
  const matches = await (item.kind === "need" ? listMatchesForNeed(principal, item.id, now) : listMatchesForOffer(principal, item.id, now));
  const canEdit = can(principal, `${item.kind}.update`, item.scope);
  const segment = KIND_SEGMENTS[item.kind];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: needsOffersCopy.workspace, href: paths.workspace() },
          { label: needsOffersCopy.list.title, href: paths.needsOffers() },
        ]}
        current={item.title}
      />
      <PageHeader title={item.title}>
        <p>{needsOffersCopy.kinds[item.kind].title}</p>
      </PageHeader>
      <NeedOfferDetails item={item} now={now} />
      {canEdit ? (
        <div className="mb-10 flex max-w-3xl flex-wrap items-start gap-6">
          <ButtonLink href={paths.needOfferEdit(segment, item.id)} variant="secondary">
            {t.edit}
          </ButtonLink>
          <CloseForm kind={item.kind} id={item.id} title={item.title} closed={isExpired(item.validUntil, now)} />
        </div>
      ) : null}
      <section aria-labelledby="partenaires-possibles" className="max-w-3xl">
        <h2 id="partenaires-possibles" className="mb-2 text-2xl font-bold">
          {t.matchesHeading}
        </h2>
        <p className="mb-4 text-muted">{t.matchesIntro}</p>
        {matches.length === 0 ? (
          <EmptyState title={t.noMatch} />
        ) : (
          <MatchList matches={matches} fromActorId={item.actor.id} canContact={can(principal, "match.contact", item.scope)} />
        )}
      </section>
    </>
  );
}
