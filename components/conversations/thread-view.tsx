// A thread's messages, oldest first: author, organisation, date, the text (or the staff's notice
// once hidden), and the forms the reader may use on each.
import { conversationsCopy } from "@/lib/copy/conversations";
import type { ThreadMessage } from "@/lib/conversations/conversations.queries";
import { EmptyState } from "@/components/ui/empty-state";
import { MessageText } from "./message-text";
import { EditMessageForm, ReportMessageForm } from "./thread-forms";

const t = conversationsCopy.thread;

export function ThreadMessages({ messages }: { messages: ThreadMessage[] }) {
  if (messages.length === 0) return <EmptyState title={t.empty} />;
  return (
    <ol className="space-y-4">
      {messages.map((message) => (
        <li key={message.id}>
          <article
            aria-labelledby={`message-${message.id}`}
            className={`rounded-lg border p-4 ${message.mine ? "border-odd17 bg-odd17-light" : "border-line"}`}
          >
            <h3 id={`message-${message.id}`} className="text-base font-semibold">
              {t.by(message.author ?? t.formerMember, message.organisation)}
              {message.mine ? <span className="font-normal"> — {t.mine}</span> : null}
            </h3>
            <p className="text-sm text-muted">
              <time dateTime={message.createdAt.toISOString()}>{t.sentAt(message.createdAt)}</time>
              {message.edited ? ` · ${t.edited}` : null}
            </p>
            {message.body === null ? (
              <p className="mt-2 italic">
                {t.hidden}
                {message.hiddenReason ? ` (${message.hiddenReason})` : null}
              </p>
            ) : (
              <div className="mt-2">
                <MessageText text={message.body} />
              </div>
            )}
            {message.canEdit && message.body !== null ? <EditMessageForm messageId={message.id} body={message.body} /> : null}
            {message.canReport ? <ReportMessageForm messageId={message.id} /> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
