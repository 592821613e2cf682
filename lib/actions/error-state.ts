import "server-only";
// The state an action returns for an error it caught, and the one place where an unexpected
// error of an action is logged: with its stack and the request's id (lib/log), while the user
// sees only the generic French message (lib/errors.ts).
import { stateOfError, type ActionState, type ListFields } from "@/lib/action-state";
import { isExpectedError } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/log/logger";

export function errorState(error: unknown, formData?: FormData, lists: ListFields = []): ActionState {
  // First, so that Next's redirect and notFound signals go through unlogged.
  const state = stateOfError(error, formData, lists);
  if (!isExpectedError(error)) logUnexpectedError(error, "Unexpected error in a server action");
  return state;
}
