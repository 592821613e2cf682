"use client";
// The kit editor of the back office: every field of the kit's draft, a server-rendered preview of
// the markdown body ("Prévisualiser" sends the form without saving), save the draft (note
// included; the public page does not change), or save and publish it. Sent through
// ActionForm: a refused form keeps everything typed and chosen, checkbox lists included; a new
// kit lands on its own page, which says it was created.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { buttonClasses } from "@/components/ui/button";
import { ActorKind, AllianceMode, KitCategory, Theme } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import { directoryLabels } from "@/lib/copy/directories";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";
import { saveKitAction, type KitFormState } from "@/lib/kits/kits.actions";
import { ChoiceFieldset } from "../choice-fieldset";
import { proseClasses } from "../prose";

const t = kitsLabels.admin.form;
const MAX_LINKS = 10;
const EMPTY_LINK_ROWS = 3;

export interface KitFormData {
  id: string;
  /** The working copy's stamp (lib/kits/kit-versions.ts): a save against another one is refused. */
  stamp: string;
  note: string;
  title: string;
  summary: string;
  category: KitCategory;
  audiences: string[];
  maturityLevels: number[];
  themes: string[];
  modes: string[];
  targets: string[];
  body: string;
  links: { label: string; url: string }[];
}

function IntentButton({ intent, variant, children }: { intent: "preview" | "save" | "publish"; variant: "primary" | "secondary"; children: string }) {
  const pending = useFormPending();
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "disabled:opacity-70")}>
      {pending ? t.pending : children}
    </button>
  );
}

/** The checked values of a list field: what was sent back after a submission, else the kit's own. */
function listValue(state: KitFormState, field: string, initial: readonly (string | number)[]): string[] {
  const sent = state.values?.[field];
  if (sent !== undefined) return sent ? sent.split(",") : [];
  return initial.map(String);
}

export function KitForm({ kit, targets }: { kit: KitFormData | null; targets: { code: string; text: string }[] }) {
  const [state, action] = useActionState<KitFormState, FormData>(saveKitAction, initialActionState);
  const errors = (field: string) => state.fieldErrors?.[field];
  const linkRows = Math.min(MAX_LINKS, (kit?.links.length ?? 0) + EMPTY_LINK_ROWS);

  return (
    <ActionForm action={action} state={state} formId={kit ? "kit.update" : "kit.create"}>
      {kit ? (
        <>
          <input type="hidden" name="kitId" value={kit.id} />
          <input type="hidden" name="stamp" value={kit.stamp} />
        </>
      ) : null}
      <TextField name="title" label={t.title} state={state} defaultValue={kit?.title} maxLength={200} required />
      <TextAreaField name="summary" label={t.summary} hint={t.summaryHint} state={state} defaultValue={kit?.summary} maxLength={500} rows={3} />
      <SelectField
        name="category"
        label={t.category}
        state={state}
        defaultValue={kit?.category ?? ""}
        required
        options={[
          { value: "", label: t.categoryPlaceholder },
          ...Object.values(KitCategory).map((value) => ({ value, label: kitsLabels.categories[value].label })),
        ]}
      />
      <ChoiceFieldset
        name="audiences"
        legend={t.audiences}
        columns
        choices={Object.values(ActorKind).map((value) => ({ value, label: actorKindLabels[value] }))}
        checked={listValue(state, "audiences", kit?.audiences ?? [])}
        errors={errors("audiences")}
      />
      <ChoiceFieldset
        name="maturityLevels"
        legend={t.levels}
        columns
        choices={[1, 2, 3, 4].map((level) => ({ value: String(level), label: kitsLabels.maturityLevel(level) }))}
        checked={listValue(state, "maturityLevels", kit?.maturityLevels ?? [])}
        errors={errors("maturityLevels")}
      />
      <ChoiceFieldset
        name="themes"
        legend={t.themes}
        columns
        choices={Object.values(Theme).map((value) => ({ value, label: directoryLabels.themes[value] }))}
        checked={listValue(state, "themes", kit?.themes ?? [])}
        errors={errors("themes")}
      />
      <ChoiceFieldset
        name="modes"
        legend={t.modes}
        columns
        choices={Object.values(AllianceMode).map((value) => ({ value, label: allianceModeNames[value] }))}
        checked={listValue(state, "modes", kit?.modes ?? [])}
        errors={errors("modes")}
      />
      <ChoiceFieldset
        name="targets"
        legend={t.targets}
        columns
        choices={targets.map((target) => ({ value: target.code, label: kitsLabels.target(target.code) }))}
        checked={listValue(state, "targets", kit?.targets ?? [])}
        errors={errors("targets")}
      />
      <TextAreaField
        name="body"
        label={t.body}
        hint={t.bodyHint}
        state={state}
        defaultValue={kit?.body}
        rows={18}
        className="mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 font-mono text-sm text-ink"
      />
      {state.preview !== undefined ? (
        <section aria-labelledby="apercu" className="mb-6 rounded-lg border-2 border-dashed border-odd17 p-4">
          <h2 id="apercu" className="text-xl font-bold">
            {t.previewHeading}
          </h2>
          {state.preview ? (
            <div className={proseClasses} dangerouslySetInnerHTML={{ __html: state.preview }} />
          ) : (
            <p className="text-muted">{t.previewEmpty}</p>
          )}
        </section>
      ) : null}
      <fieldset className="mb-5">
        <legend className="font-semibold">{t.linksLegend}</legend>
        <p className="mt-1 mb-2 text-sm text-muted">{t.linksHint}</p>
        {Array.from({ length: linkRows }, (_, row) => (
          <div key={row} className="grid grid-cols-1 gap-x-4 md:grid-cols-2">
            <TextField name={`linkLabel${row}`} label={t.linkLabel(row + 1)} state={state} defaultValue={kit?.links[row]?.label} maxLength={150} />
            <TextField name={`linkUrl${row}`} type="url" label={t.linkUrl(row + 1)} state={state} defaultValue={kit?.links[row]?.url} placeholder="https://" />
          </div>
        ))}
      </fieldset>
      <TextField name="note" label={t.note} hint={t.noteHint} state={state} defaultValue={kit?.note} maxLength={500} />
      <div className="flex flex-wrap gap-3">
        <IntentButton intent="preview" variant="secondary">
          {t.preview}
        </IntentButton>
        <IntentButton intent="save" variant="secondary">
          {t.save}
        </IntentButton>
        <IntentButton intent="publish" variant="primary">
          {t.publish}
        </IntentButton>
      </div>
    </ActionForm>
  );
}
