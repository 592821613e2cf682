import { renderMarkdown } from "@/lib/markdown/render";
import { proseClasses } from "./prose";

/**
 * A kit body rendered from markdown. renderMarkdown escapes raw HTML and refuses script URLs, so
 * its output is the only HTML of the site inserted as is.
 */
export function KitBody({ markdown, emptyText }: { markdown: string; emptyText?: string }) {
  if (!markdown.trim()) return emptyText ? <p className="text-muted">{emptyText}</p> : null;
  return <div className={proseClasses} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
