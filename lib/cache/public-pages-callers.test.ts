// No path marks cached public pages stale without going through the throttled claim of
// lib/cache/public-pages.ts: every other revalidatePath in the sources must name a page that is
// never in the public cache (the workspace, the back office, a force-dynamic page). A new call
// on a public page fails here, pointing to claimPublicPagesRefresh.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "@/lib/paths";

const CENTRAL = "lib/cache/public-pages.ts";

/** Pages outside /espace and /admin that a revalidatePath may still name, and why they are safe. */
const NOT_CACHED: Record<string, string> = {
  learningPath: "the signed-in reader's page is force-dynamic; visitors get the ./anonyme route",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

function calls(): { file: string; name: string; argument: string }[] {
  const found = [];
  for (const file of ["app", "components", "lib", "proxy.ts"].flatMap((root) => (root.endsWith(".ts") ? [root] : sources(root)))) {
    if (file === CENTRAL) continue;
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\b(revalidatePath|revalidateTag|updateTag)\(\s*([^,)]*)/g))
      found.push({ file, name: match[1], argument: match[2].trim() });
  }
  return found;
}

/** What a paths.<builder>(…) call gives, with placeholder arguments. */
function built(argument: string): { builder: string; path: string } | null {
  const match = /^paths\.(\w+)\(/.exec(argument);
  if (!match) return null;
  const builder = (paths as unknown as Record<string, (...args: unknown[]) => string>)[match[1]];
  if (typeof builder !== "function") return null;
  const args = match[1] === "needOffer" ? ["besoins", "x"] : ["x", "x"];
  return { builder: match[1], path: builder(...args) };
}

describe("who may mark cached public pages stale", () => {
  it("finds the calls it checks (the scan works)", () => {
    // Most actions revalidate through formAction (revalidatePrivatePages); a few still call it directly.
    expect(calls().length).toBeGreaterThan(5);
  });

  it("leaves the whole cache, the cached routes and tags to lib/cache/public-pages.ts", () => {
    const offending = calls().flatMap((call) => {
      if (call.name !== "revalidatePath") return [`${call.file}: ${call.name}(${call.argument})`];
      const target = built(call.argument);
      if (!target) return [`${call.file}: revalidatePath(${call.argument}) — not a paths.…() builder`];
      const privatePage = /^\/(espace|admin)(\/|$|\?)/.test(target.path) || target.builder in NOT_CACHED;
      return privatePage ? [] : [`${call.file}: revalidatePath(${call.argument}) → ${target.path} is public: use claimPublicPagesRefresh`];
    });
    expect(offending).toEqual([]);
  });
});
