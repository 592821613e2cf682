// The queue's filters, a GET form (type, a région or département, who holds the item): the
// filters live in the URL, so the page, its pagination and the decisions keep them. Works without
// JavaScript.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { adminLabels } from "@/lib/copy/admin";
import { toTerritoryParam } from "@/lib/directory/directory";
import { MODERATION_KINDS } from "@/lib/moderation/moderation";
import { moderationQuery, type ModerationSearchParams } from "@/lib/moderation/moderation.schemas";
import { paths } from "@/lib/paths";

const t = adminLabels.moderation;
const fieldClasses = "mt-1 min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink focus:border-odd17";

export type QueueTerritoryOption = { kind: "REGION" | "DEPARTEMENT"; code: string; name: string };

export function ModerationFilters({ params, territories }: { params: ModerationSearchParams; territories: QueueTerritoryOption[] }) {
  const current = moderationQuery(params);
  const group = (kind: QueueTerritoryOption["kind"]) =>
    territories
      .filter((territory) => territory.kind === kind)
      .map((territory) => (
        <option key={toTerritoryParam(territory)} value={toTerritoryParam(territory)}>
          {`${territory.name} (${territory.code})`}
        </option>
      ));
  return (
    <form
      role="search"
      aria-labelledby="filtres-moderation"
      action={paths.adminModerationQueue()}
      method="get"
      className="mb-6 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="filtres-moderation" className="mb-4 text-xl font-bold">
        {t.filters.heading}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="filtre-type" className="block font-semibold">
            {t.filters.kind}
          </label>
          <select id="filtre-type" name="type" defaultValue={current.type ?? ""} className={fieldClasses}>
            <option value="">{t.filters.anyKind}</option>
            {MODERATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-territoire" className="block font-semibold">
            {t.filters.territory}
          </label>
          <select id="filtre-territoire" name="territoire" defaultValue={current.territoire ?? ""} className={fieldClasses}>
            <option value="">{t.filters.anyTerritory}</option>
            <optgroup label={t.filters.regions}>{group("REGION")}</optgroup>
            <optgroup label={t.filters.departements}>{group("DEPARTEMENT")}</optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="filtre-prise" className="block font-semibold">
            {t.filters.claim}
          </label>
          <select id="filtre-prise" name="prise" defaultValue={current.prise ?? ""} className={fieldClasses}>
            <option value="">{t.filters.anyClaim}</option>
            <option value="moi">{t.filters.mine}</option>
            <option value="libre">{t.filters.free}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t.filters.submit}
        </button>
        <Link href={paths.adminModerationQueue()}>{t.filters.reset}</Link>
      </div>
    </form>
  );
}
