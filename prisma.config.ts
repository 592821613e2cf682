// Loaded by the Prisma CLI only. Runs the WASM schema engine through our driver adapter, since
// Prisma's native engines cannot be downloaded on these machines.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/cli-adapter.ts";

// The WASM engine leaves long timers (10 s / 60 s) pending, which keeps the CLI alive for a
// minute after its work is done. In this CLI-only file, such timers must not hold the process.
const originalSetTimeout = globalThis.setTimeout;
function unrefLongTimers(handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]) {
  const timer = originalSetTimeout(handler, timeout, ...args);
  if ((timeout ?? 0) >= 5000) timer.unref();
  return timer;
}
globalThis.setTimeout = Object.assign(unrefLongTimers, originalSetTimeout) as unknown as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (use the npm scripts, which provide it)");
    return createMigrationAdapter(url);
  },
});
