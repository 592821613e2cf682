"use client";
// The organisation profile editor (ActionForm: nothing chosen is reset after a refusal). Without
// JavaScript the refused form still shows what was typed (state.values) and the ticked SDGs
// (echoed as one list); only the logo file has to be picked again (browsers never let a page
// refill a file input). A logo over 1 MB is refused here before anything is sent: server actions
// take about 1 MB at most (next.config.ts), so the server could not even read such a form to
// answer it. The server checks the size and the type (from the content) again.
import { useActionState, useState, type FormEvent } from "react";
import { TerritoryPicker, type ChosenTerritory } from "@/components/alliances/workspace/territory-picker";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActorKind } from "@/generated/prisma/enums";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { formsCopy } from "@/lib/copy/forms";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { ValidationError } from "@/lib/errors";
import { actorKindLabels } from "@/lib/copy/directory-lists";
import { LOGO_ACCEPT, MAX_LOGO_BYTES } from "@/lib/organisations/profile";
import { updateOrganisationProfileAction } from "@/lib/organisations/profile.actions";
import { FieldErrors } from "@/components/forms/field-errors";

const t = organisationProfileCopy.form;
const m = organisationProfileCopy.messages;

export type ProfileFormDefaults = {
  id: string;
  version: number;
  name: string;
  kind: string;
  description: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  territories: ChosenTerritory[];
  sdgs: number[];
  logoUrl: string | null;
};

type Props = { defaults: ProfileFormDefaults; canRename: boolean; sdgs: { number: number; shortName: string }[] };

const kindOptions = Object.values(ActorKind).map((kind) => ({ value: kind, label: actorKindLabels[kind] }));

export function ProfileForm({ defaults, canRename, sdgs }: Props) {
  const [serverState, action] = useActionState(updateOrganisationProfileAction, initialActionState);
  // A logo refused before sending: shown like the server's refusal (ActionForm focuses the summary,
  // which links to the field), what was typed untouched.
  const [logoRefusal, setLogoRefusal] = useState<ActionState | null>(null);
  const state = logoRefusal ?? serverState;

  // Runs before ActionForm's own submit handler (capture phase): stopping the event there keeps
  // the form from being sent at all.
  function checkLogo(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("logo") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > MAX_LOGO_BYTES) {
      event.preventDefault();
      event.stopPropagation();
      // The server's last errors stay shown, as they do while the user corrects them.
      const fieldErrors = { ...serverState.fieldErrors, logo: [m.logoTooLarge] };
      setLogoRefusal({ status: "error", message: new ValidationError({}).message, fieldErrors, values: serverState.values });
    } else {
      setLogoRefusal(null);
    }
  }

  const sdgErrors = state.fieldErrors?.sdgs ?? [];
  const echoed = state.values?.sdgs;
  const ticked = new Set(echoed !== undefined ? echoed.split(",").filter(Boolean).map(Number) : defaults.sdgs);
  return (
    <ActionForm action={action} state={state} formId="organisation.profile" onSubmitCapture={checkLogo} className="max-w-3xl">
      <input type="hidden" name="id" value={defaults.id} />
      <input type="hidden" name="version" value={defaults.version} />
      {canRename ? (
        <TextField name="name" label={t.name} state={state} defaultValue={defaults.name} autoComplete="organization" maxLength={150} required />
      ) : (
        <div className="mb-5">
          <p className="font-semibold">{t.name}</p>
          <p className="mt-1">{defaults.name}</p>
          <p className="mt-1 text-sm text-muted">{t.nameLocked}</p>
          <FieldErrors id="champ-name-erreurs" errors={state.fieldErrors?.name ?? []} />
        </div>
      )}
      <SelectField name="kind" label={t.kind} state={state} defaultValue={defaults.kind} options={kindOptions} required />
      <TextAreaField name="description" label={t.description} hint={t.descriptionHint} state={state} defaultValue={defaults.description} maxLength={2000} />
      <TextField
        name="website"
        type="url"
        label={t.website}
        hint={t.websiteHint}
        state={state}
        defaultValue={defaults.website}
        autoComplete="url"
        placeholder="https://"
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t.contactEmail}
        hint={t.contactEmailHint}
        state={state}
        defaultValue={defaults.contactEmail}
        autoComplete="email"
      />
      <TextField
        name="contactPhone"
        type="tel"
        label={t.contactPhone}
        hint={t.contactPhoneHint}
        state={state}
        defaultValue={defaults.contactPhone}
        autoComplete="tel"
        maxLength={40}
      />

      <TerritoryPicker initial={defaults.territories} errors={state.fieldErrors?.territories ?? []} legend={t.territoriesLegend} />

      <fieldset className="mb-6" aria-describedby={["odd-aide", sdgErrors.length > 0 ? "odd-erreurs" : null].filter(Boolean).join(" ")}>
        <legend className="mb-1 font-semibold">{t.sdgsLegend}</legend>
        <p id="odd-aide" className="mb-2 text-sm text-muted">
          {t.sdgsHint}
        </p>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {sdgs.map((sdg) => (
            <div key={sdg.number} className="mb-2 flex items-start gap-3">
              <input
                id={`odd-${sdg.number}`}
                type="checkbox"
                name="sdgs"
                value={sdg.number}
                defaultChecked={ticked.has(sdg.number)}
                className="mt-1 size-5 shrink-0 accent-odd17"
              />
              <label htmlFor={`odd-${sdg.number}`}>{t.sdgLabel(sdg.number, sdg.shortName)}</label>
            </div>
          ))}
        </div>
        <FieldErrors id="odd-erreurs" errors={sdgErrors} />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-2 font-semibold">{t.logoLegend}</legend>
        {defaults.logoUrl ? (
          <img src={defaults.logoUrl} alt={t.currentLogoAlt(defaults.name)} className="mb-3 max-h-24 w-auto rounded border border-line bg-white p-2" />
        ) : (
          <p className="mb-3 text-muted">{t.noLogo}</p>
        )}
        <TextField
          name="logo"
          type="file"
          label={t.logoFile}
          hint={state.status === "error" ? `${t.logoHint} ${formsCopy.chooseFileAgain}` : t.logoHint}
          state={state}
          accept={LOGO_ACCEPT}
        />
        {defaults.logoUrl ? (
          <div className="mb-2 flex items-start gap-3">
            <input
              id="retirer-logo"
              type="checkbox"
              name="removeLogo"
              className="mt-1 size-5 shrink-0 accent-odd17"
              defaultChecked={state.values?.removeLogo === "on"}
            />
            <label htmlFor="retirer-logo">{t.logoRemove}</label>
          </div>
        ) : null}
      </fieldset>

      <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
    </ActionForm>
  );
}
