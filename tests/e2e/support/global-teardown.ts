import path from "node:path";
import { pageRoutes, readCheckedPaths, uncheckedRoutes } from "../../coverage/axe-routes";

export default async function globalTeardown() {
  if (process.env.E2E_AXE_COVERAGE !== "1") return;
  const missing = uncheckedRoutes(pageRoutes(path.resolve("app")), readCheckedPaths());
  if (missing.length > 0) {
    throw new Error(`Pages sans contrôle d'accessibilité (axe) dans les tests de bout en bout :\n${missing.map((route) => `  ${route}`).join("\n")}`);
  }
}
