"use client";

import { useEffect, useRef } from "react";
import { takeResultsFocus } from "@/lib/directory/focus-results";

/**
 * The heading of a directory's results: their count ("4 acteurs trouvés"). After a refinement
 * (see SearchStateBoundary) it takes focus, which also scrolls it into view, so that keyboard and
 * screen reader users land on what changed rather than at the top of the page. (A live region
 * would say nothing here: each search is a new page, and live regions only speak of changes.)
 */
export function ResultsHeading({ foundText }: { foundText: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeResultsFocus(window.location.pathname)) ref.current?.focus();
  }, []);
  return (
    <h2 id="resultats-nombre" ref={ref} tabIndex={-1} className="text-lg font-semibold text-ink">
      {foundText}
    </h2>
  );
}
