import { labels } from "@/lib/labels";
import { anchors } from "@/lib/paths";

/** First focusable element of every page; hidden until it receives keyboard focus. */
export function SkipLink() {
  return (
    <a
      href={`#${anchors.content}`}
      className="sr-only bg-white font-semibold text-odd17 focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:px-4 focus:py-3 focus:shadow-lg"
    >
      {labels.skipLink}
    </a>
  );
}
