import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/admin/audit-log";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.admin.auditLog;
const fieldClasses = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink focus:border-odd17";

type Option = { value: string; label: string };

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
    </div>
  );
}

/**
 * The journal's filters, a GET form: the filters live in the URL, so a filtered view can be shared,
 * paginated and exported as it is. Works without JavaScript.
 */
export function AuditFiltersForm({ filters, actions, entities }: { filters: AuditFilters; actions: Option[]; entities: Option[] }) {
  return (
    <form
      role="search"
      aria-labelledby="filtres-journal"
      action={paths.adminAuditLog()}
      method="get"
      className="rounded-lg border border-line bg-surface p-4 sm:p-6"
    >
      <h2 id="filtres-journal" className="mb-4 text-xl font-bold">
        {t.filtersHeading}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <Field id="filtre-qui" label={t.who} hint={t.whoHint}>
          <input
            id="filtre-qui"
            name="qui"
            type="search"
            defaultValue={filters.who}
            aria-describedby="filtre-qui-aide"
            autoComplete="off"
            className={fieldClasses}
          />
        </Field>
        <Field id="filtre-action" label={t.action}>
          <select id="filtre-action" name="action" defaultValue={filters.action ?? ""} className={fieldClasses}>
            <option value="">{t.anyAction}</option>
            {actions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filtre-element" label={t.entity}>
          <select id="filtre-element" name="element" defaultValue={filters.entity ?? ""} className={fieldClasses}>
            <option value="">{t.anyEntity}</option>
            {entities.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filtre-id" label={t.entityId} hint={t.entityIdHint}>
          <input
            id="filtre-id"
            name="id"
            type="text"
            defaultValue={filters.entityId}
            aria-describedby="filtre-id-aide"
            autoComplete="off"
            className={fieldClasses}
          />
        </Field>
        <Field id="filtre-du" label={t.from}>
          <input id="filtre-du" name="du" type="date" defaultValue={filters.from} className={fieldClasses} />
        </Field>
        <Field id="filtre-au" label={t.to}>
          <input id="filtre-au" name="au" type="date" defaultValue={filters.to} className={fieldClasses} />
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t.submit}
        </button>
        <Link href={paths.adminAuditLog()}>{t.reset}</Link>
      </div>
    </form>
  );
}
