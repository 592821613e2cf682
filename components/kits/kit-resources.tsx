import { kitsLabels } from "@/lib/copy/kits";
import { ATTACHMENT_TYPES } from "@/lib/kits/file-type";
import type { PublishedKit } from "@/lib/kits/kit-page.queries";
import { paths } from "@/lib/paths";

function typeLabel(mimeType: string): string {
  return Object.values(ATTACHMENT_TYPES).find((type) => type.mimeType === mimeType)?.label ?? mimeType;
}

/** The files to download and the external links of a kit; nothing when it has neither. */
export function KitResources({ attachments, links }: Pick<PublishedKit, "attachments" | "links">) {
  const t = kitsLabels.detail;
  return (
    <>
      {attachments.length > 0 ? (
        <section aria-labelledby="documents" className="mt-10">
          <h2 id="documents" className="text-2xl font-bold">
            {t.attachmentsHeading}
          </h2>
          <ul className="mt-3 space-y-2">
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={paths.kitAttachment(file.id)} download>
                  {t.attachment(file.fileName, typeLabel(file.mimeType), kitsLabels.fileSize(file.sizeBytes))}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {links.length > 0 ? (
        <section aria-labelledby="liens" className="mt-10">
          <h2 id="liens" className="text-2xl font-bold">
            {t.linksHeading}
          </h2>
          <ul className="mt-3 space-y-2">
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.url} rel="noopener noreferrer">
                  {link.label}
                </a>{" "}
                <span className="text-sm text-muted">{t.externalHint}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
