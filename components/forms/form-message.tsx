// The form-level outcome of an action: a success note or an error summary, announced to
// screen readers when it appears.
import type { ActionState } from "@/lib/action-state";

export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message || state.status === "idle") return null;
  const isError = state.status === "error";
  return (
    <div
      role={isError ? "alert" : "status"}
      className={`mb-6 rounded-md border-l-4 p-4 ${isError ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}
    >
      <p className="font-semibold">{state.message}</p>
    </div>
  );
}
