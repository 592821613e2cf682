// The project's source files, for the suites that derive their cases from the code itself.
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file below `dir` (relative to the project root), with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full.split(path.sep).join("/")];
    })
    .sort();
}
