// Complete, valid answers to a diagnostic template, drawn at random: the bench's completed
// diagnostics go through the app's own validation and scoring with them. Pure.
import type { Answers } from "@/lib/diagnostics/answers";
import { listQuestions, type DiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import type { Random } from "./prng";

export function randomAnswers(template: DiagnosticTemplate, random: Random): Answers {
  const answers: Answers = {};
  for (const question of listQuestions(template)) {
    switch (question.type) {
      case "single":
        answers[question.id] = random.pick(question.options).id;
        break;
      case "multiple":
        answers[question.id] = random.sample(question.options, random.int(1, question.options.length)).map((option) => option.id);
        break;
      case "ranking":
        answers[question.id] = random
          .sample(question.options, random.int(1, Math.min(question.maxChoices, question.options.length)))
          .map((option) => option.id);
        break;
      case "scale":
        answers[question.id] = random.int(question.min, question.max);
        break;
      case "text":
        if (random.chance(0.3)) answers[question.id] = "Réponse libre du banc d'essai.";
        break;
    }
  }
  return answers;
}
