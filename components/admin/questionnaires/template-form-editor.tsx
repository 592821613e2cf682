"use client";
// The form editor of a draft: its texts only, one labelled field per text, grouped by step and
// question. Field names are JSON paths (templates.admin.form.ts), so each error the server finds
// sits under its field; typed values come back on refusal like any form of the site.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { saveTemplateFormAction, type TemplateFormState } from "@/lib/diagnostics/templates.admin.actions";
import { formFieldName } from "@/lib/diagnostics/templates.admin.form";
import type { DiagnosticTemplate } from "@/lib/diagnostics/template.schema";

const t = adminQuestionnairesCopy.formEditor;
const e = adminQuestionnairesCopy.editor;

type Props = { templateId: string; revision: string; title: string; template: DiagnosticTemplate };

export function TemplateFormEditor({ templateId, revision, title, template }: Props) {
  const [state, formAction] = useActionState<TemplateFormState, FormData>(saveTemplateFormAction, { status: "idle" });
  const field = (path: (string | number)[]) => ({ name: formFieldName(path), state });
  return (
    <ActionForm action={formAction} state={state} formId="questionnaire.edit-texts">
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="revision" value={state.values?.revision ?? revision} />
      {state.otherErrors && state.otherErrors.length > 0 ? (
        <div role="alert" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t.otherErrors}</p>
          <ul className="list-disc pl-6">
            {state.otherErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mb-6 max-w-prose text-muted">{t.intro}</p>
      <div className="max-w-2xl">
        <TextField name="title" label={e.titleLabel} hint={e.titleHint} state={state} defaultValue={title} required maxLength={400} />
        {template.sections.map((section, s) => (
          <fieldset key={section.id} className="mb-8 rounded-lg border border-line p-4">
            <legend className="px-1 text-xl font-bold">{t.step(s + 1, section.title)}</legend>
            <TextField {...field(["sections", s, "title"])} label={t.stepTitle(s + 1)} defaultValue={section.title} required />
            <TextAreaField
              {...field(["sections", s, "description"])}
              label={t.stepDescription(s + 1)}
              hint={t.optionalHint}
              defaultValue={section.description ?? ""}
            />
            {section.questions.map((question, q) => (
              <fieldset key={question.id} className="mb-6 border-l-4 border-odd17-light pl-4">
                <legend className="text-lg font-semibold">{t.question(s + 1, q + 1, question.id)}</legend>
                <TextField {...field(["sections", s, "questions", q, "label"])} label={t.questionLabel(s + 1, q + 1)} defaultValue={question.label} required />
                <TextField
                  {...field(["sections", s, "questions", q, "help"])}
                  label={t.questionHelp(s + 1, q + 1)}
                  hint={t.optionalHint}
                  defaultValue={question.help ?? ""}
                />
                {"options" in question
                  ? question.options.map((option, o) => (
                      <TextField
                        key={option.id}
                        {...field(["sections", s, "questions", q, "options", o, "label"])}
                        label={t.option(s + 1, q + 1, option.id)}
                        defaultValue={option.label}
                        required
                      />
                    ))
                  : null}
              </fieldset>
            ))}
          </fieldset>
        ))}
      </div>
      <SubmitButton pendingLabel={adminQuestionnairesCopy.pending}>{t.save}</SubmitButton>
    </ActionForm>
  );
}
