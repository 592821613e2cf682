// The two ways to edit a draft, as links (the mode is in the URL, ?mode=formulaire): only one
// editor is on the page at a time, so each opens on the draft as last saved.
import Link from "next/link";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { paths } from "@/lib/paths";

const t = adminQuestionnairesCopy.modes;
export const FORM_MODE = "formulaire";

export function EditorModes({ id, form }: { id: string; form: boolean }) {
  const modes = [
    { label: t.json, href: paths.adminQuestionnaire(id), current: !form },
    { label: t.form, href: paths.adminQuestionnaire(id, { mode: FORM_MODE }), current: form },
  ];
  return (
    <nav aria-label={t.label} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {modes.map((mode) => (
          <li key={mode.label}>
            <Link
              href={mode.href}
              aria-current={mode.current ? "page" : undefined}
              className={`block rounded-md border-2 px-3 py-1.5 font-semibold no-underline hover:underline ${
                mode.current ? "border-odd17 bg-odd17-light text-odd17-dark underline decoration-2 underline-offset-4" : "border-line text-odd17"
              }`}
            >
              {mode.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
