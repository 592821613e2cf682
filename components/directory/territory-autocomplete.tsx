"use client";

// A territory field enhanced into an ARIA 1.2 combobox: suggestions come from
// /api/territoires/suggestions as the visitor types; choosing one fills a hidden field (by default
// `territoire`, with the "commune-42218" form) and, for the directories, submits the search.
// Without JavaScript the directories' input is a plain text field named `lieu`, and the page
// answers with suggestions to choose from. Other forms (the diagnostic's start) pass
// submitOnChoose={false}, their own field names and onChoose.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { territorySearchLabels } from "@/lib/copy/directory-forms";

export interface SuggestionItem {
  param: string;
  name: string;
  kindLabel: string;
  context: string;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

const fieldClasses =
  "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:border-odd17 aria-[invalid=true]:border-red-700";

/** Nothing to suggest below the minimum, nor for the name of the territory just chosen. */
function wantsSuggestions(text: string, chosen: SuggestionItem | null): boolean {
  return text.trim().length >= MIN_CHARS && !(chosen && chosen.name === text);
}

type Props = {
  id: string;
  /** The form the fields belong to, when the input sits outside it. */
  form?: string;
  defaultValue: string;
  /** Ids describing the input (its hint, its errors), space-separated. */
  hintId: string;
  endpoint: string;
  /** The typed text's field name, sent while no suggestion is chosen. */
  textName?: string;
  /** The hidden field that carries the chosen territory's param. */
  hiddenName?: string;
  /** Submit the form as soon as a suggestion is chosen (the directories' search). */
  submitOnChoose?: boolean;
  /** Told of each choice, and of null when the text no longer matches the choice. */
  onChoose?: (item: SuggestionItem | null) => void;
  /** A choice already made (a territory preselected by the page). */
  initialChoice?: SuggestionItem | null;
  listLabel?: string;
  invalid?: boolean;
  required?: boolean;
  /** What is announced once a suggestion is chosen without submitting. */
  chosenAnnouncement?: (item: SuggestionItem) => string;
};

export function TerritoryAutocomplete({
  id,
  form,
  defaultValue,
  hintId,
  endpoint,
  textName = "lieu",
  hiddenName = "territoire",
  submitOnChoose = true,
  onChoose,
  initialChoice = null,
  listLabel = territorySearchLabels.label,
  invalid,
  required,
  chosenAnnouncement,
}: Props) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<SuggestionItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState("");
  const [chosen, setChosen] = useState<SuggestionItem | null>(initialChoice);

  useEffect(() => {
    const q = value.trim();
    // Nothing to fetch: the handlers that led here (onType, choose) have emptied the list.
    if (!wantsSuggestions(value, chosen)) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as { items: SuggestionItem[] };
        setItems(data.items);
        setActive(-1);
        setOpen(document.activeElement === inputRef.current);
        setAnnounce(territorySearchLabels.suggestionsCount(data.items.length));
      } catch {
        // Aborted or offline: the plain form still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [value, endpoint, chosen]);

  function choose(item: SuggestionItem) {
    // Render the hidden field (and drop the typed text from the form) before submitting.
    flushSync(() => {
      setChosen(item);
      setValue(item.name);
      setItems([]);
      setOpen(false);
      setActive(-1);
    });
    onChoose?.(item);
    if (submitOnChoose) {
      inputRef.current?.form?.requestSubmit();
    } else if (chosenAnnouncement) {
      setAnnounce(chosenAnnouncement(item));
    }
  }

  function onType(text: string) {
    setValue(text);
    // Editing the text of a chosen territory undoes the choice: the form must not send a
    // territory other than the one the field shows.
    const stillChosen = chosen && text !== chosen.name ? null : chosen;
    if (stillChosen !== chosen) {
      setChosen(null);
      onChoose?.(null);
    }
    if (!wantsSuggestions(text, stillChosen)) {
      setItems([]);
      setOpen(false);
    }
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
        name={chosen ? undefined : textName}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        autoComplete="off"
        value={value}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(items.length > 0)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        className={fieldClasses}
      />
      {chosen ? <input type="hidden" form={form} name={hiddenName} value={chosen.param} /> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
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
