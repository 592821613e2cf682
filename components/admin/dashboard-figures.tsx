import { Figures } from "@/components/ui/figures";
import type { AdminDashboard } from "@/lib/admin/admin.queries";
import { formatNumber, labels } from "@/lib/labels";

const t = labels.admin.dashboard;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Accounts by role, organisations by moderation status (pending first and loud), alliances and kits. */
export function DashboardFigures({ dashboard }: { dashboard: AdminDashboard }) {
  const { usersByRole, actorsByStatus, kitsByStatus } = dashboard;
  const pending = actorsByStatus.PENDING;
  return (
    <>
      <Section id="comptes" title={t.usersHeading}>
        <Figures
          items={(["USER", "STAFF", "ADMIN"] as const).map((role) => ({ key: role, value: usersByRole[role], label: t.figureLabels[role](usersByRole[role]) }))}
        />
      </Section>
      <Section id="organisations" title={t.organisationsHeading}>
        <p
          className={`mb-4 rounded-md border-l-4 p-4 text-lg font-semibold ${pending > 0 ? "border-amber-700 bg-amber-50 text-amber-950" : "border-line bg-surface text-ink"}`}
        >
          {pending > 0 ? <span className="mr-2 text-3xl font-bold">{formatNumber(pending)}</span> : null}
          {pending > 0 ? t.pendingSuffix(pending) : t.noPending}
        </p>
        <Figures
          items={(["PENDING", "PUBLISHED", "DRAFT", "REJECTED"] as const).map((status) => ({
            key: status,
            value: actorsByStatus[status],
            label: t.organisationStatus[status](actorsByStatus[status]),
          }))}
        />
      </Section>
      <Section id="contenus" title={t.contentHeading}>
        <Figures
          items={[
            { key: "alliances", value: dashboard.publishedAlliances, label: t.publishedAlliances(dashboard.publishedAlliances) },
            { key: "kits", value: kitsByStatus.PUBLISHED, label: t.publishedKits(kitsByStatus.PUBLISHED) },
            { key: "kits-draft", value: kitsByStatus.DRAFT, label: t.draftKits(kitsByStatus.DRAFT) },
          ]}
        />
      </Section>
    </>
  );
}
