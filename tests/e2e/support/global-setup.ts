import { existsSync } from "node:fs";
import { chromium, type FullConfig } from "@playwright/test";
import { resetAxeChecks } from "../../coverage/axe-routes";
import { resetFormChecks } from "../../coverage/form-checks";
import { prepareMailboxReader } from "./mailbox";

// Fails early, with the way out, when no browser is installed. Then, the web server being up
// (Playwright starts it before the global setup), signs in the dev mailbox's reader.
export default async function globalSetup(config: FullConfig) {
  resetAxeChecks();
  resetFormChecks();
  assertBrowser();
  await prepareMailboxReader(config.projects[0]?.use.launchOptions);
}

function assertBrowser() {
  const configured = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", process.env.CHROMIUM_PATH];
  if (configured.some((candidate) => candidate && existsSync(candidate))) return;
  if (existsSync(chromium.executablePath())) return;
  throw new Error(
    "Aucun navigateur pour les tests de bout en bout. Installez Chromium : `sudo apt-get install chromium` " +
      "(Debian/Ubuntu) ou `npx playwright install chromium`, ou indiquez son chemin dans CHROMIUM_PATH. / " +
      "No browser found for end-to-end tests: install chromium or set CHROMIUM_PATH.",
  );
}
