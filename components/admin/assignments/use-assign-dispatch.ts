"use client";
// A bulk form with « Attribuer à… » among its actions: one <form> (the table's checkboxes belong
// to it), two server actions. The submitted `decision` picks the action, and the form shows the
// state of the one that ran last.
import { useActionState, useCallback, useState } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { assignContentAction } from "@/lib/assignments/assignments.actions";

export const ASSIGN_DECISION = "assign";

export function useAssignDispatch(primary: readonly [ActionState, (payload: FormData) => void, ...unknown[]]) {
  const [assignState, assign] = useActionState(assignContentAction, initialActionState);
  const [used, setUsed] = useState<"primary" | "assign">("primary");
  const [primaryState, primaryAction] = primary;
  const dispatch = useCallback(
    (payload: FormData) => {
      const isAssign = payload.get("decision") === ASSIGN_DECISION;
      setUsed(isAssign ? "assign" : "primary");
      (isAssign ? assign : primaryAction)(payload);
    },
    [assign, primaryAction],
  );
  return { state: used === "assign" ? assignState : primaryState, dispatch };
}
