"use client";
// The selection of a bulk form's table: « Tout sélectionner sur cette page » and the count of
// ticked rows, read from the form itself, so that the table can stay a server component passed
// as children. Native checkboxes (name="ids"): every step works from the keyboard.
import { useCallback, useEffect, useRef, useState } from "react";
import { adminContentCopy } from "@/lib/copy/admin-content";

const ROW_BOXES = 'input[type="checkbox"][name="ids"]';

export function useRowSelection(...refreshOn: unknown[]) {
  const area = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState({ checked: 0, total: 0 });
  const boxes = () => [...(area.current?.closest("form")?.querySelectorAll<HTMLInputElement>(ROW_BOXES) ?? [])];
  const recount = useCallback(() => {
    const all = [...(area.current?.closest("form")?.querySelectorAll<HTMLInputElement>(ROW_BOXES) ?? [])];
    setSelection({ checked: all.filter((box) => box.checked).length, total: all.length });
  }, []);
  // After a success the form remounts its rows and the page may list others.
  useEffect(() => {
    const frame = requestAnimationFrame(recount);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recount, ...refreshOn]);
  const toggleAll = (checked: boolean) => {
    boxes().forEach((box) => (box.checked = checked));
    recount();
  };
  return { area, selection, recount, toggleAll };
}

export function SelectAllBar({ selection: { area, selection, toggleAll } }: { selection: ReturnType<typeof useRowSelection> }) {
  const t = adminContentCopy.bulk;
  return (
    <div ref={area} className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-2">
      <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={selection.total > 0 && selection.checked === selection.total}
          onChange={(event) => toggleAll(event.target.checked)}
          disabled={selection.total === 0}
        />
        {t.selectAll}
      </label>
      <p aria-live="polite" className="text-muted">
        {t.selected(selection.checked)}
      </p>
    </div>
  );
}
