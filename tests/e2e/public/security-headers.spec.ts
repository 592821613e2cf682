import { expect, test } from "@playwright/test";
import { signIn } from "../support/auth";

const ROUTES = ["/", "/territoires", "/territoires/commune/42218", "/connexion", "/inscription", "/page-qui-n-existe-pas", "/api/auth/session"];

test.describe("en-têtes de sécurité", () => {
  for (const route of ROUTES) {
    test(`sont présents sur ${route}`, async ({ request }) => {
      const response = await request.get(route, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("le cookie de session est httpOnly et SameSite=Lax", async ({ page }) => {
    await signIn(page, "membre@demo.odd17.fr");
    const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
