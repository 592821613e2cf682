"use client";
// The forms of the network page: propose a link, answer a request, end a link, recommend a kit.
// The server decides (admins of the acting side only); these only carry the ids.
import { useActionState, type ReactNode } from "react";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RowOutcome, RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { networksLabels } from "@/lib/copy/networks";
import { decideLinkAction, endLinkAction, recommendKitAction, requestLinkAction } from "@/lib/networks/networks.actions";

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
      <div id={errorId} aria-live="polite">
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

export function RequestLinkForm({ actorId, candidates }: { actorId: string; candidates: { id: string; name: string; kindLabel: string }[] }) {
  const [state, action] = useActionState(requestLinkAction, initialActionState);
  const errorState = state.status === "error" ? state : undefined;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
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
    </form>
  );
}

export function DecisionForm({ actorId, linkId, decision, organisationName }: { actorId: string; linkId: string; decision: "accept" | "decline"; organisationName: string }) {
  const [state, action] = useActionState(decideLinkAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="linkId" value={linkId} />
      <input type="hidden" name="decision" value={decision} />
      <RowSubmitButton
        variant={decision === "accept" ? "primary" : "secondary"}
        label={decision === "accept" ? t.requests.accept : t.requests.decline}
        hiddenSuffix={t.requests.suffix(organisationName)}
      />
      <RowOutcome state={state} />
    </form>
  );
}

export function EndLinkForm({ actorId, linkId, label, hiddenSuffix }: { actorId: string; linkId: string; label: string; hiddenSuffix: string }) {
  const [state, action] = useActionState(endLinkAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="linkId" value={linkId} />
      <RowSubmitButton label={label} hiddenSuffix={hiddenSuffix} />
      <RowOutcome state={state} />
    </form>
  );
}

export function RecommendKitForm({ headId, kits, teams }: { headId: string; kits: { id: string; title: string }[]; teams: { id: string; name: string }[] }) {
  const [state, action] = useActionState(recommendKitAction, initialActionState);
  const errorState = state.status === "error" ? state : undefined;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
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
    </form>
  );
}
