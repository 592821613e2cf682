// Every server action is declared through formAction/publicFormAction (lib/actions/form-action.ts).
// Read from the sources: a "use server" module may only export types and `export const X =
// formAction(…)` / `publicFormAction(…)`. The few written by hand are listed below with the reason
// the wrapper does not fit them; a new one fails the test.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const HAND_WRITTEN_ACTIONS: Readonly<Record<string, string>> = {
  autosaveAction: "called with an object as the user types (debounced), not by a form; returns the save's time",
  saveKitAction: "three buttons (preview, save, publish) and a state carrying the rendered preview",
  saveStepAction: "the diagnostic step: its state carries the answers by question and moves between steps",
  saveTemplateDraftAction: "the JSON editor: its state carries the located errors and always the typed text",
  saveTemplateFormAction: "the questionnaire's text editor: its state carries the errors that belong to no field",
  signOutAction: "the header's button: no field, no state, always a redirect (Auth.js signOut)",
};

export type ServerModule = { file: string; wrapped: string[]; handWritten: string[]; other: string[] };

function walk(dir: string, found: string[]) {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, found);
    else if (/\.tsx?$/.test(entry)) found.push(full);
  }
}

const USE_SERVER = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/;

/** The modules of these folders that start with "use server", with their exports sorted by kind. */
export function serverModules(root: string, folders: string[]): ServerModule[] {
  const files: string[] = [];
  for (const folder of folders) walk(path.join(root, folder), files);
  return files
    .filter((file) => USE_SERVER.test(readFileSync(file, "utf8")))
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const wrapped = [...source.matchAll(/^export const (\w+)\s*=\s*(?:formAction|publicFormAction)\(/gm)].map((m) => m[1]);
      const handWritten = [...source.matchAll(/^export async function (\w+)/gm)].map((m) => m[1]);
      const all = [...source.matchAll(/^export (?!type |interface )(?:async )?(?:function|const|let|var|class|default|\{|\*)\s*(\w+)?/gm)].map(
        (m) => m[1] ?? m[0],
      );
      const other = all.filter((name) => !wrapped.includes(name) && !handWritten.includes(name));
      return { file: path.relative(root, file), wrapped, handWritten, other };
    });
}
