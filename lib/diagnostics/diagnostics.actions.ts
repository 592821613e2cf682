"use server";
// The only entry from the diagnostic forms and the autosave. Each action: who is asking
// (requireUser) → parse → the diagnostic's scope, read from the database (getDiagnostic) →
// assertCan → the mutation (which checks again in its transaction) → one state → redirect,
// outside try/catch.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { resolveTerritory } from "@/lib/directory/directory.queries";
import { ConflictError, GENERIC_ERROR_MESSAGE, ValidationError, isExpectedError, toUserMessage } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { validateSection } from "./answers";
import { completeDiagnostic, publishDiagnostic, rateDiagnostic, reopenDiagnostic, saveAnswers, startDiagnostic, unpublishDiagnostic } from "./diagnostics.mutations";
import { findDiagnostic, getDiagnostic } from "./diagnostics.queries";
import { diagnosticIdSchema, diagnosticStartSchema, parseTerritoryRef, ratingSchema, reopenSchema, stepEnvelopeSchema } from "./diagnostics.schemas";
import { addPostponed, POSTPONED_COOKIE } from "./follow-up";
import { draftToAnswers, readSectionDraft, stepsWith, type SectionDraft } from "./form-answers";

const copy = diagnosticsCopy;

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

export type StepState = ActionState & {
  /** The diagnostic's version after what this action saved, for the next save. */
  version?: number;
  /** On "Terminer": the steps that still miss required answers. */
  missingSteps?: { step: number; title: string }[];
};

/**
 * The combobox sends the chosen territory as `territoire` ("commune-42218"), the no-JS radios as
 * `territoryId`: both end as `territoryId`. Text typed without choosing a suggestion is refused
 * with its own message (which territory of that name was meant is not guessed).
 */
async function readStartTerritory(formData: FormData): Promise<{ data: FormData; territoryError?: string }> {
  if (formData.get("territoryId")) return { data: formData };
  const raw = formData.get("territoire");
  if (typeof raw === "string" && raw !== "") {
    const ref = parseTerritoryRef(raw);
    const territory = ref ? await resolveTerritory(ref.kind, ref.code) : null;
    if (!territory) return { data: formData, territoryError: copy.messages.territoryNotFound };
    const data = new FormData();
    for (const [key, value] of formData.entries()) data.append(key, value);
    data.set("territoryId", String(territory.id));
    return { data };
  }
  const typed = formData.get("territoireSaisi");
  return { data: formData, territoryError: typeof typed === "string" && typed.trim() !== "" ? copy.start.chooseFromList : undefined };
}

export async function startDiagnosticAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const { data, territoryError } = await readStartTerritory(formData);
  const parsed = parseFormData(diagnosticStartSchema, data);
  if (!parsed.success) {
    if (!territoryError) return parsed.state;
    return { ...parsed.state, fieldErrors: { ...parsed.state.fieldErrors, territoryId: [territoryError] } };
  }
  let created: { id: string };
  try {
    assertCan(principal, "diagnostic.run", await getActorScope(principal, parsed.data.actorId));
    created = await startDiagnostic(principal, parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  revalidatePath(paths.diagnostics());
  redirect(paths.diagnostic(created.id));
}

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

/** Called by the questionnaire as the user types (debounced): saves the step's draft as it is. */
export async function autosaveAction(input: { id: string; version: number; step: number; draft: SectionDraft }): Promise<AutosaveResult> {
  const user = await requireUser();
  const principal = principalOf(user);
  const envelope = stepEnvelopeSchema.safeParse({ id: input?.id, version: input?.version, step: input?.step });
  const draft = input?.draft;
  if (!envelope.success || typeof draft !== "object" || draft === null) return { status: "error", message: GENERIC_ERROR_MESSAGE };
  try {
    const diagnostic = await getDiagnostic(principal, envelope.data.id);
    assertCan(principal, "diagnostic.update", diagnostic.scope);
    const section = diagnostic.template.sections[envelope.data.step - 1];
    if (!section) return { status: "error", message: GENERIC_ERROR_MESSAGE };
    const saved = await saveAnswers(principal, diagnostic.id, { answers: draftToAnswers(section, draft), version: envelope.data.version });
    return { status: "saved", version: saved.version, savedAt: saved.savedAt.toISOString() };
  } catch (error) {
    if (error instanceof ConflictError) return { status: "conflict", message: error.message };
    if (error instanceof ValidationError) return { status: "invalid", message: copy.questionnaire.notSavedInvalid, fieldErrors: error.fieldErrors };
    if (!isExpectedError(error)) console.error(error);
    return { status: "error", message: toUserMessage(error) };
  }
}

export async function rateDiagnosticAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(ratingSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const diagnostic = await getDiagnostic(principal, parsed.data.id);
    assertCan(principal, "diagnostic.update", diagnostic.scope);
    await rateDiagnostic(principal, diagnostic.id, parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: copy.feedback.thanks };
}

async function changePublication(formData: FormData, publish: boolean): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = diagnosticIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: GENERIC_ERROR_MESSAGE };
  let publicPages: PublicPagesRefresh;
  try {
    const diagnostic = await getDiagnostic(principal, parsed.data.id);
    assertCan(principal, "diagnostic.publish", diagnostic.scope);
    publicPages = await claimPublicPagesRefresh(principal);
    await (publish ? publishDiagnostic : unpublishDiagnostic)(principal, diagnostic.id);
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(paths.diagnosticReport(parsed.data.id));
  revalidatePath(paths.diagnostics());
  // Territory pages count the published diagnostics.
  publicPages.all();
  return { status: "success", message: publish ? copy.publication.publishedDone : copy.publication.unpublishedDone };
}

export async function publishDiagnosticAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return changePublication(formData, true);
}

export async function unpublishDiagnosticAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return changePublication(formData, false);
}

/**
 * "Rouvrir pour modifier": back to DRAFT (answers kept, results cleared), then to the
 * questionnaire's first step. A published summary is withdrawn (the mutation requires the right
 * to unpublish for that).
 */
export async function reopenDiagnosticAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = reopenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: GENERIC_ERROR_MESSAGE };
  let publicPages: PublicPagesRefresh | null = null;
  try {
    const diagnostic = await getDiagnostic(principal, parsed.data.id);
    assertCan(principal, "diagnostic.update", diagnostic.scope);
    // Only a published summary leaves the territory page: only then do public pages change.
    if (diagnostic.status === "PUBLISHED") {
      assertCan(principal, "diagnostic.publish", diagnostic.scope);
      publicPages = await claimPublicPagesRefresh(principal);
    }
    await reopenDiagnostic(principal, diagnostic.id, parsed.data.version);
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(paths.diagnostics());
  revalidatePath(paths.diagnosticReport(parsed.data.id));
  publicPages?.all();
  redirect(paths.diagnostic(parsed.data.id, { step: 1 }));
}

/**
 * "Plus tard" on the follow-up question: remembered for this browser session only (a cookie
 * without expiry), nothing stored in the database. The page is rendered again without the prompt.
 */
export async function postponeFollowUpAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  // A hand-made call may send anything: there is nothing to answer, so nothing to do.
  if (!(formData instanceof FormData)) return;
  const parsed = diagnosticIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  // Only a diagnostic the user may read: the cookie never names anything else.
  const diagnostic = await findDiagnostic(principalOf(user), parsed.data.id);
  if (!diagnostic) return;
  const jar = await cookies();
  // Not a secret (a UI preference), hence no "secure" flag tied to the deployment.
  jar.set(POSTPONED_COOKIE, addPostponed(jar.get(POSTPONED_COOKIE)?.value, diagnostic.id), {
    httpOnly: true,
    sameSite: "lax",
    path: "/espace",
  });
  revalidatePath(paths.diagnostics());
  revalidatePath(paths.diagnosticReport(diagnostic.id));
}
