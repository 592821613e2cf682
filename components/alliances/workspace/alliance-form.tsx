"use client";
// Creates or edits an alliance. A refused submission keeps everything as it was sent: ActionForm
// does not reset the form, so the mode, the ticked targets and the picker's territories stay.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { AllianceMode, MecenatKind } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { createAllianceAction, updateAllianceAction } from "@/lib/alliances/workspace.actions";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { directoryLabels } from "@/lib/copy/directories";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import { TerritoryPicker, type ChosenTerritory } from "./territory-picker";
import { FieldErrors } from "@/components/forms/field-errors";

const t = alliancesWorkspaceCopy.form;

export type AllianceFormDefaults = {
  id: string;
  version: number;
  title: string;
  summary: string;
  description: string;
  mode: string;
  mecenatKind: string;
  startDate: string;
  endDate: string;
  targets: string[];
  territories: ChosenTerritory[];
};

type Props = { targets: { code: string; text: string }[] } & (
  { organisations: { id: string; name: string }[]; defaults?: undefined } | { organisations?: undefined; defaults: AllianceFormDefaults }
);

export function AllianceForm({ targets, organisations, defaults }: Props) {
  const [state, action] = useActionState(defaults ? updateAllianceAction : createAllianceAction, initialActionState);
  const targetErrors = Object.entries(state.fieldErrors ?? {})
    .filter(([key]) => key.startsWith("targets"))
    .flatMap(([, errors]) => errors);
  // The boxes start from the saved targets; after a refusal they stay as the user left them.
  const chosenTargets = new Set(defaults?.targets ?? []);
  return (
    <ActionForm action={action} state={state} formId={defaults ? "alliance.update" : "alliance.create"} className="max-w-3xl">
      {defaults ? (
        <>
          <input type="hidden" name="id" value={defaults.id} />
          <input type="hidden" name="version" value={defaults.version} />
        </>
      ) : null}
      {organisations ? (
        <SelectField
          name="actorId"
          label={t.organisation}
          state={state}
          defaultValue={organisations.length === 1 ? organisations[0].id : ""}
          options={[
            ...(organisations.length > 1 ? [{ value: "", label: t.organisationPlaceholder }] : []),
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          required
        />
      ) : null}
      <TextField name="title" label={t.title} state={state} defaultValue={defaults?.title} maxLength={150} required />
      <TextAreaField name="summary" label={t.summary} hint={t.summaryHint} state={state} defaultValue={defaults?.summary} maxLength={300} />
      <TextAreaField name="description" label={t.description} state={state} defaultValue={defaults?.description} maxLength={5000} />
      <SelectField
        name="mode"
        label={t.mode}
        state={state}
        defaultValue={defaults?.mode}
        options={[{ value: "", label: t.modePlaceholder }, ...Object.values(AllianceMode).map((mode) => ({ value: mode, label: allianceModeNames[mode] }))]}
        required
      />
      <SelectField
        name="mecenatKind"
        label={t.mecenatKind}
        hint={t.mecenatKindHint}
        state={state}
        defaultValue={defaults?.mecenatKind}
        options={[
          { value: "", label: t.mecenatKindPlaceholder },
          ...Object.values(MecenatKind).map((kind) => ({ value: kind, label: directoryLabels.mecenatKinds[kind] })),
        ]}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t.startDate} state={state} defaultValue={defaults?.startDate} />
        <TextField name="endDate" type="date" label={t.endDate} state={state} defaultValue={defaults?.endDate} />
      </div>
      <TerritoryPicker initial={defaults?.territories ?? []} errors={state.fieldErrors?.territories ?? []} />
      <fieldset className="mb-6" data-field="targets" aria-describedby={targetErrors.length > 0 ? "cibles-erreurs" : undefined}>
        <legend className="mb-2 font-semibold">{t.targetsLegend}</legend>
        {targets.map((target) => (
          <div key={target.code} className="mb-2 flex items-start gap-3">
            <input
              id={`cible-${target.code}`}
              type="checkbox"
              name="targets"
              value={target.code}
              defaultChecked={chosenTargets.has(target.code)}
              className="mt-1 size-5 shrink-0 accent-odd17"
            />
            <label htmlFor={`cible-${target.code}`}>
              <span className="font-semibold">{target.code}</span> {target.text}
            </label>
          </div>
        ))}
        <FieldErrors id="cibles-erreurs" errors={targetErrors} />
      </fieldset>
      <SubmitButton>{defaults ? t.submitEdit : t.submitCreate}</SubmitButton>
    </ActionForm>
  );
}
