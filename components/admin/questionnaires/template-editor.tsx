"use client";
// The draft editor: the title, and the questionnaire as JSON in a monospace textarea. The server
// checks it (checkTemplateDraft) and sends back every error with its path and line; each error
// has a button that puts the cursor on its line. Whatever the outcome, the textarea keeps the
// text as typed (state.values), and the cursor's line and column are shown to find one's way.
import { useActionState, useRef, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { saveTemplateDraftAction, type TemplateEditorState } from "@/lib/diagnostics/templates.admin.actions";
import { BODY_MAX_LENGTH, describeEditorError, type EditorError } from "@/lib/diagnostics/templates.admin.schemas";

const t = adminQuestionnairesCopy.editor;
const BODY_ID = "champ-contenu";
const ERRORS_ID = "contenu-erreurs";

type Props = { templateId: string; revision: string; title: string; body: string };

/** Index in `text` of a 1-based line and column. */
function indexOf(text: string, line: number, column: number): number {
  let index = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", index);
    if (next === -1) return text.length;
    index = next + 1;
  }
  return Math.min(index + column - 1, text.length);
}

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}

function ErrorItem({ error, onGo }: { error: EditorError; onGo: (line: number, column: number) => void }) {
  const line = error.line;
  return (
    <li className="mb-2">
      {line !== null ? (
        <button
          type="button"
          onClick={() => onGo(line, error.column ?? 1)}
          aria-label={t.goToLineLabel(line)}
          className="mr-2 font-mono font-semibold text-odd17 underline"
        >
          {error.column !== null ? t.position(line, error.column) : t.goToLine(line)}
        </button>
      ) : null}
      <span>{error.path === null && error.column !== null ? `${t.syntaxPrefix} : ${error.message}` : describeEditorError(error)}</span>
    </li>
  );
}

export function TemplateEditor({ templateId, revision, title, body }: Props) {
  const initial: TemplateEditorState = { status: "idle", values: { title, body, revision } };
  const [state, formAction] = useActionState(saveTemplateDraftAction, initial);
  const values = state.values ?? initial.values!;
  const bodyErrors = (state.errors ?? []).filter((error) => error.field === "body");
  const area = useRef<HTMLTextAreaElement>(null);
  const [cursor, setCursor] = useState({ line: 1, column: 1 });

  function trackCursor() {
    const element = area.current;
    if (element) setCursor(positionOf(element.value, element.selectionStart));
  }

  function goTo(line: number, column: number) {
    const element = area.current;
    if (!element) return;
    const start = indexOf(element.value, line, column);
    const end = element.value.indexOf("\n", start);
    element.focus();
    element.setSelectionRange(start, end === -1 ? element.value.length : end);
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (line - 4) * lineHeight);
    setCursor({ line, column });
  }

  return (
    <ActionForm action={formAction} state={state} formId="questionnaire.edit-json">
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="revision" value={values.revision} />
      <div className="max-w-2xl">
        <TextField name="title" label={t.titleLabel} hint={t.titleHint} state={state} defaultValue={values.title} required maxLength={400} />
      </div>
      <div className="mb-5">
        <p className="flex flex-wrap items-baseline gap-x-1">
          <label htmlFor={BODY_ID} className="font-semibold">
            {t.contentLabel}
          </label>
          <span className="text-muted">(obligatoire)</span>
        </p>
        <p id={`${BODY_ID}-aide`} className="mt-1 max-w-prose text-sm text-muted">
          {t.contentHint}
        </p>
        <div id={ERRORS_ID} aria-live="polite" className={bodyErrors.length > 0 ? "mt-3 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900" : ""}>
          {bodyErrors.length > 0 ? (
            <>
              <p className="mb-2 font-semibold">{t.errorsHeading(bodyErrors.length)}</p>
              <ul>
                {bodyErrors.map((error, index) => (
                  <ErrorItem key={`${index}-${error.path}-${error.message}`} error={error} onGo={goTo} />
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <textarea
          ref={area}
          id={BODY_ID}
          name="body"
          required
          defaultValue={values.body}
          maxLength={BODY_MAX_LENGTH}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          rows={30}
          aria-invalid={bodyErrors.length > 0 || undefined}
          aria-describedby={`${BODY_ID}-aide${bodyErrors.length > 0 ? ` ${ERRORS_ID}` : ""}`}
          onKeyUp={trackCursor}
          onClick={trackCursor}
          onSelect={trackCursor}
          className="mt-2 block w-full rounded-md border-2 border-line bg-white px-3 py-2 font-mono text-sm leading-5 text-ink aria-[invalid=true]:border-red-700"
        />
        <p className="mt-1 font-mono text-sm text-muted">{t.cursor(cursor.line, cursor.column)}</p>
      </div>
      <SubmitButton pendingLabel={adminQuestionnairesCopy.pending}>{t.save}</SubmitButton>
    </ActionForm>
  );
}
