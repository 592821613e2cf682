// The first-load JavaScript floor: a Next.js app of one empty page, built in the same run with the
// project's own packages. It is to the first-load figures what the bare route is to throughput:
// what no page of this stack can go under, whatever its own code.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { firstLoadSizes, parseRouteBundleStats } from "./first-load.ts";

export const EMPTY_APP_FILES: Record<string, string> = {
  "package.json": `{ "private": true }\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return <html lang="fr"><body>{children}</body></html>;\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return <p>Bonjour</p>;\n}\n`,
};

/** The empty app's next.config: Turbopack must be allowed to resolve the project's node_modules. */
export function emptyAppConfig(projectRoot: string): string {
  return `export default { turbopack: { root: ${JSON.stringify(projectRoot)} } };\n`;
}

/**
 * Builds the empty app in `dir` (inside the project, so that its node_modules link stays within
 * Turbopack's root) and returns the gzipped first-load JavaScript of its page, or null when the
 * build fails (the bench goes on without the floor).
 */
export function emptyPageFirstLoad(projectRoot: string, dir: string, log: (line: string) => void): number | null {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  for (const [file, content] of Object.entries(EMPTY_APP_FILES)) writeFileSync(path.join(dir, file), content);
  writeFileSync(path.join(dir, "next.config.mjs"), emptyAppConfig(projectRoot));
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  log("next build of an empty page (the first-load floor)…");
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [next, "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stats = path.join(dir, ".next", "diagnostics", "route-bundle-stats.json");
  if (result.status !== 0 || !existsSync(stats)) {
    log(`empty page build failed: first-load floor not measured\n${result.stderr?.toString().slice(-2000) ?? ""}`);
    return null;
  }
  const page = parseRouteBundleStats(JSON.parse(readFileSync(stats, "utf8"))).find((bundle) => bundle.route === "/");
  if (!page) return null;
  const [size] = firstLoadSizes([page], (chunk) => readFileSync(path.resolve(dir, chunk)));
  return size.gzipBytes;
}
