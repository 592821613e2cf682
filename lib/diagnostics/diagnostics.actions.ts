"use server";
// The only entry from the diagnostic forms and the autosave. The form actions are declared
// through formAction (lib/actions/form-action.ts): the diagnostic's scope is read from the
// database (getDiagnostic) for assertCan, and the mutation checks it again in its transaction.
// Two stay written by hand, with the same steps: saveStepAction, whose state carries the version
// it saved and the steps still missing (the wrapper's state has neither), and autosaveAction,
// which the questionnaire calls directly, not through a form.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { errorState } from "@/lib/actions/error-state";
import { formAction, type ActionOutcome, type SignedInContext } from "@/lib/actions/form-action";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { resolveTerritory } from "@/lib/directory/territory-choice.queries";
import { ConflictError, GENERIC_ERROR_MESSAGE, ValidationError, isExpectedError, toUserMessage } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { validateSection } from "./answers";
import {
  autosaveAnswers,
  completeDiagnostic,
  publishDiagnostic,
  rateDiagnostic,
  reopenDiagnostic,
  saveAnswers,
  startDiagnostic,
  unpublishDiagnostic,
} from "./diagnostics.mutations";
import { getDiagnostic } from "./diagnostics.queries";
import { diagnosticIdSchema, diagnosticStartFormSchema, ratingSchema, reopenSchema, stepEnvelopeSchema } from "./diagnostics.schemas";
import { addPostponed, POSTPONED_COOKIE } from "./follow-up";
import { draftToAnswers, readSectionDraft, stepsWith, type SectionDraft } from "./form-answers";
import { logUnexpectedError } from "@/lib/log/logger";

const copy = diagnosticsCopy;

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

/** The caller's standing in the diagnostic's organisation; NotFoundError for a stranger's diagnostic. */
const diagnosticScope = async (data: { id: string }, { principal }: SignedInContext) => (await getDiagnostic(principal, data.id)).scope;

export type StepState = ActionState & {
  /** The diagnostic's version after what this action saved, for the next save. */
  version?: number;
  /** On "Terminer": the steps that still miss required answers. */
  missingSteps?: { step: number; title: string }[];
};

export const startDiagnosticAction = formAction({
  schema: diagnosticStartFormSchema,
  permission: { operation: "diagnostic.run", scope: (data, { principal }) => getActorScope(principal, data.actorId) },
  run: async (data, { principal }) => {
    const { territory } = data;
    // The combobox's reference names a territory that may not exist (a forged or outdated one).
    const territoryId = "id" in territory ? territory.id : (await resolveTerritory(territory.ref.kind, territory.ref.code))?.id;
    if (territoryId === undefined) throw new ValidationError({ territoryId: [copy.messages.territoryNotFound] });
    const created = await startDiagnostic(principal, { actorId: data.actorId, territoryId });
    return { revalidate: [paths.diagnostics()], redirect: paths.diagnostic(created.id) };
  },
});

/** "Précédent", "Suivant" and "Terminer le diagnostic": save the step, then move or complete. */
export async function saveStepAction(_previous: StepState, formData: FormData): Promise<StepState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const envelope = stepEnvelopeSchema.safeParse(Object.fromEntries(formData));
  if (!envelope.success) return { status: "error", message: GENERIC_ERROR_MESSAGE };
  const { id, step, direction } = envelope.data;
  let version = envelope.data.version;
  let destination: string;
  try {
    const diagnostic = await getDiagnostic(principal, id);
    assertCan(principal, "diagnostic.update", diagnostic.scope);
    const sections = diagnostic.template.sections;
    const section = sections[step - 1];
    if (!section) return { status: "error", message: GENERIC_ERROR_MESSAGE };
    const answers = draftToAnswers(section, readSectionDraft(section, formData));
    ({ version } = await saveAnswers(principal, id, { answers, version }));

    if (direction === "previous") {
      destination = paths.diagnostic(id, { step: Math.max(1, step - 1) });
    } else {
      const checked = validateSection(diagnostic.template, section.id, answers);
      if (!checked.success) return { status: "error", message: copy.questionnaire.stepErrors, fieldErrors: checked.fieldErrors, version };
      if (direction === "next" && step < sections.length) {
        destination = paths.diagnostic(id, { step: step + 1 });
      } else {
        try {
          await completeDiagnostic(principal, id, version);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const missingSteps = stepsWith(sections, Object.keys(error.fieldErrors));
          return { status: "error", message: copy.questionnaire.missingSteps, missingSteps, version };
        }
        revalidatePath(paths.diagnostics());
        destination = paths.diagnosticReport(id);
      }
    }
  } catch (error) {
    return { ...errorState(error), version };
  }
  redirect(destination);
}

export type AutosaveResult =
  | { status: "saved"; version: number; savedAt: string }
  | { status: "conflict"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { status: "error"; message: string };

/**
 * Called by the questionnaire as the user types (debounced), with only the answers of the step
 * that changed since its last save. No revalidation: nothing on the page changes but the status
 * line. The permission is checked by autosaveAnswers itself (data layer), without reading the
 * whole diagnostic first as the form actions do: this is the hot path of the questionnaire.
 */
export async function autosaveAction(input: { id: string; version: number; step: number; draft: SectionDraft }): Promise<AutosaveResult> {
  const user = await requireUser();
  const principal = principalOf(user);
  const envelope = stepEnvelopeSchema.safeParse({ id: input?.id, version: input?.version, step: input?.step });
  const draft = input?.draft;
  if (!envelope.success || typeof draft !== "object" || draft === null) return { status: "error", message: GENERIC_ERROR_MESSAGE };
  try {
    const { id, step, version } = envelope.data;
    const saved = await autosaveAnswers(principal, id, { step, draft, version });
    return { status: "saved", version: saved.version, savedAt: saved.savedAt.toISOString() };
  } catch (error) {
    if (error instanceof ConflictError) return { status: "conflict", message: error.message };
    if (error instanceof ValidationError) return { status: "invalid", message: copy.questionnaire.notSavedInvalid, fieldErrors: error.fieldErrors };
    if (!isExpectedError(error)) logUnexpectedError(error, "Diagnostic autosave failed", { diagnosticId: envelope.data.id });
    return { status: "error", message: toUserMessage(error) };
  }
}

export const rateDiagnosticAction = formAction({
  schema: ratingSchema,
  // Asked of the team: there is no separate operation for giving one's opinion.
  permission: { operation: "diagnostic.update", scope: diagnosticScope },
  run: async (data, { principal }) => {
    await rateDiagnostic(principal, data.id, data);
    return { message: copy.feedback.thanks };
  },
});

/** Publishing or withdrawing changes the territory pages, which count the published diagnostics. */
async function changePublication(principal: Principal, id: string, publish: boolean): Promise<ActionOutcome> {
  // Counted before the change: past the limit, nothing is changed.
  const publicPages = await claimPublicPagesRefresh(principal);
  await (publish ? publishDiagnostic : unpublishDiagnostic)(principal, id);
  publicPages.all();
  return {
    revalidate: [paths.diagnosticReport(id), paths.diagnostics()],
    message: publish ? copy.publication.publishedDone : copy.publication.unpublishedDone,
  };
}

export const publishDiagnosticAction = formAction({
  schema: diagnosticIdSchema,
  invalidMessage: copy.messages.notFound,
  permission: { operation: "diagnostic.publish", scope: diagnosticScope },
  run: (data, { principal }) => changePublication(principal, data.id, true),
});

export const unpublishDiagnosticAction = formAction({
  schema: diagnosticIdSchema,
  invalidMessage: copy.messages.notFound,
  permission: { operation: "diagnostic.publish", scope: diagnosticScope },
  run: (data, { principal }) => changePublication(principal, data.id, false),
});

/**
 * "Rouvrir pour modifier": back to DRAFT (answers kept, results cleared), then to the
 * questionnaire's first step. A published summary is withdrawn (the mutation requires the right
 * to unpublish for that).
 */
export const reopenDiagnosticAction = formAction({
  schema: reopenSchema,
  invalidMessage: copy.messages.notFound,
  permission: { operation: "diagnostic.update", scope: diagnosticScope },
  run: async (data, { principal }) => {
    const diagnostic = await getDiagnostic(principal, data.id);
    // Only a published summary leaves the territory page: only then do public pages change.
    const published = diagnostic.status === "PUBLISHED";
    if (published) assertCan(principal, "diagnostic.publish", diagnostic.scope);
    const publicPages = published ? await claimPublicPagesRefresh(principal) : null;
    await reopenDiagnostic(principal, diagnostic.id, data.version);
    publicPages?.all();
    return { revalidate: [paths.diagnostics(), paths.diagnosticReport(data.id)], redirect: paths.diagnostic(data.id, { step: 1 }) };
  },
});

/**
 * "Plus tard" on the follow-up question: remembered for this browser session only (a cookie
 * without expiry), nothing stored in the database. The page is rendered again without the prompt.
 */
export const postponeFollowUpAction = formAction({
  schema: diagnosticIdSchema,
  invalidMessage: copy.messages.notFound,
  // Only a diagnostic the user may read: the cookie never names anything else.
  permission: { operation: "diagnostic.read", scope: diagnosticScope },
  run: async (data) => {
    const jar = await cookies();
    // Not a secret (a UI preference), hence no "secure" flag tied to the deployment.
    jar.set(POSTPONED_COOKIE, addPostponed(jar.get(POSTPONED_COOKIE)?.value, data.id), { httpOnly: true, sameSite: "lax", path: "/espace" });
    return { revalidate: [paths.diagnostics(), paths.diagnosticReport(data.id)] };
  },
});
