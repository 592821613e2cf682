"use client";
// The forms of the network page: propose a link, answer a request, end a link, recommend a kit.
// The server decides (admins of the acting side only); these only carry the ids. Refusing a
// request, cancelling one and ending a link ask first. A second click while sending does nothing
// (ActionForm), and the same request sent again is answered with its first success (requestLink).
import { useActionState, type ReactNode } from "react";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import type { ConfirmCopy } from "@/components/forms/confirm-dialog";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { networksLabels } from "@/lib/copy/networks";
import { decideLinkAction, endLinkAction, recommendKitAction, requestLinkAction } from "@/lib/networks/networks.actions";
import { FieldErrors } from "@/components/forms/field-errors";

const t = networksLabels;

/** A group of radio buttons with its legend and errors, tied by aria-describedby. */
function RadioGroup({ name, legend, state, options }: { name: string; legend: string; state: ActionState; options: { value: string; label: ReactNode }[] }) {
  const errors = state.status === "error" ? (state.fieldErrors?.[name] ?? []) : [];
  const errorId = `champ-${name}-erreurs`;
  const chosen = state.status === "error" ? state.values?.[name] : undefined;
  return (
    <fieldset className="mb-5" aria-describedby={errors.length > 0 ? errorId : undefined}>
      <legend className="font-semibold">
        {legend} <span className="font-normal text-muted">(obligatoire)</span>
      </legend>
      <ul className="mt-2 space-y-2">
        {options.map((option) => (
          <li key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`champ-${name}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={chosen === option.value}
              aria-invalid={errors.length > 0 || undefined}
              className="mt-1 size-5"
            />
            <label htmlFor={`champ-${name}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

export function RequestLinkForm({ actorId, candidates }: { actorId: string; candidates: { id: string; name: string; kindLabel: string }[] }) {
  const [state, action] = useActionState(requestLinkAction, initialActionState);
  const errorState = state.status === "error" ? state : undefined;
  return (
    <ActionForm action={action} state={state} formId="network.link-request" className="max-w-2xl">
      <input type="hidden" name="actorId" value={actorId} />
      <RadioGroup
        name="otherId"
        legend={t.propose.organisationLegend}
        state={state}
        options={candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.kindLabel})` }))}
      />
      <RadioGroup
        name="as"
        legend={t.propose.relationLegend}
        state={state}
        options={[
          { value: "TEAM", label: t.propose.asTeam },
          { value: "HEAD", label: t.propose.asHead },
        ]}
      />
      <TextAreaField name="message" label={t.propose.message} hint={t.propose.messageHint} state={errorState} maxLength={500} />
      <SubmitButton>{t.propose.submit}</SubmitButton>
    </ActionForm>
  );
}

export function DecisionForm({
  actorId,
  linkId,
  decision,
  organisationName,
}: {
  actorId: string;
  linkId: string;
  decision: "accept" | "decline";
  organisationName: string;
}) {
  const [state, action] = useActionState(decideLinkAction, initialActionState);
  return (
    <ActionForm
      action={action}
      state={state}
      formId={decision === "accept" ? "network.link-accept" : "network.link-decline"}
      outcome="none"
      confirm={decision === "decline" ? t.requests.declineConfirm(organisationName) : undefined}
    >
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="linkId" value={linkId} />
      <input type="hidden" name="decision" value={decision} />
      <RowSubmitButton
        variant={decision === "accept" ? "primary" : "secondary"}
        label={decision === "accept" ? t.requests.accept : t.requests.decline}
        hiddenSuffix={t.requests.suffix(organisationName)}
      />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function EndLinkForm({
  actorId,
  linkId,
  label,
  hiddenSuffix,
  confirm,
}: {
  actorId: string;
  linkId: string;
  label: string;
  hiddenSuffix: string;
  confirm: ConfirmCopy;
}) {
  const [state, action] = useActionState(endLinkAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="network.link-end" outcome="none" confirm={confirm}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="linkId" value={linkId} />
      <RowSubmitButton label={label} hiddenSuffix={hiddenSuffix} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function RecommendKitForm({ headId, kits, teams }: { headId: string; kits: { id: string; title: string }[]; teams: { id: string; name: string }[] }) {
  const [state, action] = useActionState(recommendKitAction, initialActionState);
  const errorState = state.status === "error" ? state : undefined;
  return (
    <ActionForm action={action} state={state} formId="network.kit-recommend" className="max-w-2xl">
      <input type="hidden" name="headId" value={headId} />
      <SelectField
        name="kitId"
        label={t.recommend.kit}
        state={errorState}
        required
        options={[{ value: "", label: t.recommend.kitPlaceholder }, ...kits.map((kit) => ({ value: kit.id, label: kit.title }))]}
      />
      <SelectField
        name="teamId"
        label={t.recommend.team}
        state={errorState}
        required
        defaultValue="ALL"
        options={[{ value: "ALL", label: t.recommend.allTeams }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
      />
      <TextAreaField name="message" label={t.recommend.message} hint={t.propose.messageHint} state={errorState} maxLength={500} />
      <SubmitButton>{t.recommend.submit}</SubmitButton>
    </ActionForm>
  );
}
