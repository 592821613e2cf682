// The groups of /espace/alliances: invitations to answer, published alliances, drafts.
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { MyAllianceGroups, MyAllianceItem } from "@/lib/alliances/workspace.queries";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = alliancesWorkspaceCopy.list;

function Group({ id, title, items }: { id: string; title: string; items: MyAllianceItem[] }): ReactNode {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {items.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((item) => {
            const invited = item.links.filter((link) => link.status === "INVITED");
            const confirmed = item.links.filter((link) => link.status === "CONFIRMED");
            return (
              <li key={item.id} className="rounded-lg border border-line p-4">
                <p className="text-lg font-bold">
                  <Link href={paths.workspaceAlliance(item.id)}>{item.title}</Link>
                </p>
                <p className="mt-2 flex flex-wrap gap-2">
                  <Badge>{labels.directories.stages[item.stage]}</Badge>
                  <Badge tone="neutral">{alliancesWorkspaceCopy.statuses[item.status]}</Badge>
                </p>
                <p className="mt-2 text-muted">
                  {confirmed.length > 0
                    ? t.partnerOf(confirmed.map((link) => link.actorName).join(", "))
                    : t.invitedAs(invited.map((link) => link.actorName).join(", "))}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function MyAlliances({ groups }: { groups: MyAllianceGroups }) {
  return (
    <>
      {groups.toConfirm.length > 0 ? <Group id="a-confirmer" title={t.toConfirm} items={groups.toConfirm} /> : null}
      <Group id="publiees" title={t.active} items={groups.active} />
      <Group id="brouillons" title={t.drafts} items={groups.drafts} />
    </>
  );
}
