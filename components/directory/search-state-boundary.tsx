"use client";

import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import { requestResultsFocus } from "@/lib/directory/focus-results";

/**
 * Keeps a directory's controls (facets, scope, sort, text, territory) equal to the search in the
 * URL. The controls are uncontrolled (defaultChecked, defaultValue: the page works without
 * JavaScript), so three things could show a state the URL does not have:
 * - the browser's form restoration on Back, Forward and reload, which re-ticks the boxes the
 *   visitor had ticked: the forms say autoComplete="off", which turns it off (no JavaScript needed);
 * - the back/forward cache, which gives the page back exactly as it was left, boxes ticked and
 *   React state (the chosen territory) included: on such a `pageshow` the subtree is mounted
 *   again, from the props the server rendered for this URL;
 * - a client navigation (a "remove this filter" link) that would reuse the inputs: the subtree is
 *   keyed by the search, so another search gets new inputs.
 * It also notes every refinement (a submit, or a link marked data-refine) so that the next page
 * focuses its results' heading (components/directory/results-heading.tsx).
 */
export function SearchStateBoundary({ searchKey, children }: { searchKey: string; children: ReactNode }) {
  const [restores, setRestores] = useState(0);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onPageShow(event: PageTransitionEvent) {
      if (event.persisted) setRestores((count) => count + 1);
    }
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onSubmit = () => requestResultsFocus(window.location.pathname);
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a[data-refine]")) requestResultsFocus(window.location.pathname);
    };
    root.addEventListener("submit", onSubmit);
    root.addEventListener("click", onClick);
    return () => {
      root.removeEventListener("submit", onSubmit);
      root.removeEventListener("click", onClick);
    };
  }, []);

  return (
    <div ref={ref}>
      <Fragment key={`${searchKey}#${restores}`}>{children}</Fragment>
    </div>
  );
}
