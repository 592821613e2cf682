import path from "node:path";
import { pageRoutes, readCheckedPaths, uncheckedRoutes } from "../../coverage/axe-routes";
import { declaredFormIds, readCheckedForms, uncheckedForms } from "../../coverage/form-checks";

// When the whole suite ran: every page had its axe check, every form its "nothing lost" check.
export default async function globalTeardown() {
  if (process.env.E2E_AXE_COVERAGE !== "1") return;
  const failures: string[] = [];
  const missingPages = uncheckedRoutes(pageRoutes(path.resolve("app")), readCheckedPaths());
  if (missingPages.length > 0) {
    failures.push(`Pages sans contrôle d'accessibilité (axe) dans les tests de bout en bout :\n${missingPages.map((route) => `  ${route}`).join("\n")}`);
  }
  const missingForms = uncheckedForms(declaredFormIds(path.resolve(".")), readCheckedForms());
  if (missingForms.length > 0) {
    failures.push(
      `Formulaires sans contrôle « rien n'est perdu » (expectFormKeepsValues) dans les tests de bout en bout :\n${missingForms.map((id) => `  ${id}`).join("\n")}`,
    );
  }
  if (failures.length > 0) throw new Error(failures.join("\n"));
}
