import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, it } from "vitest";
import { clientImports } from "./client-imports.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// A tiny project on disk: the rule follows imports through real files.
const root = mkdtempSync(path.join(tmpdir(), "client-imports-"));
const files: Record<string, string> = {
  "lib/labels.ts": 'import { siteLabels } from "./copy/site";\nexport const labels = { site: siteLabels };\n',
  "lib/copy/site.ts": 'export const siteLabels = { name: "ODD 17" };\n',
  "lib/copy/kits.ts": 'import { labels } from "@/lib/labels";\nexport const kitsLabels = { site: labels.site };\n',
  "lib/alliances/alliances.queries.ts": "export const listAlliances = () => [];\n",
  "lib/auth/session.ts": 'import "server-only";\nexport const currentUser = () => null;\n',
  "lib/alliances/alliances.actions.ts":
    '"use server";\nimport { listAlliances } from "./alliances.queries";\nexport async function saveAction() { return listAlliances(); }\n',
  "lib/alliances/stages.ts": 'import type { Session } from "@/lib/auth/session";\nexport const stages = ["IDEE"];\nexport type { Session };\n',
  "components/ui/badge.tsx": 'import { labels } from "../../lib/labels";\nexport const Badge = () => labels.site.name;\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const filename = path.join(root, "components/alliances/alliance-form.tsx");
const options = [{ root }];
const client = (imports: string) => ({ filename, options, code: `"use client";\n${imports}\nexport const x = 1;\n` });

tester.run("odd17/client-imports", clientImports, {
  valid: [
    // The domain's catalogue, a module of actions ("use server": references only), pure logic.
    client('import { siteLabels } from "@/lib/copy/site";'),
    client('import { saveAction } from "@/lib/alliances/alliances.actions";'),
    client('import { stages } from "@/lib/alliances/stages";'),
    // Types are erased: nothing is bundled.
    client('import type { labels } from "@/lib/labels";\nimport { type currentUser } from "@/lib/auth/session";'),
    // A server component may import anything.
    { filename, options, code: 'import { labels } from "@/lib/labels";\nimport { listAlliances } from "@/lib/alliances/alliances.queries";\n' },
  ],
  invalid: [
    { ...client('import { labels } from "@/lib/labels";'), errors: [{ messageId: "catalogue", data: { target: "lib/labels.ts", via: "" } }] },
    // Through a shared component, or a catalogue that leans on the aggregator.
    {
      ...client('import { Badge } from "@/components/ui/badge";'),
      errors: [{ messageId: "catalogue", data: { target: "lib/labels.ts", via: " (through components/ui/badge.tsx)" } }],
    },
    {
      ...client('import { kitsLabels } from "@/lib/copy/kits";'),
      errors: [{ messageId: "catalogue", data: { target: "lib/labels.ts", via: " (through lib/copy/kits.ts)" } }],
    },
    { ...client('import { listAlliances } from "@/lib/alliances/alliances.queries";'), errors: [{ messageId: "server" }] },
    { ...client('import { currentUser } from "../../lib/auth/session";'), errors: [{ messageId: "server", data: { target: "lib/auth/session.ts", via: "" } }] },
    { ...client('import { headers } from "next/headers";'), errors: [{ messageId: "server", data: { target: "next/headers", via: "" } }] },
    { ...client('export { labels } from "@/lib/labels";'), errors: [{ messageId: "catalogue" }] },
    { ...client('const lazy = () => import("@/lib/auth/session");'), errors: [{ messageId: "server" }] },
  ],
});
