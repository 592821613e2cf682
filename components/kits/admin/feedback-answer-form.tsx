"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { kitsLabels } from "@/lib/copy/kits";
import { answerFeedbackAction } from "@/lib/kits/kits.actions";

const t = kitsLabels.admin.feedback;

/** The team's answer to one contribution; ids make each field's label and errors its own. */
export function FeedbackAnswerForm({ feedbackId, answer }: { feedbackId: string; answer: string | null }) {
  const [state, action] = useActionState(answerFeedbackAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="kit.feedback-answer" className="mt-3">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <TextAreaField
        id={`reponse-${feedbackId}`}
        name="answer"
        label={t.answerLabel}
        state={state}
        defaultValue={answer ?? ""}
        maxLength={2000}
        rows={3}
        required
      />
      <SubmitButton variant="secondary">{answer ? t.answerUpdate : t.answerSubmit}</SubmitButton>
    </ActionForm>
  );
}
