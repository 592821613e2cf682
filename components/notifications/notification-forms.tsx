"use client";
// The forms of the notifications page: mark one read, mark all read, e-mail preferences.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import { markAllReadAction, markReadAction, saveEmailPreferenceAction } from "@/lib/notifications/notifications.actions";
import { NOTIFICATION_EMAILS } from "@/lib/notifications/notifications.schemas";

export function MarkReadForm({ id, title }: { id: string; title: string }) {
  const [state, action, pending] = useActionState(markReadAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      {/* The title makes each button's name unique in the list. */}
      <button type="submit" disabled={pending} className={buttonClasses("secondary", "text-sm")} aria-label={`${t.markRead} : ${title}`}>
        {t.markRead}
      </button>
      {state.status === "error" ? <p role="alert" className="mt-1 text-sm text-red-800">{state.message}</p> : null}
    </form>
  );
}

export function MarkAllReadForm() {
  const [state, action] = useActionState(markAllReadAction, initialActionState);
  return (
    <form action={action} className="mb-6">
      <FormMessage state={state} />
      <SubmitButton variant="secondary">{t.markAllRead}</SubmitButton>
    </form>
  );
}

export function EmailPreferenceForm({ current }: { current: (typeof NOTIFICATION_EMAILS)[number] }) {
  const [state, action] = useActionState(saveEmailPreferenceAction, initialActionState);
  const selected = state.values?.notificationEmails ?? current;
  const error = state.fieldErrors?.notificationEmails?.[0];
  return (
    <form action={action} className="max-w-xl">
      <FormMessage state={state} />
      <fieldset aria-describedby={error ? "notificationEmails-error" : "notificationEmails-hint"}>
        <legend className="mb-2 text-lg font-semibold">{t.preferences.legend}</legend>
        <p id="notificationEmails-hint" className="mb-4 text-sm text-muted">
          {t.preferences.hint}
        </p>
        {error ? (
          <p id="notificationEmails-error" className="mb-3 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        {NOTIFICATION_EMAILS.map((value) => (
          <div key={value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`notificationEmails-${value}`}
              name="notificationEmails"
              value={value}
              defaultChecked={selected === value}
              aria-describedby={`notificationEmails-${value}-hint`}
              className="mt-1.5 size-5"
            />
            <div>
              <label htmlFor={`notificationEmails-${value}`} className="font-semibold">
                {t.preferences.options[value].label}
              </label>
              <p id={`notificationEmails-${value}-hint`} className="text-sm text-muted">
                {t.preferences.options[value].hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t.preferences.submit}</SubmitButton>
    </form>
  );
}
