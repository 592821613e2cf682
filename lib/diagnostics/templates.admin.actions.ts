"use server";
// The only entries from the questionnaire editor's forms. The one-button forms are declared
// through formAction (lib/actions/form-action.ts). The two editors stay written by hand: their
// states carry more than an ActionState (the located errors of the JSON, the errors that belong
// to no field) and always send the typed text back, which the wrapper does not express yet. Each:
// who is asking (requireUser) → parse → assertCan → the mutation (which checks the permission
// again) → one state → revalidate.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { formDataToObject, parseFormData, type ActionState } from "@/lib/action-state";
import { errorState } from "@/lib/actions/error-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { revalidatePrivatePages } from "@/lib/cache/public-pages";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { paths } from "@/lib/paths";
import { activateTemplateVersion, createTemplateVersion, deleteTemplateDraft, saveTemplateDraft } from "./templates.admin.mutations";
import { applyTextEdits, formFieldName, isTextFieldName } from "./templates.admin.form";
import { getTemplateVersion } from "./templates.admin.queries";
import { describeEditorError, editorBody, templateEditFormSchema, templateIdFormSchema, type EditorError } from "./templates.admin.schemas";

const m = adminQuestionnairesCopy.messages;
const e = adminQuestionnairesCopy.editor;

type EditorValues = { title: string; body: string; revision: string };

/** The editor's state: an ActionState whose values always hold the typed text, plus the located errors. */
export type TemplateEditorState = ActionState<EditorValues> & { errors?: EditorError[] };

/** The form editor's state: field errors under their fields, the rest (if any) listed apart. */
export type TemplateFormState = ActionState & { otherErrors?: string[] };

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

const templatePages = (id?: string) => [paths.adminQuestionnaires(), ...(id ? [paths.adminQuestionnaire(id), paths.adminQuestionnairePreview(id)] : [])];

function revalidateTemplatePages(id?: string) {
  revalidatePrivatePages(templatePages(id));
}

export const createTemplateVersionAction = formAction({
  schema: templateIdFormSchema,
  invalidMessage: m.versionConflict,
  permission: { operation: "template.manage" },
  run: async (data, { principal }) => {
    const created = await createTemplateVersion(principal, data.templateId, { ip: await clientIp() });
    return { revalidate: templatePages(), redirect: paths.adminQuestionnaire(created.id) };
  },
});

export async function saveTemplateDraftAction(_previous: TemplateEditorState, formData: FormData): Promise<TemplateEditorState> {
  const user = await requireUser();
  const parsed = parseFormData(templateEditFormSchema, formData);
  // The typed text goes back whatever happens: it is never lost to a refusal.
  const values: EditorValues = {
    title: String(formData.get("title") ?? ""),
    body: String(formData.get("body") ?? ""),
    revision: String(formData.get("revision") ?? ""),
  };
  if (!parsed.success) return { status: "error", message: m.editConflict, values };
  const { templateId, title, body, revision } = parsed.data;
  try {
    assertCan(principalOf(user), "template.manage");
    const result = await saveTemplateDraft(principalOf(user), templateId, { title, body, expectedRevision: revision }, { ip: await clientIp() });
    if (!result.saved) {
      const fieldErrors = { title: result.errors.filter((error) => error.field === "title").map((error) => error.message) };
      return { status: "error", message: e.refused, errors: result.errors, fieldErrors, values };
    }
    revalidateTemplatePages(templateId);
    return { status: "success", message: e.saved, values: { ...values, revision: result.revision } };
  } catch (error) {
    return { ...errorState(error), values };
  }
}

export const activateTemplateVersionAction = formAction({
  schema: templateIdFormSchema,
  invalidMessage: m.invalidContent,
  permission: { operation: "template.manage" },
  run: async (data, { principal }) => {
    const activated = await activateTemplateVersion(principal, data.templateId, { ip: await clientIp() });
    return { revalidate: templatePages(data.templateId), message: m.activated(activated.version) };
  },
});

export const deleteTemplateDraftAction = formAction({
  schema: templateIdFormSchema,
  invalidMessage: m.notDraft,
  permission: { operation: "template.manage" },
  run: async (data, { principal }) => {
    await deleteTemplateDraft(principal, data.templateId, { ip: await clientIp() });
    // The list says what happened (the draft's page is gone).
    return { revalidate: templatePages(data.templateId), redirect: paths.adminQuestionnaires({ fait: "supprime" }) };
  },
});

/** The form editor: the texts typed into the stored draft, saved like the JSON editor's. */
export async function saveTemplateFormAction(_previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  const parsed = parseFormData(templateEditFormSchema, formData);
  if (!parsed.success) return { status: "error", message: m.editConflict, values: fields };
  const { templateId, title, revision } = parsed.data;
  const principal = principalOf(user);
  try {
    assertCan(principal, "template.manage");
    const stored = await getTemplateVersion(principal, templateId);
    const body = editorBody(applyTextEdits(stored.content, fields));
    const result = await saveTemplateDraft(principal, templateId, { title, body, expectedRevision: revision }, { ip: await clientIp() });
    if (!result.saved) {
      const fieldErrors: Record<string, string[]> = {};
      const otherErrors: string[] = [];
      for (const error of result.errors) {
        const name = error.field === "title" ? "title" : error.segments ? formFieldName(error.segments) : null;
        if (name === "title" || (name !== null && isTextFieldName(name))) (fieldErrors[name] ??= []).push(error.message);
        else otherErrors.push(describeEditorError(error));
      }
      return { status: "error", message: e.refused, fieldErrors, otherErrors, values: fields };
    }
    revalidateTemplatePages(templateId);
    return { status: "success", message: e.saved, values: { ...fields, revision: result.revision } };
  } catch (error) {
    return { ...errorState(error), values: fields };
  }
}
