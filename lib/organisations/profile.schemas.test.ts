import { describe, expect, it } from "vitest";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { parseProfileForm } from "./profile.schemas";

const m = organisationProfileCopy.messages;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

const valid = {
  id: "actor_1",
  version: "3",
  name: "Les Jardins",
  kind: "ASSOCIATION",
  description: "Des jardins.\r\nEt des ateliers.",
  website: "https://jardins.exemple.fr",
  contactEmail: " Contact@Jardins.FR ",
  contactPhone: "+33 4 77 12 34 56",
  territories: ["commune-42218", "epci-244200770", "commune-42218"],
  sdgs: ["17", "2", "2"],
};

describe("parseProfileForm", () => {
  it("normalises a valid form", () => {
    const parsed = parseProfileForm(form(valid));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toEqual({
      id: "actor_1",
      version: 3,
      name: "Les Jardins",
      kind: "ASSOCIATION",
      description: "Des jardins.\nEt des ateliers.",
      website: "https://jardins.exemple.fr",
      contactEmail: "contact@jardins.fr",
      contactPhone: "04 77 12 34 56",
      territories: ["commune-42218", "epci-244200770"],
      sdgs: [2, 17],
      removeLogo: false,
    });
  });

  it("turns blank optional fields into null and reads the removal box", () => {
    const parsed = parseProfileForm(form({ ...valid, website: " ", contactEmail: "", contactPhone: "", sdgs: [], removeLogo: "on" }));
    expect(parsed.success && parsed.data).toMatchObject({ website: null, contactEmail: null, contactPhone: null, sdgs: [], removeLogo: true });
  });

  it("keeps the name out when the form does not send it (locked name)", () => {
    const { name: _name, ...withoutName } = valid;
    const parsed = parseProfileForm(form(withoutName));
    expect(parsed.success && parsed.data.name).toBeUndefined();
  });

  it("reports every field error at once, in French, and echoes what was typed", () => {
    const parsed = parseProfileForm(
      form({
        ...valid,
        name: " ",
        kind: "PIRATE",
        description: "x".repeat(2001),
        website: "http://jardins.fr",
        contactEmail: "pas-une-adresse",
        contactPhone: "12 34",
        territories: [],
        sdgs: ["2", "18"],
      }),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state.fieldErrors).toEqual({
      name: [m.nameRequired],
      kind: [m.kindRequired],
      description: [m.descriptionTooLong],
      website: [m.websiteInvalid],
      contactEmail: [m.emailInvalid],
      contactPhone: [m.phoneInvalid],
      territories: [m.territoriesRequired],
      sdgs: [m.sdgInvalid],
    });
    expect(parsed.state.values).toMatchObject({ website: "http://jardins.fr", contactPhone: "12 34", sdgs: "2,18" });
  });

  it("refuses more than 20 territories and a stale or missing version", () => {
    const many = Array.from({ length: 21 }, (_, index) => `commune-${42000 + index}`);
    const parsed = parseProfileForm(form({ ...valid, territories: many, version: "" }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state.fieldErrors?.territories).toEqual([m.tooManyTerritories]);
    expect(parsed.state.fieldErrors?.version).toBeDefined();
  });

  it("counts a Windows line end as one character for the 2 000 limit", () => {
    const text = "a\r\n".repeat(666) + "ab";
    expect(parseProfileForm(form({ ...valid, description: text })).success).toBe(true);
  });
});

describe("the values a refused profile form gets back", () => {
  it("joins the ticked SDGs, and leaves files out", () => {
    const data = form({ ...valid, name: " ", sdgs: ["1", "17"], territories: ["commune-42218"] });
    data.append("logo", new File([new Uint8Array([1, 2])], "logo.png"));
    const parsed = parseProfileForm(data);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state.values).toMatchObject({ name: " ", sdgs: "1,17", territories: "commune-42218" });
    expect(parsed.state.values).not.toHaveProperty("logo");
  });
});
