"use client";
// What happened after a submit: the success message, or the error message with a summary of the
// fields to correct, each a link that moves focus to its field. ActionForm focuses it
// (data-form-outcome). The fields' names are read from the form itself (label, or legend of the
// group) so that the summary says « Titre : … » without each form repeating its labels.
import { useLayoutEffect, useState, type RefObject } from "react";
import type { ActionState } from "@/lib/action-state";
import { formsCopy } from "@/lib/copy/forms";

type SummaryItem = { field: string; label: string | null; targetId: string | null; messages: string[] };

function controlOf(form: HTMLFormElement, field: string): HTMLElement | null {
  const escaped = CSS.escape(field);
  return form.querySelector<HTMLElement>(`[data-field="${escaped}"]`) ?? form.querySelector<HTMLElement>(`[name="${escaped}"]:not([type="hidden"])`);
}

function labelOf(control: HTMLElement): string | null {
  const group = control.closest("fieldset");
  const isChoice = control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox");
  if ((isChoice || control.dataset.field) && group) return group.querySelector("legend")?.textContent?.trim() ?? null;
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0]?.textContent?.trim() || control.getAttribute("aria-label");
}

function focusTarget(control: HTMLElement): HTMLElement | null {
  if (control.matches("input, select, textarea, button")) return control;
  return control.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button");
}

function summarise(form: HTMLFormElement | null, fieldErrors: Record<string, string[]>): SummaryItem[] {
  return Object.entries(fieldErrors).map(([field, messages]) => {
    const control = form ? controlOf(form, field) : null;
    const target = control ? focusTarget(control) : null;
    if (target && !target.id) target.id = `champ-${field.replace(/[^\w-]/g, "-")}`;
    return { field, messages, label: control ? labelOf(control) : null, targetId: target?.id ?? null };
  });
}

export function FormOutcome({ state, form, variant = "block" }: { state: ActionState; form?: RefObject<HTMLFormElement | null>; variant?: "block" | "row" }) {
  const [items, setItems] = useState<SummaryItem[]>([]);
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the names come from the committed form's DOM, read after render
    setItems(state.status === "error" && state.fieldErrors ? summarise(form?.current ?? null, state.fieldErrors) : []);
  }, [state, form]);

  const isError = state.status === "error";
  const hasMessage = state.status !== "idle" && Boolean(state.message);
  if (variant === "row") {
    return (
      <p
        data-form-outcome
        tabIndex={-1}
        role={isError ? "alert" : "status"}
        className={`mt-1 text-sm ${isError ? "font-semibold text-red-700" : "text-green-800"}`}
      >
        {hasMessage ? state.message : null}
      </p>
    );
  }
  return (
    <div data-form-outcome tabIndex={-1} role={isError ? "alert" : "status"} className="outline-offset-4">
      {hasMessage ? (
        <div className={`mb-6 rounded-md border-l-4 p-4 ${isError ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}>
          <p className="font-semibold">{state.message}</p>
          {items.length > 0 ? (
            <>
              <p className="mt-2">{formsCopy.errorCount(items.length)}</p>
              <ul className="mt-1 list-disc pl-6">
                {items.map((item) => (
                  <li key={item.field}>
                    {item.targetId ? (
                      <a
                        href={`#${item.targetId}`}
                        className="underline"
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(item.targetId!)?.focus();
                        }}
                      >
                        {item.label ? `${item.label} : ` : null}
                        {item.messages.join(" ")}
                      </a>
                    ) : (
                      <>
                        {item.label ? `${item.label} : ` : null}
                        {item.messages.join(" ")}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
