"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * The facets of a directory on narrow screens (under 768 px): folded behind a button so that the
 * results come first, a disclosure (aria-expanded, aria-controls; focus stays on the button, the
 * panel follows it in the reading order; Escape inside the panel folds it and gives focus back).
 * From 768 px the panel is always shown beside the results and the button is not.
 * Without JavaScript the button could not work: the <noscript> style shows the panel, unfolded,
 * and hides the button.
 */
export function FiltersDisclosure({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const buttonId = `${id}-bouton`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <>
      <noscript dangerouslySetInnerHTML={{ __html: `<style>#${id}{display:block}#${buttonId}{display:none}</style>` }} />
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className={buttonClasses("secondary", "w-full md:hidden")}
      >
        {label}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      {/* Escape is a convenience for keyboard users inside the panel; the button stays the control. */}
      <div id={id} data-open={open || undefined} onKeyDown={onKeyDown} className="max-md:mt-4 max-md:hidden max-md:data-open:block">
        {children}
      </div>
    </>
  );
}
