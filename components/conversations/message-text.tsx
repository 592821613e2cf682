// A message's plain text with its web addresses as links: React elements only, never HTML, and
// only http(s) addresses (lib/conversations/rules.ts linkifySegments).
import { linkifySegments } from "@/lib/conversations/rules";

export function MessageText({ text }: { text: string }) {
  return (
    <p className="break-words whitespace-pre-line">
      {linkifySegments(text).map((segment, index) =>
        segment.kind === "link" ? (
          <a key={index} href={segment.href} rel="noopener noreferrer nofollow ugc" target="_blank">
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
