import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import type { FeedbackListItem } from "@/lib/kits/kits.admin.queries";
import { paths } from "@/lib/paths";
import { FeedbackAnswerForm } from "./feedback-answer-form";

/** Comments and suggestions, each with its kit, its author, and the answer form. */
export function FeedbackList({ items }: { items: FeedbackListItem[] }) {
  const t = kitsLabels.admin.feedback;
  return (
    <ul className="space-y-6">
      {items.map((item) => (
        <li key={item.id}>
          <article aria-labelledby={`contribution-${item.id}`} className="rounded-lg border border-line p-4">
            <h3 id={`contribution-${item.id}`} className="flex flex-wrap items-center gap-2 text-lg font-bold">
              <Badge tone={item.kind === "SUGGESTION" ? "brand" : "neutral"}>{kitsLabels.feedbackKinds[item.kind]}</Badge>
              {item.kit ? (
                <span>
                  <span className="sr-only">{t.onKit} </span>
                  <Link href={paths.adminKit(item.kit.id)}>{item.kit.title}</Link>
                </span>
              ) : null}
            </h3>
            <p className="mt-1 text-sm text-muted">{t.from(item.author.name ?? item.author.email, formatDateTime(item.createdAt))}</p>
            <p className="mt-2 whitespace-pre-line">{item.comment}</p>
            {item.staffAnswer && item.answeredAt ? (
              <div className="mt-3 border-l-4 border-odd17 pl-3">
                <p className="font-semibold">{t.answered(formatDate(item.answeredAt))}</p>
                <p className="whitespace-pre-line">{item.staffAnswer}</p>
              </div>
            ) : null}
            <FeedbackAnswerForm feedbackId={item.id} answer={item.staffAnswer} />
          </article>
        </li>
      ))}
    </ul>
  );
}
