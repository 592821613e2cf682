// The territory of a need/offer, chosen among search results as radio options; its errors are
// tied to the group and announced politely, as for the other fields.
export type TerritoryChoice = { id: number; label: string; detail: string };

export function TerritoryRadios({ territories, chosen, errors, legend, emptyText }: { territories: TerritoryChoice[]; chosen?: string; errors: string[]; legend: string; emptyText: string }) {
  return (
    <fieldset className="mb-6" aria-describedby={errors.length > 0 ? "territoire-erreurs" : undefined}>
      <legend className="mb-2 font-semibold">
        {legend} <span className="font-normal text-muted">(obligatoire)</span>
      </legend>
      {territories.length === 0 ? <p className="text-muted">{emptyText}</p> : null}
      {territories.map((territory) => (
        <div key={territory.id} className="mb-2 flex items-center gap-3">
          <input id={`territoire-${territory.id}`} type="radio" name="territoryId" value={territory.id} defaultChecked={chosen === String(territory.id)} className="size-5 shrink-0 accent-odd17" />
          <label htmlFor={`territoire-${territory.id}`}>
            {territory.label} <span className="text-muted">{`(${territory.detail})`}</span>
          </label>
        </div>
      ))}
      <div id="territoire-erreurs" aria-live="polite">
        {errors.map((error) => (
          <p key={error} className="mt-1 text-sm font-semibold text-red-700">
            <span aria-hidden="true">✖ </span>
            {error}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
