// The needs and offers of each of the user's organisations, with links to create more.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { isExpired } from "@/lib/matching/matching";
import { KIND_SEGMENTS } from "@/lib/needs-offers/needs-offers";
import type { NeedOfferRow, OrganisationNeedsOffers } from "@/lib/needs-offers/needs-offers.queries";
import { paths } from "@/lib/paths";
import { StatusBadge } from "./status-badge";

const t = needsOffersCopy.list;

export function validityText(validUntil: Date | null, now: Date): string {
  if (!validUntil) return t.noLimit;
  return isExpired(validUntil, now) ? t.closed(validUntil) : t.until(validUntil);
}

function Rows({ rows, empty, now }: { rows: NeedOfferRow[]; empty: string; now: Date }) {
  if (rows.length === 0) return <p className="mb-4 text-muted">{empty}</p>;
  return (
    <ul className="mb-4 space-y-3">
      {rows.map((row) => (
        <li key={row.id} className="rounded-md border border-line p-3">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={paths.needOffer(KIND_SEGMENTS[row.kind], row.id)} className="font-semibold">
              {row.title}
            </Link>
            <StatusBadge status={row.status} reason={row.moderationReason} />
          </p>
          <p className="text-sm text-muted">
            {row.territoryName} · {needsOffersCopy.themes[row.theme]} · {validityText(row.validUntil, now)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function NeedsOffersList({ organisations, now }: { organisations: OrganisationNeedsOffers[]; now: Date }) {
  return (
    <>
      {organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`organisation-${organisation.id}`} className="mb-10">
          <h2 id={`organisation-${organisation.id}`} className="mb-4 text-2xl font-bold">
            {organisation.name}
          </h2>
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="mb-2 text-xl font-semibold">{needsOffersCopy.kinds.need.plural}</h3>
              <Rows rows={organisation.needs} empty={t.noNeed} now={now} />
              <ButtonLink href={paths.needOfferNew(KIND_SEGMENTS.need, { organisation: organisation.id })} variant="secondary">
                {t.newNeed(organisation.name)}
              </ButtonLink>
            </div>
            <div>
              <h3 className="mb-2 text-xl font-semibold">{needsOffersCopy.kinds.offer.plural}</h3>
              <Rows rows={organisation.offers} empty={t.noOffer} now={now} />
              <ButtonLink href={paths.needOfferNew(KIND_SEGMENTS.offer, { organisation: organisation.id })} variant="secondary">
                {t.newOffer(organisation.name)}
              </ButtonLink>
            </div>
          </div>
        </section>
      ))}
    </>
  );
}
