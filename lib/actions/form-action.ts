import "server-only";
// The one way a server action is written. A declaration says what the form sends (schema), who
// may do it (permission: an operation and the scope it applies to, read from the database) and
// what it does (run); the wrapper does the steps every action shares, in this order:
//   who is asking (requireUser, or none for public forms) → parse (all field errors at once, the
//   values sent back) → assertCan → run → revalidate → success message or redirect.
// Expected errors (not found, forbidden, conflict, rate limit, server-side validation) become their
// French message with the submitted values; anything else is logged and shown as the generic
// message. The mutation called by `run` checks the permission again in its own transaction.
import { redirect } from "next/navigation";
import type { z } from "zod";
import { parseFormData, type ActionState, type ListFields } from "@/lib/action-state";
import { errorState } from "@/lib/actions/error-state";
import { ValidationError } from "@/lib/errors";
import { assertCan, type Operation, type Principal, type Scope } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/session";
import { revalidatePrivatePages } from "@/lib/cache/public-pages";

export type ActionContext = { principal: Principal; formData: FormData };
export type SignedInContext = ActionContext & { user: CurrentUser; principal: NonNullable<Principal> };

/** What a run tells the wrapper to do once it succeeded. */
export type ActionOutcome = {
  /** Shown (and focused) in the form. */
  message?: string;
  /**
   * Workspace and back-office pages the change makes stale. Public pages are refreshed through
   * claimPublicPagesRefresh (counted), called in `run` before the mutation.
   */
  revalidate?: string[];
  /** Where to go next; the message is then not shown. */
  redirect?: string;
  /** Values to show in the form after the success (e.g. what the server normalised). */
  values?: Record<string, string>;
};

type Permission<Data, Ctx> = {
  operation: Operation | ((data: Data) => Operation);
  /** The scope the operation applies to (organisation, alliance…), read from the database. */
  scope?: (data: Data, context: Ctx) => Promise<Scope> | Scope;
};

type Definition<S extends z.ZodType, Ctx> = {
  schema: S;
  /**
   * For forms made only of hidden fields (one-button forms): the message when they do not parse,
   * since there is no field to show an error next to. Without it, the field errors are returned.
   */
  invalidMessage?: string;
  /** Repeated fields (checkbox groups, chosen territories): parsed as arrays, echoed joined by commas. */
  lists?: ListFields;
  /**
   * Field errors only the raw form can tell (an uploaded file's content, which the schema never
   * sees), joined to the schema's so that every error shows at once.
   */
  fileErrors?: (formData: FormData) => Promise<Record<string, string[]>>;
  permission?: Permission<z.output<S>, Ctx>;
  run: (data: z.output<S>, context: Ctx) => Promise<ActionOutcome | void>;
};

/** Marks the functions made by this module: the coverage test checks every exported action has it. */
export const FORM_ACTION: unique symbol = Symbol.for("odd17.formAction");

export type FormAction = ((previous: ActionState, formData: FormData) => Promise<ActionState>) & { readonly [FORM_ACTION]: true };

const principalOf = (user: CurrentUser): NonNullable<Principal> => ({ id: user.id, platformRole: user.platformRole });

function wrap<Ctx extends ActionContext, S extends z.ZodType>(context: () => Promise<Ctx>, definition: Definition<S, Ctx>): FormAction {
  const action = async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const ctx = await context();
    const { lists } = definition;
    const parsed = parseFormData(definition.schema, formData, lists);
    const fileErrors = definition.fileErrors ? await definition.fileErrors(formData) : {};
    if (!parsed.success) {
      if (definition.invalidMessage) return { status: "error", message: definition.invalidMessage };
      return { ...parsed.state, fieldErrors: { ...parsed.state.fieldErrors, ...fileErrors } };
    }
    if (Object.keys(fileErrors).length > 0) return errorState(new ValidationError(fileErrors), formData, lists);
    let outcome: ActionOutcome | void;
    try {
      const { permission } = definition;
      if (permission) {
        const operation = typeof permission.operation === "function" ? permission.operation(parsed.data) : permission.operation;
        assertCan(ctx.principal, operation, permission.scope ? await permission.scope(parsed.data, ctx) : undefined);
      }
      outcome = await definition.run(parsed.data, { ...ctx, formData });
    } catch (error) {
      return errorState(error, formData, lists);
    }
    revalidatePrivatePages(outcome?.revalidate ?? []);
    // redirect() throws Next's control-flow signal: outside the try, so that it is never caught.
    if (outcome?.redirect) redirect(outcome.redirect);
    return { status: "success", message: outcome?.message, values: outcome?.values };
  };
  return Object.assign(action, { [FORM_ACTION]: true as const });
}

/** An action for signed-in users (the visitor is sent to the sign-in page otherwise). */
export function formAction<S extends z.ZodType>(definition: Definition<S, SignedInContext>): FormAction {
  return wrap(async () => {
    const user = await requireUser();
    return { user, principal: principalOf(user), formData: new FormData() };
  }, definition);
}

/** An action open to anonymous visitors (sign-up, password reset, contact): `principal` may be null. */
export function publicFormAction<S extends z.ZodType>(definition: Definition<S, ActionContext & { user: CurrentUser | null }>): FormAction {
  return wrap(async () => {
    const user = await getCurrentUser();
    return { user, principal: user ? principalOf(user) : null, formData: new FormData() };
  }, definition);
}
