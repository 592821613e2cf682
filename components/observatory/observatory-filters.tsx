import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { OBSERVATORY_PERIODS, type ObservatoryParams } from "@/lib/observatory/observatory";
import { paths } from "@/lib/paths";

const t = observatoryCopy.filters;
export const fieldClasses = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink focus:border-odd17";

/**
 * Région and period, a GET form: the state lives in the URL (shareable, exportable as CSV with
 * the same parameters) and it works without JavaScript. The map's own choices ride along hidden.
 */
export function ObservatoryFilters({ params, regions }: { params: ObservatoryParams; regions: { code: string; name: string }[] }) {
  return (
    <form
      role="search"
      aria-labelledby="filtres-observatoire"
      action={paths.adminObservatory()}
      method="get"
      className="mb-10 rounded-lg border border-line bg-surface p-4 sm:p-6"
    >
      <h2 id="filtres-observatoire" className="mb-4 text-xl font-bold">
        {t.heading}
      </h2>
      <input type="hidden" name="mesure" value={params.measure} />
      <input type="hidden" name="echelle" value={params.scale} />
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="filtre-region" className="block font-semibold">
            {t.region}
          </label>
          <select id="filtre-region" name="region" defaultValue={params.region ?? ""} className={`mt-1 ${fieldClasses}`}>
            <option value="">{t.allRegions}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-periode" className="block font-semibold">
            {t.period}
          </label>
          <p id="filtre-periode-aide" className="text-sm text-muted">
            {t.periodHint}
          </p>
          <select id="filtre-periode" name="periode" defaultValue={params.period} aria-describedby="filtre-periode-aide" className={`mt-1 ${fieldClasses}`}>
            {OBSERVATORY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t.periods[period]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t.submit}
        </button>
        <Link href={paths.adminObservatory()}>{t.reset}</Link>
      </div>
    </form>
  );
}
