import { describe, expect, it } from "vitest";
import { stateOfError } from "@/lib/action-state";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { ForbiddenError, GENERIC_ERROR_MESSAGE, NotFoundError, ValidationError } from "@/lib/errors";
import { errorStateFor, outcomeOfError, stateFromAddress } from "./attachment-upload";

const t = kitsAdminLabels.attachments;
const attachments = [{ id: "att_1", fileName: "Fiche pratique.pdf" }];

describe("attachment upload outcomes", () => {
  it("a file's own problem is a field error, with the same French message as before", () => {
    expect(errorStateFor("trop-lourd")).toEqual({ status: "error", message: t.tooLarge, fieldErrors: { file: [t.tooLarge] } });
    expect(errorStateFor("type-refuse").fieldErrors?.file).toEqual([t.refusedType]);
    expect(errorStateFor("interdit")).toEqual({ status: "error", message: new ForbiddenError().message });
  });

  it("the mutation's errors map to their codes, anything else to the generic one", () => {
    expect(outcomeOfError(stateOfError(new ValidationError({ file: [t.refusedType] }, t.refusedType)))).toBe("type-refuse");
    expect(outcomeOfError(stateOfError(new ValidationError({ file: [t.required] }, t.required)))).toBe("fichier-requis");
    expect(outcomeOfError(stateOfError(new NotFoundError()))).toBe("introuvable");
    expect(outcomeOfError({ status: "error", message: GENERIC_ERROR_MESSAGE })).toBe("erreur");
  });

  it("the address after a plain form post gives back the same state, for known codes only", () => {
    expect(stateFromAddress("joint", "att_1", attachments)).toEqual({ status: "success", message: t.added("Fiche pratique.pdf") });
    expect(stateFromAddress("trop-lourd", undefined, attachments)).toEqual(errorStateFor("trop-lourd"));
    expect(stateFromAddress(undefined, undefined, attachments)).toBeNull();
    // A forged address shows nothing: no other kit's file, no text of its own, no prototype key.
    expect(stateFromAddress("joint", "att_other", attachments)).toBeNull();
    expect(stateFromAddress("<script>", undefined, attachments)).toBeNull();
    expect(stateFromAddress("toString", undefined, attachments)).toBeNull();
  });
});
