"use client";
// The forms of the notifications page: open one, mark one read, mark all read, e-mail preferences.
import { useActionState, type ReactNode } from "react";
import { useFormPending } from "@/components/forms/action-form-context";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import { markAllReadAction, markReadAction, openNotificationAction, saveEmailPreferenceAction } from "@/lib/notifications/notifications.actions";
import { NOTIFICATION_EMAILS } from "@/lib/notifications/notifications.schemas";

function PendingButton({ className, label, children }: { className: string; label?: string; children: ReactNode }) {
  const pending = useFormPending();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} aria-label={label} className={className}>
      {children}
    </button>
  );
}

/**
 * An unread notification's title: following it marks it read (a POST, so that no prefetch or
 * crawler marks anything), then goes where it leads.
 */
export function OpenNotificationForm({ id, title, className }: { id: string; title: string; className: string }) {
  const [state, action] = useActionState(openNotificationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="notification.open" outcome="none">
      <input type="hidden" name="id" value={id} />
      <PendingButton className={className}>{title}</PendingButton>
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function MarkReadForm({ id, title }: { id: string; title: string }) {
  const [state, action] = useActionState(markReadAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="notification.mark-read" outcome="none">
      <input type="hidden" name="id" value={id} />
      {/* The title makes each button's name unique in the list. */}
      <PendingButton className={buttonClasses("secondary", "text-sm disabled:opacity-70")} label={`${t.markRead} : ${title}`}>
        {t.markRead}
      </PendingButton>
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

export function MarkAllReadForm() {
  const [state, action] = useActionState(markAllReadAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="notification.mark-all-read" className="mb-6">
      <SubmitButton variant="secondary">{t.markAllRead}</SubmitButton>
    </ActionForm>
  );
}

export function EmailPreferenceForm({ current }: { current: (typeof NOTIFICATION_EMAILS)[number] }) {
  const [state, action] = useActionState(saveEmailPreferenceAction, initialActionState);
  // Without JavaScript the page is rendered again from the returned values.
  const selected = state.values?.notificationEmails ?? current;
  const error = state.fieldErrors?.notificationEmails?.[0];
  return (
    <ActionForm action={action} state={state} formId="notification.email-preference" className="max-w-xl">
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
    </ActionForm>
  );
}
