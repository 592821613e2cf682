import { AreaMap } from "@/components/map/area-map";
import { buttonClasses } from "@/components/ui/button";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { MAP_SCALES } from "@/lib/directory/directory";
import { OBSERVATORY_MEASURES, observatoryQuery, type ObservatoryParams } from "@/lib/observatory/observatory";
import type { Observatory } from "@/lib/observatory/observatory.queries";
import { paths } from "@/lib/paths";
import { fieldClasses } from "./observatory-filters";

const t = observatoryCopy.map;

/**
 * The shared map of the directories (same outlines, same counting, same table), with the measure
 * and scale chosen in a GET form. A région on the map filters the observatory on it; a
 * département opens its public page.
 */
export function ObservatoryMap({ data }: { data: Observatory }) {
  const { params } = data;
  const href = (change: Partial<ObservatoryParams>) => paths.adminObservatory(observatoryQuery({ ...params, ...change }));
  return (
    <section aria-labelledby="cartes" className="mb-10">
      <h2 id="cartes" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <form aria-labelledby="choix-carte" action={paths.adminObservatory()} method="get" className="rounded-lg border border-line bg-surface p-4">
        <h3 id="choix-carte" className="mb-3 text-lg font-bold">
          {t.formHeading}
        </h3>
        {params.region ? <input type="hidden" name="region" value={params.region} /> : null}
        <input type="hidden" name="periode" value={params.period} />
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-56">
            <label htmlFor="carte-mesure" className="block font-semibold">
              {t.measure}
            </label>
            <select id="carte-mesure" name="mesure" defaultValue={params.measure} className={`mt-1 ${fieldClasses}`}>
              {OBSERVATORY_MEASURES.map((measure) => (
                <option key={measure} value={measure}>
                  {t.measures[measure]}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-48">
            <label htmlFor="carte-echelle" className="block font-semibold">
              {t.scale}
            </label>
            <select id="carte-echelle" name="echelle" defaultValue={params.scale} className={`mt-1 ${fieldClasses}`}>
              {MAP_SCALES.map((scale) => (
                <option key={scale} value={scale}>
                  {t.scales[scale]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses("primary")}>
            {t.submit}
          </button>
        </div>
      </form>
      <AreaMap
        scale={params.scale}
        counts={data.map}
        selectedCode={params.scale === "region" ? params.region : null}
        hrefFor={(code) => (params.scale === "region" ? href({ region: code }) : paths.territory("DEPARTEMENT", code))}
        scaleHref={(scale) => href({ scale })}
        text={t.text(params.measure)}
      />
      <p className="mt-3">
        <a href={paths.adminObservatoryCsv("carte", observatoryQuery(params))} download>
          {observatoryCopy.charts.csv(t.text(params.measure).tableCaption(params.scale))}
        </a>
      </p>
    </section>
  );
}
