import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { hasSessionCookie } from "../../../lib/auth/session-cookie";
import { recordAxeCheck } from "../../coverage/axe-routes";

/** Asserts that the page, as it is now, has no WCAG 2.1 A/AA violation that axe can detect. */
export async function expectNoAxeViolations(page: Page) {
  // After a server action, React re-renders the page and its <title> comes back a moment later:
  // wait for it (a page that truly has no title still fails, here and in axe's own check).
  await expect(page).toHaveTitle(/\S/, { timeout: 10_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "violations d'accessibilité").toEqual([]);
  recordAxeCheck(page.url(), hasSessionCookie((await page.context().cookies()).map((cookie) => cookie.name)));
}
