"use client";
// The organisation that runs the diagnostic and the territory chosen among the search results.
// The territory search itself is a separate GET form above this one (forms cannot nest).
import { useActionState } from "react";
import { SelectField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { startDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";

const t = diagnosticsCopy.start;

export type TerritoryChoice = { id: number; label: string; detail: string };

export function DiagnosticStartForm({ organisations, territories, preselected }: { organisations: { id: string; name: string }[]; territories: TerritoryChoice[]; preselected: number | null }) {
  const [state, action] = useActionState(startDiagnosticAction, initialActionState);
  const territoryErrors = state.fieldErrors?.territoryId ?? [];
  const chosenTerritory = state.values?.territoryId ?? (preselected === null ? undefined : String(preselected));
  const organisationOptions = [
    ...(organisations.length > 1 ? [{ value: "", label: t.organisationPlaceholder }] : []),
    ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
  ];
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormMessage state={state} />
      {territories.length > 0 ? (
        <fieldset className="mb-6" aria-describedby={territoryErrors.length > 0 ? "territoire-erreurs" : undefined}>
          <legend className="mb-2 font-semibold">
            {t.territoryLegend} <span className="font-normal text-muted">(obligatoire)</span>
          </legend>
          {territories.map((territory) => (
            <div key={territory.id} className="mb-2 flex items-center gap-3">
              <input
                id={`territoire-${territory.id}`}
                type="radio"
                name="territoryId"
                value={territory.id}
                defaultChecked={chosenTerritory === String(territory.id)}
                className="size-5 shrink-0 accent-odd17"
              />
              <label htmlFor={`territoire-${territory.id}`}>
                {territory.label} <span className="text-muted">{`(${territory.detail})`}</span>
              </label>
            </div>
          ))}
          <div id="territoire-erreurs" aria-live="polite">
            {territoryErrors.map((error) => (
              <p key={error} className="mt-1 text-sm font-semibold text-red-700">
                <span aria-hidden="true">✖ </span>
                {error}
              </p>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="mb-6 text-muted">{t.searchFirst}</p>
      )}
      <h2 className="mb-4 text-2xl font-bold">{t.startHeading}</h2>
      <SelectField name="actorId" label={t.organisation} state={state} options={organisationOptions} defaultValue={organisations.length === 1 ? organisations[0].id : ""} required />
      <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
    </form>
  );
}
