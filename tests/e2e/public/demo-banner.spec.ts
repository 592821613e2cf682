import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// The e2e server runs with SEED_DEMO=true (playwright.config.ts): a demonstration site says so on
// every page, including those that used to be rendered at build time.
const ROUTES = ["/", "/mentions-legales", "/accessibilite", "/api", "/mot-de-passe-oublie", "/territoires/commune/42218"];

test.describe("site de démonstration", () => {
  for (const route of ROUTES) {
    test(`le bandeau est affiché sur ${route}`, async ({ page }) => {
      await page.goto(route);
      const banner = page.getByRole("complementary", { name: "Site de démonstration" });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText("mot de passe public");
    });
  }

  test("le bandeau est accessible", async ({ page }) => {
    await page.goto("/mentions-legales");
    await expectNoAxeViolations(page);
  });
});
