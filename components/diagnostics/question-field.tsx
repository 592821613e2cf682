"use client";
// One question of the questionnaire, controlled by the step's draft. Choice questions are
// fieldsets whose legend is the question, described by its hint and its errors (announced
// politely); every widget is native (radios, checkboxes, selects, textarea), so the keyboard
// works as everywhere else: Tab between groups, arrows within radios, Space to tick.
import type { ReactNode } from "react";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { fieldName, type DraftValue } from "@/lib/diagnostics/form-answers";
import type { TemplateQuestion } from "@/lib/diagnostics/template.schema";
import { FieldErrors } from "@/components/forms/field-errors";

const t = diagnosticsCopy.questionnaire;

type Props = {
  question: TemplateQuestion;
  value: DraftValue;
  errors: string[];
  /** The answer shown comes from the organisation's profile (and is still unchanged). */
  prefilled?: boolean;
  onChange: (value: DraftValue) => void;
};

const controlClasses = "size-5 shrink-0 accent-odd17";
const selectClasses = "mt-1 block w-full max-w-md rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

function ids(question: TemplateQuestion) {
  const base = `q-${question.id}`;
  return { base, hint: `${base}-aide`, errors: `${base}-erreurs`, profile: `${base}-profil` };
}

function describedBy(question: TemplateQuestion, hint: boolean, errors: boolean, prefilled = false): string | undefined {
  const { hint: hintId, errors: errorsId, profile } = ids(question);
  return [hint ? hintId : null, prefilled ? profile : null, errors ? errorsId : null].filter(Boolean).join(" ") || undefined;
}

/** « Prérempli depuis le profil » in words, not only a style. */
function ProfileMark({ question }: { question: TemplateQuestion }) {
  return (
    <p id={ids(question).profile} className="mb-2 inline-block rounded bg-odd17-light px-2 py-0.5 text-sm font-semibold text-odd17-dark">
      {t.prefilled}
    </p>
  );
}

function Requirement({ required }: { required: boolean }) {
  return <span className="font-normal text-muted"> {required ? t.required : t.optional}</span>;
}

function Hint({ question, text }: { question: TemplateQuestion; text: string | null }) {
  if (!text) return null;
  return (
    <p id={ids(question).hint} className="mb-2 text-sm text-muted">
      {text}
    </p>
  );
}

type GroupProps = { question: TemplateQuestion; hint: string | null; errors: string[]; prefilled: boolean; children: ReactNode };

// data-field: the error summary of the step names the question (its legend) and leads to it.
function Group({ question, hint, errors, prefilled, children }: GroupProps) {
  return (
    <fieldset className="mb-8" data-field={question.id} aria-describedby={describedBy(question, Boolean(hint), errors.length > 0, prefilled)}>
      <legend className="mb-2 text-lg font-semibold">
        {question.label}
        <Requirement required={question.required} />
      </legend>
      <Hint question={question} text={hint} />
      {prefilled ? <ProfileMark question={question} /> : null}
      {children}
      <FieldErrors id={ids(question).errors} errors={errors} />
    </fieldset>
  );
}

type ChoiceProps = {
  id: string;
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onChange: () => void;
  invalid: boolean;
};

function Choice({ id, type, name, value, checked, label, onChange, invalid }: ChoiceProps) {
  return (
    <div className="mb-2 flex items-center gap-3">
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-invalid={invalid || undefined}
        className={controlClasses}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function QuestionField({ question, value, errors, prefilled = false, onChange }: Props) {
  const { base } = ids(question);
  const invalid = errors.length > 0;
  const hint = question.help ?? null;
  switch (question.type) {
    case "single":
      return (
        <Group question={question} hint={hint} errors={errors} prefilled={prefilled}>
          {question.options.map((option) => (
            <Choice
              key={option.id}
              id={`${base}--${option.id}`}
              type="radio"
              name={fieldName(question.id)}
              value={option.id}
              checked={value === option.id}
              label={option.label}
              invalid={invalid}
              onChange={() => onChange(option.id)}
            />
          ))}
        </Group>
      );
    case "multiple": {
      const chosen = Array.isArray(value) ? value : [];
      const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((item) => item !== id) : [...chosen, id]);
      return (
        <Group question={question} hint={hint ?? t.multipleHint} errors={errors} prefilled={prefilled}>
          {question.options.map((option) => (
            <Choice
              key={option.id}
              id={`${base}--${option.id}`}
              type="checkbox"
              name={fieldName(question.id)}
              value={option.id}
              checked={chosen.includes(option.id)}
              label={option.label}
              invalid={invalid}
              onChange={() => toggle(option.id)}
            />
          ))}
        </Group>
      );
    }
    case "ranking": {
      const slots = Array.isArray(value) ? value : [];
      const choose = (index: number, id: string) => onChange(Array.from({ length: question.maxChoices }, (_, i) => (i === index ? id : (slots[i] ?? ""))));
      return (
        <Group question={question} hint={hint ?? t.rankHint(question.maxChoices)} errors={errors} prefilled={prefilled}>
          {Array.from({ length: question.maxChoices }, (_, index) => {
            const id = `${base}-${index + 1}`;
            return (
              <div key={id} className="mb-3">
                <label htmlFor={id} className="font-semibold">
                  {t.rank(index + 1)}
                </label>
                <select
                  id={id}
                  name={fieldName(question.id, index + 1)}
                  value={slots[index] ?? ""}
                  onChange={(event) => choose(index, event.target.value)}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? ids(question).errors : undefined}
                  className={selectClasses}
                >
                  <option value="">{t.noChoice}</option>
                  {question.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </Group>
      );
    }
    case "scale": {
      const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
      const scaleHint = t.scaleHint(question.min, question.minLabel, question.max, question.maxLabel);
      return (
        <Group question={question} hint={[hint, scaleHint].filter(Boolean).join(" ") || null} errors={errors} prefilled={prefilled}>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {values.map((number) => {
              const label = number === question.min ? question.minLabel : number === question.max ? question.maxLabel : undefined;
              return (
                <Choice
                  key={number}
                  id={`${base}--${number}`}
                  type="radio"
                  name={fieldName(question.id)}
                  value={String(number)}
                  checked={value === String(number)}
                  label={t.scaleOption(number, label)}
                  invalid={invalid}
                  onChange={() => onChange(String(number))}
                />
              );
            })}
          </div>
        </Group>
      );
    }
    case "text": {
      const textHint = [hint, t.textHint(question.maxLength)].filter(Boolean).join(" ");
      return (
        <div className="mb-8">
          {/* The requirement stays outside the label, as in components/forms: the name stays the question. */}
          <p>
            <label htmlFor={base} className="text-lg font-semibold">
              {question.label}
            </label>
            <Requirement required={question.required} />
          </p>
          <Hint question={question} text={textHint} />
          <textarea
            id={base}
            data-field={question.id}
            name={fieldName(question.id)}
            value={typeof value === "string" ? value : ""}
            onChange={(event) => onChange(event.target.value)}
            maxLength={question.maxLength}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(question, true, invalid)}
            className={`${selectClasses} min-h-32 max-w-2xl`}
          />
          <FieldErrors id={ids(question).errors} errors={errors} />
        </div>
      );
    }
  }
}
