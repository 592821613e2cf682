"use client";
// The questionnaire as a user sees it, every step on one page, with the workspace's own question
// widgets (components/diagnostics/question-field). Answers live in this component only: nothing
// is sent anywhere, so staff can try every control.
import { useState } from "react";
import { QuestionField } from "@/components/diagnostics/question-field";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import type { DraftValue, SectionDraft } from "@/lib/diagnostics/form-answers";
import type { DiagnosticTemplate } from "@/lib/diagnostics/template.schema";

const t = adminQuestionnairesCopy.preview;

export function TemplatePreview({ template }: { template: DiagnosticTemplate }) {
  const [draft, setDraft] = useState<SectionDraft>({});
  const total = template.sections.length;
  const change = (questionId: string, value: DraftValue) => setDraft((current) => ({ ...current, [questionId]: value }));
  return (
    <div className="max-w-3xl">
      {template.sections.map((section, index) => {
        const headingId = `etape-${index + 1}`;
        return (
          <section key={section.id} aria-labelledby={headingId} className="mb-10 rounded-lg border border-line p-5">
            <h3 id={headingId} className="text-xl font-bold">
              {t.step(index + 1, total, section.title)}
            </h3>
            <p className="mb-4 text-sm text-muted">{t.questionsCount(section.questions.length)}</p>
            {section.description ? <p className="mb-6 text-lg text-muted">{section.description}</p> : null}
            {section.questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={draft[question.id] ?? ""}
                errors={[]}
                onChange={(value) => change(question.id, value)}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
