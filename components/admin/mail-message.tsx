import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { splitTextLinks } from "@/lib/admin/text-links";
import { labels } from "@/lib/labels";

const t = labels.accounts.mailbox;

export type MailMessageView = { id: string; to: string; subject: string; text: string; createdAt: Date };

/** One recorded e-mail: its text body as text, its links as links (no HTML is ever injected). */
export function MailMessageCard({ message }: { message: MailMessageView }) {
  const headingId = `message-${message.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id={headingId} className="text-xl font-bold">
        {message.subject}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
        <dt className="font-semibold">{t.to}</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="font-semibold">{t.sentAt}</dt>
        <dd>
          <time dateTime={isoDateTime(message.createdAt)}>{formatDateTime(message.createdAt)}</time>
        </dd>
      </dl>
      <div className="mt-4 whitespace-pre-wrap break-words rounded-md bg-surface p-4 font-mono text-sm">
        {splitTextLinks(message.text).map((part, index) =>
          part.type === "link" ? (
            <a key={index} href={part.href} className="break-all">
              {part.value}
            </a>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </div>
    </article>
  );
}
