"use client";
// "Lancer un diagnostic": the territory and the organisation that runs it. With JavaScript the
// territory is an ARIA 1.2 combobox over every territory (the directories' autocomplete, which
// sends "commune-42218" as `territoire`). Without it — and until the page is hydrated — the page's
// GET search (fallbackSearch: forms cannot nest) lists results as radios sending `territoryId`.
import { useActionState, useSyncExternalStore, type ReactNode } from "react";
import { TerritoryAutocomplete, type SuggestionItem } from "@/components/directory/territory-autocomplete";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { startDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";
import { paths } from "@/lib/paths";
import { FieldErrors } from "@/components/forms/field-errors";

const t = diagnosticsCopy.start;

export type TerritoryChoice = { id: number; label: string; detail: string };

const subscribeNothing = () => () => {};

/** False on the server and during hydration, true once the browser runs this code. */
function useEnhanced(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

function OrganisationPart({ organisations, state }: { organisations: { id: string; name: string }[]; state: ActionState }) {
  const options = [
    ...(organisations.length > 1 ? [{ value: "", label: t.organisationPlaceholder }] : []),
    ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
  ];
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{t.startHeading}</h2>
      <SelectField
        name="actorId"
        label={t.organisation}
        state={state}
        options={options}
        defaultValue={organisations.length === 1 ? organisations[0].id : ""}
        required
      />
      <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
    </>
  );
}

export function DiagnosticStartForm({
  organisations,
  territories,
  preselected,
  preselectedChoice,
  query,
  fallbackSearch,
}: {
  organisations: { id: string; name: string }[];
  territories: TerritoryChoice[];
  preselected: number | null;
  /** The territory preselected by the page (a territory page's link), for the combobox. */
  preselectedChoice: SuggestionItem | null;
  query: string;
  fallbackSearch: ReactNode;
}) {
  const [state, action] = useActionState(startDiagnosticAction, initialActionState);
  const enhanced = useEnhanced();
  const territoryErrors = state.fieldErrors?.territoryId ?? [];

  if (enhanced) {
    return (
      <ActionForm action={action} state={state} formId="diagnostic.start" className="max-w-3xl">
        <h2 className="mb-4 text-2xl font-bold">{t.searchHeading}</h2>
        {/* data-field: the error summary's link for `territoryId` leads to the combobox. */}
        <div className="mb-6" data-field="territoryId">
          <p className="flex flex-wrap items-baseline gap-x-1">
            <label htmlFor="territoire-recherche" className="font-semibold">
              {t.territoryLabel}
            </label>
            <span className="text-muted">(obligatoire)</span>
          </p>
          <p id="territoire-recherche-aide" className="mb-2 mt-1 text-sm text-muted">
            {t.territoryHint}
          </p>
          <TerritoryAutocomplete
            id="territoire-recherche"
            defaultValue={preselectedChoice?.name ?? state.values?.territoireSaisi ?? query}
            hintId="territoire-recherche-aide territoire-erreurs"
            endpoint={paths.territorySuggestions("")}
            textName="territoireSaisi"
            hiddenName="territoire"
            submitOnChoose={false}
            initialChoice={preselectedChoice}
            listLabel={t.territoryListLabel}
            invalid={territoryErrors.length > 0}
            required
            chosenAnnouncement={(item) => t.territoryChosen(item.name, item.kindLabel)}
          />
          <FieldErrors id="territoire-erreurs" errors={territoryErrors} />
        </div>
        <OrganisationPart organisations={organisations} state={state} />
      </ActionForm>
    );
  }

  const chosenTerritory = state.values?.territoryId ?? (preselected === null ? undefined : String(preselected));
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{t.searchHeading}</h2>
      {fallbackSearch}
      <ActionForm action={action} state={state} formId="diagnostic.start" className="max-w-3xl">
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
            <FieldErrors id="territoire-erreurs" errors={territoryErrors} />
          </fieldset>
        ) : (
          <p className="mb-6 text-muted">{t.searchFirst}</p>
        )}
        <OrganisationPart organisations={organisations} state={state} />
      </ActionForm>
    </>
  );
}
