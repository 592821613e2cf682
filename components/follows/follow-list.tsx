"use client";
// « Mes suivis »: each follow with its e-mail rhythm (a select and its button) and « Ne plus suivre ».
import Link from "next/link";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { followRhythmLabels, followsCopy as c } from "@/lib/copy/follows";
import { setFollowRhythmAction, stopFollowAction } from "@/lib/follows/follows.actions";
import { FOLLOW_RHYTHMS } from "@/lib/follows/follows.schemas";

export type FollowRow = { id: string; label: string; href: string; rhythm: (typeof FOLLOW_RHYTHMS)[number]; since: string };

function RhythmForm({ follow }: { follow: FollowRow }) {
  const [state, action] = useActionState(setFollowRhythmAction, initialActionState);
  const selected = state.values?.rhythm ?? follow.rhythm;
  const error = state.fieldErrors?.rhythm?.[0];
  const fieldId = `rythme-${follow.id}`;
  return (
    <ActionForm action={action} state={state} formId="follow.rhythm" outcome="none" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={follow.id} />
      <div>
        <label htmlFor={fieldId} className="sr-only">
          {c.page.rhythmLabel(follow.label)}
        </label>
        <select
          id={fieldId}
          name="rhythm"
          key={selected}
          defaultValue={selected}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          className="rounded border border-line px-2 py-1"
        >
          {FOLLOW_RHYTHMS.map((rhythm) => (
            <option key={rhythm} value={rhythm}>
              {followRhythmLabels[rhythm]}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${fieldId}-error`} className="text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="secondary">{c.page.saveRhythm}</SubmitButton>
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

// A stopped follow stays in the list until the next visit, as its message (which takes the focus):
// the action does not refresh the page, so that the message is not removed with the row.
function FollowItem({ follow }: { follow: FollowRow }) {
  const [state, action] = useActionState(stopFollowAction, initialActionState);
  const stopped = state.status === "success";
  return (
    <li className="rounded-lg border border-line p-4">
      {stopped ? null : (
        <p className="font-semibold">
          <Link href={follow.href}>{follow.label}</Link> <span className="text-sm font-normal text-muted">{c.page.since(follow.since)}</span>
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-end justify-between gap-4">
        {stopped ? null : <RhythmForm follow={follow} />}
        <ActionForm action={action} state={state} formId="follow.stop" outcome="none">
          <input type="hidden" name="id" value={follow.id} />
          {stopped ? null : (
            <button type="submit" aria-label={c.page.stopLabel(follow.label)} className="font-semibold text-odd17-dark underline">
              {c.page.stop}
            </button>
          )}
          <FormOutcome state={state} variant="row" />
        </ActionForm>
      </div>
    </li>
  );
}

export function FollowList({ follows }: { follows: FollowRow[] }) {
  return (
    <ul className="grid gap-4">
      {follows.map((follow) => (
        <FollowItem key={follow.id} follow={follow} />
      ))}
    </ul>
  );
}
