import { describe, expect, it } from "vitest";
import { callbackUrlField, signInSchema } from "./accounts.schemas";

describe("callbackUrlField (the sign-in and sign-up pages' way back)", () => {
  it.each(["/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "/.//evil.example", "https://evil.example"])(
    "drops %j, which a browser would follow to another site",
    (value) => {
      expect(callbackUrlField.parse(value)).toBeUndefined();
      expect(signInSchema.parse({ email: "a@exemple.fr", password: "x", callbackUrl: value }).callbackUrl).toBeUndefined();
    },
  );

  it("keeps a path of the site", () => {
    expect(callbackUrlField.parse("/espace/alliances?page=2")).toBe("/espace/alliances?page=2");
  });
});

describe("passwordChangeSchema", () => {
  it("gives the rules of the new password and the confirmation's mismatch at once", async () => {
    const { passwordChangeSchema } = await import("./accounts.schemas");
    const result = passwordChangeSchema.safeParse({ currentPassword: "", password: "court", passwordConfirmation: "autre" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["currentPassword", "password", "passwordConfirmation"]));
  });
});
