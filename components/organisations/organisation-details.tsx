import type { ReactNode } from "react";
import { labels } from "@/lib/labels";
import type { OrganisationView } from "@/lib/organisations/organisations.queries";

const t = labels.organisations.page;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-b border-line py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-1 break-words sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

const missing = <span className="text-muted">{t.notProvided}</span>;

/** The profile's fields as a description list. Links are the organisation's own: no referrer. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationView }) {
  const { kind, siren, website, contactEmail, description, scope } = organisation;
  return (
    <dl>
      <Row term={t.kind}>{labels.organisations.kinds[kind]}</Row>
      <Row term={t.siren}>{siren ?? missing}</Row>
      <Row term={t.website}>
        {website ? (
          <a href={website} rel="noopener noreferrer external">
            {website}
          </a>
        ) : (
          missing
        )}
      </Row>
      <Row term={t.contactEmail}>{contactEmail ? <a href={`mailto:${contactEmail}`}>{contactEmail}</a> : missing}</Row>
      <Row term={t.description}>{description ? <p className="whitespace-pre-line">{description}</p> : missing}</Row>
      {scope.membershipRole ? <Row term={t.myRole}>{labels.organisations.roles[scope.membershipRole]}</Row> : null}
    </dl>
  );
}
