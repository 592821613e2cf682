"use client";
// Creates or edits a need/offer. The territory is chosen among the results of the GET search
// form above this one (forms cannot nest); the other fields keep what was typed when refused.
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { AllianceMode, MecenatKind, Theme } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import type { NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { createNeedOfferAction, updateNeedOfferAction } from "@/lib/needs-offers/needs-offers.actions";
import { TerritoryRadios, type TerritoryChoice } from "./territory-radios";

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
  territoryId: number;
};

type Props = {
  kind: NeedOfferKind;
  territories: TerritoryChoice[];
  targets: { code: string; text: string }[];
} & ({ organisations: { id: string; name: string }[]; preselectedOrganisation?: string; defaults?: undefined } | { organisations?: undefined; preselectedOrganisation?: undefined; defaults: NeedOfferDefaults });

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function NeedOfferForm({ kind, territories, targets, organisations, preselectedOrganisation, defaults }: Props) {
  const [state, action] = useActionState(defaults ? updateNeedOfferAction : createNeedOfferAction, initialActionState);
  const organisationOptions = organisations
    ? [...(organisations.length > 1 ? [{ value: "", label: t.organisationPlaceholder }] : []), ...organisations.map((o) => ({ value: o.id, label: o.name }))]
    : [];
  const chosenTerritory = state.values?.territoryId ?? (defaults ? String(defaults.territoryId) : territories.length === 1 ? String(territories[0].id) : undefined);
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={kind} />
      {defaults ? <input type="hidden" name="id" value={defaults.id} /> : null}
      <TerritoryRadios territories={territories} chosen={chosenTerritory} errors={state.fieldErrors?.territoryId ?? []} legend={t.territoryLegend} emptyText={t.searchFirst} />
      <h2 className="mb-4 text-2xl font-bold">{t.detailsHeading}</h2>
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
      <TextAreaField name="description" label={t.description} hint={t.descriptionHint} state={state} defaultValue={defaults?.description} maxLength={2000} required />
      <SelectField
        name="mode"
        label={t.mode}
        state={state}
        defaultValue={defaults?.mode}
        options={[{ value: "", label: t.modePlaceholder }, ...Object.values(AllianceMode).map((mode) => ({ value: mode, label: labels.allianceModes[mode].label }))]}
        required
      />
      <SelectField
        name="mecenatKind"
        label={t.mecenatKind}
        hint={t.mecenatKindHint}
        state={state}
        defaultValue={defaults?.mecenatKind}
        options={[{ value: "", label: t.mecenatKindPlaceholder }, ...Object.values(MecenatKind).map((k) => ({ value: k, label: needsOffersCopy.mecenatKinds[k] }))]}
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
        options={[{ value: "", label: t.targetPlaceholder }, ...targets.map((target) => ({ value: target.code, label: `${target.code} — ${short(target.text)}` }))]}
      />
      <TextField name="validUntil" type="date" label={t.validUntil} hint={t.validUntilHint} state={state} defaultValue={defaults?.validUntil} />
      <SubmitButton pendingLabel={t.pending}>{defaults ? t.submitEdit : t.submitNew(kind)}</SubmitButton>
    </form>
  );
}
