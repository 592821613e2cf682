"use client";
// Creates or edits a need/offer. The territory is chosen with the profile form's picker, inside
// this form: searching never reloads the page, and a refused submission keeps every field as it
// was sent (ActionForm does not reset the form).
import { useActionState } from "react";
import { TerritoryPicker, type ChosenTerritory } from "@/components/alliances/workspace/territory-picker";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { AllianceMode, MecenatKind, Theme } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import type { NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { createNeedOfferAction, updateNeedOfferAction } from "@/lib/needs-offers/needs-offers.actions";

const t = needsOffersCopy.form;

export type NeedOfferDefaults = {
  id: string;
  title: string;
  description: string;
  mode: string;
  mecenatKind: string;
  theme: string;
  sdgTargetCode: string;
  validUntil: string;
  territory: ChosenTerritory;
};

type Props = {
  kind: NeedOfferKind;
  targets: { code: string; text: string }[];
} & (
  | { organisations: { id: string; name: string }[]; preselectedOrganisation?: string; defaults?: undefined }
  | { organisations?: undefined; preselectedOrganisation?: undefined; defaults: NeedOfferDefaults }
);

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function NeedOfferForm({ kind, targets, organisations, preselectedOrganisation, defaults }: Props) {
  const [state, action] = useActionState(defaults ? updateNeedOfferAction : createNeedOfferAction, initialActionState);
  const organisationOptions = organisations
    ? [...(organisations.length > 1 ? [{ value: "", label: t.organisationPlaceholder }] : []), ...organisations.map((o) => ({ value: o.id, label: o.name }))]
    : [];
  return (
    <ActionForm action={action} state={state} formId={defaults ? "need-offer.update" : "need-offer.create"} className="max-w-3xl">
      <input type="hidden" name="kind" value={kind} />
      {defaults ? <input type="hidden" name="id" value={defaults.id} /> : null}
      <TerritoryPicker
        single
        required
        initial={defaults ? [defaults.territory] : []}
        errors={state.fieldErrors?.territoryId ?? []}
        legend={t.territoryLegend}
      />
      {organisations ? (
        <SelectField
          name="actorId"
          label={t.organisation}
          state={state}
          options={organisationOptions}
          defaultValue={preselectedOrganisation ?? (organisations.length === 1 ? organisations[0].id : "")}
          required
        />
      ) : null}
      <TextField name="title" label={t.title} state={state} defaultValue={defaults?.title} maxLength={150} required />
      <TextAreaField
        name="description"
        label={t.description}
        hint={t.descriptionHint}
        state={state}
        defaultValue={defaults?.description}
        maxLength={2000}
        required
      />
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
          ...Object.values(MecenatKind).map((k) => ({ value: k, label: needsOffersCopy.mecenatKinds[k] })),
        ]}
      />
      <SelectField
        name="theme"
        label={t.theme}
        state={state}
        defaultValue={defaults?.theme}
        options={[{ value: "", label: t.themePlaceholder }, ...Object.values(Theme).map((theme) => ({ value: theme, label: needsOffersCopy.themes[theme] }))]}
        required
      />
      <SelectField
        name="sdgTargetCode"
        label={t.target}
        state={state}
        defaultValue={defaults?.sdgTargetCode}
        options={[
          { value: "", label: t.targetPlaceholder },
          ...targets.map((target) => ({ value: target.code, label: `${target.code} — ${short(target.text)}` })),
        ]}
      />
      <TextField name="validUntil" type="date" label={t.validUntil} hint={t.validUntilHint} state={state} defaultValue={defaults?.validUntil} />
      <SubmitButton pendingLabel={t.pending}>{defaults ? t.submitEdit : t.submitNew(kind)}</SubmitButton>
    </ActionForm>
  );
}
