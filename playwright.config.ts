import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const READ_ONLY_SPECS = /[\\/](directory|territories|public)[\\/][^\\/]+\.spec\.ts$/;

// The system Chromium (Debian's `chromium` package) when there is one, Playwright's own otherwise.
function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

const executablePath = systemChromium();

// Each run gets a fresh embedded database unless E2E_DATABASE_URL points to a server.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "odd17-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The specs that read the demo data as seeded (directories, territories, public pages, whose
  // counts they check) run first; the specs that change it (moderation publishes, kits are
  // published…) run after them, on the same server and database.
  projects: [
    { name: "consultation", testMatch: READ_ONLY_SPECS, use: { ...devices["Desktop Chrome"] } },
    { name: "contribution", testIgnore: READ_ONLY_SPECS, dependencies: ["consultation"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/run-with-db.ts -- next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ODD17_DATA_DIR: dataDir,
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
      DEV_MAILBOX: "true",
      // The specs sign in with the demonstration accounts, which production (`next start`) only
      // seeds when asked; the launcher gives APP_URL its default, http://localhost:<port>.
      SEED_DEMO: "true",
      // Generous limits: the suites sign in many times from one address.
      RATE_LIMIT_SIGNIN: "200/60",
      RATE_LIMIT_SIGNIN_IP: "1000/60",
      RATE_LIMIT_RESET: "200/60",
      // Every anonymous e-mail of the suites comes from one address, many go to the demo accounts.
      RATE_LIMIT_MAIL_RECIPIENT: "1000/3600",
      RATE_LIMIT_MAIL_SENDER: "10000/3600",
      // The demo accounts are shared by every spec: their publications would exhaust a person's
      // budget of public page refreshes (the limit has its own integration test).
      RATE_LIMIT_PUBLIC_REFRESH: "10000/60",
      RATE_LIMIT_PUBLIC_REFRESH_STAFF: "10000/60",
      // Specs that publish then search expect live counts; the cache has its own unit tests.
      DIRECTORY_FACETS_TTL_SECONDS: "0",
    },
  },
});
