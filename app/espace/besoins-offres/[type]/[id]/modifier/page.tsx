import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NeedOfferForm } from "@/components/needs-offers/need-offer-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { KIND_SEGMENTS, kindFromSegment, needOfferEditRule, toDateInput } from "@/lib/needs-offers/needs-offers";
import { getNeedOfferForMember } from "@/lib/needs-offers/needs-offers.queries";
import { paths } from "@/lib/paths";
import { listSdg17Targets } from "@/lib/sdg/sdg.queries";
import { toTerritoryParam } from "@/lib/directory/directory";

const t = needsOffersCopy.form;

type Props = { params: Promise<{ type: string; id: string }> };

async function load(params: Props["params"]) {
  const { type, id } = await params;
  const kind = kindFromSegment(type);
  const principal = await getPrincipal();
  const item = kind ? await getNeedOfferForMember(principal, kind, id) : null;
  return item && can(principal, `${item.kind}.update`, item.scope) ? item : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await load(params);
  return { title: item ? t.editTitle(item.kind, item.title) : needsOffersCopy.list.title };
}

export default async function EditNeedOfferPage({ params }: Props) {
  const item = await load(params);
  if (!item) notFound();
  const segment = KIND_SEGMENTS[item.kind];
  const targets = await listSdg17Targets();
  const { territory } = item;
  const title = t.editTitle(item.kind, item.title);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: needsOffersCopy.workspace, href: paths.workspace() },
          { label: needsOffersCopy.list.title, href: paths.needsOffers() },
          { label: item.title, href: paths.needOffer(segment, item.id) },
        ]}
        current={needsOffersCopy.detail.edit}
      />
      <PageHeader title={title} />
      {/* What saving will do, said before the user saves (needOfferEditRule). */}
      <p className="mb-8 max-w-3xl font-semibold">{needsOffersCopy.editRules[item.kind][needOfferEditRule(item.status, item.actor.verified)]}</p>
      <NeedOfferForm
        kind={item.kind}
        targets={targets}
        defaults={{
          id: item.id,
          title: item.title,
          description: item.description,
          mode: item.mode,
          mecenatKind: item.mecenatKind ?? "",
          theme: item.theme,
          sdgTargetCode: item.sdgTargetCode ?? "",
          validUntil: toDateInput(item.validUntil),
          territory: { id: territory.id, param: toTerritoryParam(territory), name: territory.name, kindLabel: labels.territoryKinds[territory.kind].label },
        }}
      />
    </>
  );
}
