// Where each of my organisations stands with the alliance it may ask to join.
import type { JoinPage, JoinStanding } from "@/lib/alliances/join-requests.queries";
import { allianceJoinCopy } from "@/lib/copy/alliance-join";

const t = allianceJoinCopy.page;

function standingText(standing: JoinStanding): string | null {
  switch (standing.kind) {
    case "eligible":
      return null;
    case "pending":
      return t.standing.pending(standing.since);
    default:
      return t.standing[standing.kind];
  }
}

export function JoinRequestStanding({ organisations }: { organisations: JoinPage["organisations"] }) {
  const shown = organisations.filter((organisation) => organisation.standing.kind !== "eligible");
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="situation-titre" className="mt-6">
      <h2 id="situation-titre" className="mb-2 text-2xl font-bold">
        {t.standingHeading}
      </h2>
      <ul className="list-disc pl-6">
        {shown.map((organisation) => (
          <li key={organisation.id}>
            <span className="font-semibold">{organisation.name}</span> : {standingText(organisation.standing)}
          </li>
        ))}
      </ul>
    </section>
  );
}
