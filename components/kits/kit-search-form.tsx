import { buttonClasses } from "@/components/ui/button";
import { kitsLabels } from "@/lib/copy/kits";
import { paths } from "@/lib/paths";

const fieldClasses = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:border-odd17";

/**
 * The GET form of /ressources: the text here, the facets and the sort elsewhere on the page
 * through their `form` attribute, so that one submission carries the whole search into the URL.
 */
export function KitSearchForm({ form, q }: { form: string; q: string }) {
  const t = kitsLabels.list;
  return (
    <form
      id={form}
      role="search"
      aria-label={t.searchLabel}
      action={paths.resources()}
      method="get"
      autoComplete="off"
      className="rounded-lg border border-line bg-surface p-4 sm:p-6"
    >
      <div className="flex flex-col gap-4 md:flex-row md:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${form}-q`} className="block font-semibold">
            {t.searchLabel}
          </label>
          <p id={`${form}-q-aide`} className="mb-2 text-sm text-muted">
            {t.searchHint}
          </p>
          <input id={`${form}-q`} name="q" type="search" defaultValue={q} aria-describedby={`${form}-q-aide`} autoComplete="off" className={fieldClasses} />
        </div>
        <button type="submit" className={buttonClasses("primary", "md:self-end")}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
