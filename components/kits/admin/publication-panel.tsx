import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitForEdit } from "@/lib/kits/kits.admin.queries";
import { paths } from "@/lib/paths";
import { PublicationActions } from "./publication-actions";

/** Where the kit stands (status, published version, pending changes) and what can be done. */
export function PublicationPanel({ kit }: { kit: KitForEdit }) {
  const t = kitsLabels.admin;
  return (
    <section aria-labelledby="publication" className="mb-8 rounded-lg border border-line bg-surface p-4">
      <h2 id="publication" className="text-xl font-bold">
        {t.publication.heading}
      </h2>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <Badge tone={kit.status === "PUBLISHED" ? "brand" : "neutral"}>{kitsLabels.statuses[kit.status]}</Badge>
        <span>{kit.currentVersion > 0 ? t.publication.current(kit.currentVersion) : t.publication.never}</span>
        {kit.hasUnpublishedChanges ? <Badge tone="neutral">{t.unpublishedChanges}</Badge> : null}
      </p>
      {kit.hasDraft && kit.currentVersion > 0 ? <p className="mt-2">{t.publication.draftPending}</p> : null}
      <p className="mt-2 text-sm text-muted">
        {t.form.slug} : {paths.kit(kit.slug)}
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {kit.status === "PUBLISHED" ? (
          <li>
            <Link href={paths.kit(kit.slug)}>{t.publication.viewPublic}</Link>
          </li>
        ) : null}
        <li>
          <Link href={paths.adminKitVersions(kit.id)}>{t.publication.versionsLink}</Link>
        </li>
        <li>
          <Link href={paths.adminKitFeedback({ kit: kit.id, etat: "toutes" })}>{t.feedback.kitLink(kit.contributionCount)}</Link>
        </li>
      </ul>
      <PublicationActions kitId={kit.id} title={kit.title} status={kit.status} />
    </section>
  );
}
