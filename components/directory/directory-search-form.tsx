import Link from "next/link";
import { TerritoryAutocomplete } from "@/components/directory/territory-autocomplete";
import { buttonClasses } from "@/components/ui/button";
import type { ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const fieldClasses = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:border-odd17";

/**
 * The GET form of a directory: text, territory, and (through their `form` attribute) the facets,
 * the scope and the sort placed elsewhere on the page. Submitting starts again at page 1.
 */
export function DirectorySearchForm({
  form,
  action,
  label,
  hint,
  q,
  territory,
  territoryParam,
  place,
  removeTerritoryHref,
  hidden,
}: {
  form: string;
  action: string;
  label: string;
  hint: string;
  q: string;
  territory: ChosenTerritory | null;
  territoryParam: string | null;
  place: string;
  removeTerritoryHref: string;
  hidden: Record<string, string | undefined>;
}) {
  const text = labels.directories.search;
  return (
    <form
      id={form}
      role="search"
      aria-label={label}
      action={action}
      method="get"
      autoComplete="off"
      className="rounded-lg border border-line bg-surface p-4 sm:p-6"
    >
      <div className="flex flex-col gap-4 md:flex-row md:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${form}-q`} className="block font-semibold">
            {label}
          </label>
          <p id={`${form}-q-aide`} className="mb-2 text-sm text-muted">
            {hint}
          </p>
          <input id={`${form}-q`} name="q" type="search" defaultValue={q} aria-describedby={`${form}-q-aide`} autoComplete="off" className={fieldClasses} />
        </div>
        <div className="min-w-0 flex-1">
          {territory && territoryParam ? (
            <div>
              <p className="font-semibold">{text.territory.label}</p>
              <p className="mb-2 text-sm text-muted">{text.territory.chosen}</p>
              <p className="flex min-h-11 flex-wrap items-center gap-x-3 rounded-md border-2 border-odd17 bg-white px-3 py-1">
                <span>
                  <span className="font-semibold">{territory.name}</span> <span className="text-muted">({labels.territoryKinds[territory.kind].label})</span>
                </span>
                <Link href={removeTerritoryHref} aria-label={text.territory.remove(territory.name)} className="text-sm">
                  {text.territory.removeShort}
                </Link>
              </p>
              <input type="hidden" name="territoire" value={territoryParam} />
            </div>
          ) : (
            <div>
              <label htmlFor={`${form}-lieu`} className="block font-semibold">
                {text.territory.label}
              </label>
              <p id={`${form}-lieu-aide`} className="mb-2 text-sm text-muted">
                {text.territory.hint}
              </p>
              <TerritoryAutocomplete
                id={`${form}-lieu`}
                form={form}
                defaultValue={place}
                hintId={`${form}-lieu-aide`}
                endpoint={paths.territorySuggestions("")}
              />
            </div>
          )}
        </div>
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <button type="submit" className={buttonClasses("primary", "md:self-end")}>
          {text.submit}
        </button>
      </div>
    </form>
  );
}
