"use client";

// The territory field of the directories, enhanced into an ARIA 1.2 combobox: suggestions come
// from /api/territoires/suggestions as the visitor types; choosing one fills the hidden
// `territoire` field and submits the search. Without JavaScript the same input is a plain text
// field named `lieu`, and the page answers with suggestions to choose from.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { labels } from "@/lib/labels";

export interface SuggestionItem {
  param: string;
  name: string;
  kindLabel: string;
  context: string;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

const fieldClasses =
  "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:border-odd17";

export function TerritoryAutocomplete({ id, form, defaultValue, hintId, endpoint }: { id: string; form: string; defaultValue: string; hintId: string; endpoint: string }) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<SuggestionItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState("");
  const [chosen, setChosen] = useState<SuggestionItem | null>(null);

  useEffect(() => {
    const q = value.trim();
    if (q.length < MIN_CHARS) {
      setItems([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as { items: SuggestionItem[] };
        setItems(data.items);
        setActive(-1);
        setOpen(document.activeElement === inputRef.current);
        setAnnounce(labels.directories.search.territory.suggestionsCount(data.items.length));
      } catch {
        // Aborted or offline: the plain form still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [value, endpoint]);

  function choose(item: SuggestionItem) {
    // Render the hidden field (and drop the typed text from the form) before submitting.
    flushSync(() => {
      setChosen(item);
      setValue(item.name);
      setOpen(false);
    });
    inputRef.current?.form?.requestSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && items.length > 0;
  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        form={form}
        name={chosen ? undefined : "lieu"}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(items.length > 0)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        className={fieldClasses}
      />
      {chosen ? <input type="hidden" form={form} name="territoire" value={chosen.param} /> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.directories.search.territory.label}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border-2 border-odd17 bg-white shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.param}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-odd17 text-white" : "hover:bg-odd17-light"}`}
          >
            <span className="font-semibold">{item.name}</span>{" "}
            <span className={index === active ? "text-white" : "text-muted"}>
              ({item.kindLabel}
              {item.context ? `, ${item.context}` : ""})
            </span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
    </div>
  );
}
