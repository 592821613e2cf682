"use client";
// The state the queue's forms share: the one-item decisions report to the top of the list (the
// decided item leaves the re-rendered queue, its form with it, so the message cannot stay there),
// and the checkboxes feed the bulk decision. Errors stay in the form of the item they concern.
import { createContext, useActionState, useContext, useState, type ReactNode } from "react";
import { DoneNotice } from "@/components/ui/done-notice";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { decideModerationAction } from "@/lib/moderation/moderation.actions";

type Decisions = {
  /** The state to show in the decision form of the item `key` ("kind:id"). */
  stateFor: (key: string) => ActionState;
  decide: (payload: FormData) => void;
  selected: ReadonlySet<string>;
  toggle: (key: string, on: boolean) => void;
  setAll: (keys: string[], on: boolean) => void;
  clearSelection: () => void;
};

const DecisionsContext = createContext<Decisions | null>(null);

export function useDecisions(): Decisions {
  const value = useContext(DecisionsContext);
  if (!value) throw new Error("useDecisions outside <ModerationDecisions>");
  return value;
}

export function ModerationDecisions({ children }: { children: ReactNode }) {
  const [state, decide] = useActionState(decideModerationAction, initialActionState);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const concerned = state.values ? `${state.values.kind}:${state.values.id}` : null;
  const value: Decisions = {
    stateFor: (key) => (state.status === "error" && key === concerned ? state : initialActionState),
    decide,
    selected,
    toggle: (key, on) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    setAll: (keys, on) => setSelected(on ? new Set(keys) : new Set()),
    clearSelection: () => setSelected(new Set()),
  };
  return (
    <DecisionsContext.Provider value={value}>
      {state.status === "success" && state.message ? <DoneNotice key={state.message} message={state.message} /> : null}
      {children}
    </DecisionsContext.Provider>
  );
}

/** The item's checkbox for the bulk decision (its form is the bulk form, outside the item). */
export function SelectItem({ itemKey, label, form }: { itemKey: string; label: string; form: string }) {
  const { selected, toggle } = useDecisions();
  const id = `choisir-${itemKey.replace(":", "-")}`;
  return (
    <p className="mb-2 flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        form={form}
        name="items"
        value={itemKey}
        checked={selected.has(itemKey)}
        onChange={(event) => toggle(itemKey, event.target.checked)}
        className="size-5 accent-odd17"
      />
      <label htmlFor={id}>{label}</label>
    </p>
  );
}

/** « Sélectionner toutes les demandes de cette page ». */
export function SelectAll({ keys, label }: { keys: string[]; label: string }) {
  const { selected, setAll } = useDecisions();
  const all = keys.length > 0 && keys.every((key) => selected.has(key));
  return (
    <p className="mb-4 flex items-center gap-2">
      <input id="choisir-tout" type="checkbox" checked={all} onChange={(event) => setAll(keys, event.target.checked)} className="size-5 accent-odd17" />
      <label htmlFor="choisir-tout" className="font-semibold">
        {label}
      </label>
    </p>
  );
}
