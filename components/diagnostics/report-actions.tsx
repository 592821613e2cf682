"use client";
// Print and PDF download; hidden on paper.
import { buttonClasses } from "@/components/ui/button";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";

const t = diagnosticsCopy.report;

export function ReportActions({ pdfHref }: { pdfHref: string }) {
  return (
    <div role="group" aria-label={t.actionsLabel} className="mb-10 flex flex-wrap gap-4 print:hidden">
      <button type="button" onClick={() => window.print()} className={buttonClasses("secondary")}>
        {t.print}
      </button>
      {/* A plain link: the browser downloads the file (Content-Disposition), with or without JavaScript. */}
      <a href={pdfHref} className={buttonClasses("primary")} download>
        {t.download}
      </a>
    </div>
  );
}
