import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMS_WITHOUT_VALUE_CHECK, declaredFormIds, formsOutsideActionForm, uncheckedForms } from "./form-checks";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Files whose forms post without ActionForm, and why; a new one fails below. Both keep nothing to
 * lose: the header's sign-out button has no field and leaves the page; the attachment upload
 * posts a file of up to 20 MB to a route handler (server actions take 1 MB), keeps the refused
 * file chosen and focuses its outcome like ActionForm (checked by tests/e2e/kits/kits.spec.ts).
 */
const NOT_ACTION_FORM: Record<string, string> = {
  "components/kits/admin/attachment-upload-form.tsx": "upload to a route handler (20 MB), outcome like ActionForm",
  "components/layout/account-links.tsx": "sign-out button of the header: no field, leaves the page",
};

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "form-checks-"));
  for (const sub of ["components", "app"]) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
}

describe("form coverage", () => {
  it("reads literal and conditional form ids", () => {
    const dir = fixture({
      "components/a.tsx": '<ActionForm formId="need.create" action={a} state={s}>',
      "components/b.tsx": '<ActionForm formId={edit ? "need.update" : "need.create"} action={a} state={s}>',
      "components/c.tsx": '<ActionForm formId={decision === "accept" ? "link.accept" : "link.decline"} action={a} state={s}>',
    });
    expect(declaredFormIds(dir)).toEqual(["link.accept", "link.decline", "need.create", "need.update"]);
  });

  it("finds a POST form outside ActionForm, not GET forms", () => {
    const dir = fixture({
      "components/a.tsx": 'x\n<form action={saveAction} className="y">',
      "components/b.tsx": '<form action={paths.search()} method="get">',
    });
    expect(formsOutsideActionForm(dir)).toEqual(["components/a.tsx:2"]);
  });

  it("lists the forms no spec has checked, leaving out the exempted ones", () => {
    expect(uncheckedForms(["a", "b", "organisation.invitation-revoke"], ["b"])).toEqual(["a"]);
  });

  it("finds the forms of the code base", () => {
    expect(declaredFormIds(root)).toContain("organisation.invite");
  });

  it("exempts only forms that exist", () => {
    const declared = declaredFormIds(root);
    expect(Object.keys(FORMS_WITHOUT_VALUE_CHECK).filter((id) => !declared.includes(id))).toEqual([]);
  });

  it("sends every server-action form through ActionForm", () => {
    const outside = [...new Set(formsOutsideActionForm(root).map((where) => where.split(":")[0]))];
    expect(outside.filter((file) => !(file in NOT_ACTION_FORM))).toEqual([]);
    // An exemption whose form is gone leaves the list.
    expect(Object.keys(NOT_ACTION_FORM).filter((file) => !outside.includes(file))).toEqual([]);
  });
});
