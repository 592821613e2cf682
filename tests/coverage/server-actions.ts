// Every server action is declared through formAction/publicFormAction (lib/actions/form-action.ts).
// Read from the sources: a "use server" module may only export types and `export const X =
// formAction(…)` / `publicFormAction(…)`. The actions written by hand before the wrapper existed
// are listed below until they are converted; the list may only shrink.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const HAND_WRITTEN_ACTIONS: readonly string[] = [
  "autosaveAction",
  "saveKitAction",
  "saveStepAction",
  "saveTemplateDraftAction",
  "saveTemplateFormAction",
  "signOutAction",
];

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
      const all = [...source.matchAll(/^export (?!type |interface )(?:async )?(?:function|const|let|var|class|default|\{|\*)\s*(\w+)?/gm)].map((m) => m[1] ?? m[0]);
      const other = all.filter((name) => !wrapped.includes(name) && !handWritten.includes(name));
      return { file: path.relative(root, file), wrapped, handWritten, other };
    });
}
