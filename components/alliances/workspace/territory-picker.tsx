"use client";
// Territories of an alliance, of an organisation's profile or of a need/offer: search the
// reference (the public suggestions endpoint), add one at a time, remove any. The chosen ones
// travel as repeated hidden fields (`territories`, with the "commune-42218" param, by default);
// the server resolves them and refuses unknown ones. Changes are announced politely. Searching
// never submits nor reloads the page, so nothing typed elsewhere in the form is lost.
// With `single`, a choice replaces the previous one and the field carries the territory's id.
import { useState } from "react";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { paths } from "@/lib/paths";
import { FieldErrors } from "@/components/forms/field-errors";

export type ChosenTerritory = { param: string; name: string; kindLabel: string; id?: number };
type Suggestion = ChosenTerritory & { context: string };

const t = alliancesWorkspaceCopy.form;
const smallButton = "min-h-11 rounded-md border-2 border-odd17 bg-white px-3 py-1 font-semibold text-odd17 hover:bg-odd17-light";

type Props = {
  initial: ChosenTerritory[];
  errors: string[];
  /** Names the group (the alliance form's "Territoires" by default). */
  legend?: string;
  /** One territory only, sent as `territoryId` (its id). */
  single?: boolean;
  required?: boolean;
};

export function TerritoryPicker({ initial, errors, legend = t.territoriesLegend, single = false, required = false }: Props) {
  const fieldName = single ? "territoryId" : "territories";
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Suggestion[] | null>(null);
  const [announce, setAnnounce] = useState("");

  async function search() {
    if (query.trim().length < 2) return;
    const response = await fetch(paths.territorySuggestions(query.trim()));
    if (!response.ok) return;
    const data = (await response.json()) as { items: Suggestion[] };
    setResults(data.items);
    setAnnounce(t.territoryResults(data.items.length));
  }

  function add(item: Suggestion) {
    const picked = { param: item.param, name: item.name, kindLabel: item.kindLabel, id: item.id };
    if (single) setChosen([picked]);
    else if (!chosen.some((c) => c.param === item.param)) setChosen([...chosen, picked]);
    setAnnounce(t.territoryAdded(item.name));
  }

  function remove(item: ChosenTerritory) {
    setChosen(chosen.filter((c) => c.param !== item.param));
    setAnnounce(t.territoryRemoved(item.name));
  }

  return (
    // data-field: the error summary of ActionForm names the group (its legend) and links to its search box.
    <fieldset className="mb-6" data-field={fieldName} aria-describedby={errors.length > 0 ? "territoires-erreurs" : undefined}>
      <legend className="mb-2 font-semibold">
        {legend}
        {required ? <span className="font-normal text-muted"> {t.required}</span> : null}
      </legend>
      {chosen.length === 0 ? <p className="text-muted">{t.territoryNone}</p> : null}
      <ul className="mb-3 space-y-2">
        {chosen.map((item) => (
          <li key={item.param} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name={fieldName} value={single ? String(item.id ?? "") : item.param} />
            <span>
              {item.name} <span className="text-muted">({item.kindLabel})</span>
            </span>
            <button type="button" className={smallButton} onClick={() => remove(item)}>
              {t.territoryRemove(item.name)}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor="recherche-territoire" className="font-semibold">
        {t.territorySearch}
      </label>
      <p id="recherche-territoire-aide" className="text-sm text-muted">
        {t.territorySearchHint}
      </p>
      <div className="mt-1 flex flex-wrap gap-3">
        <input
          id="recherche-territoire"
          type="search"
          value={query}
          aria-describedby="recherche-territoire-aide"
          autoComplete="off"
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
          // Enter searches instead of submitting the whole alliance form.
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              void search();
            }
          }}
          className="min-w-64 flex-1 rounded-md border-2 border-line bg-white px-3 py-2"
        />
        <button type="button" className={smallButton} onClick={() => void search()}>
          {t.territorySearchSubmit}
        </button>
      </div>
      {results && results.length > 0 ? (
        <ul className="mt-3 space-y-2">
          {results.map((item) => (
            <li key={item.param}>
              <button type="button" className={smallButton} onClick={() => add(item)}>
                {t.territoryAdd(`${item.name} (${item.kindLabel}${item.context ? `, ${item.context}` : ""})`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <FieldErrors id="territoires-erreurs" errors={errors} />
    </fieldset>
  );
}
