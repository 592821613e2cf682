// The organisation profile editor with the demo data: association@ (admin of "Les Liens du
// Furan", verified and published) is refused with every error at once (an SVG logo among them),
// then edits the description, adds a territory and an SDG, uploads a PNG logo, and sees it all on
// the public page at once. Members and admins of other organisations get the 404 page.
import { crc32, deflateSync } from "node:zlib";
import { expect as baseExpect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { signIn } from "../support/auth";
import { demo, organisationIdBySlug } from "./fixtures";
import { addCommune } from "../support/territory-picker";

// Server actions with an upload and argon2 sign-ins are slow on a loaded test machine.
const expect = baseExpect.configure({ timeout: 15_000 });

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "ascii"), data])));
  return Buffer.concat([length, Buffer.from(type, "ascii"), data, crc]);
}

/** A real 1×1 PNG (one green RGBA pixel), made here rather than read from a file. */
function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  const scanline = Buffer.from([0, 0x1b, 0x7a, 0x3c, 0xff]); // filter byte, then the pixel
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(scanline)), chunk("IEND", Buffer.alloc(0))]);
}

const PNG_1X1 = tinyPng();
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("profil d'une organisation", () => {
  test("l'administratrice corrige ses erreurs, modifie le profil et le voit publié aussitôt, logo compris", async ({ page }) => {
    const furanId = await organisationIdBySlug(demo.furan.slug);
    await signIn(page, demo.associationAdmin);

    // The public page is cached for every visitor: read once before the edit (the second read
    // comes from the cache, with nothing of the signed-in reader in it), it must show the edit after.
    const publicPath = `/acteurs/${demo.furan.slug}`;
    let cached = await page.request.get(publicPath);
    await expect.poll(async () => (cached = await page.request.get(publicPath)).headers()["x-nextjs-cache"]).toBe("HIT");
    expect(cached.status()).toBe(200);
    expect(cached.headers()["cache-control"]).toContain("s-maxage=60");
    const cachedHtml = await cached.text();
    expect(cachedHtml).toContain(demo.furan.name);
    expect(cachedHtml).not.toContain(demo.associationAdmin);
    expect(cachedHtml).not.toContain("Se déconnecter");
    await page.goto(`/espace/organisations/${furanId}`);
    await page.getByRole("link", { name: "Modifier le profil" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier le profil — ${demo.furan.name}`);
    await expect(page.getByText("Votre organisation est vérifiée : vos modifications sont publiées dès l'enregistrement.")).toBeVisible();
    await expectNoAxeViolations(page);

    // Everything typed, chosen or ticked survives a refusal; then a fresh form (a new navigation:
    // a reload would let the browser restore the values).
    await expectFormKeepsValues(page, "organisation.profile", { invalid: (form) => form.getByLabel("Site internet").fill("http://liens-du-furan.exemple.fr") });
    await page.goto(page.url());

    // Refused: every error at once, what was typed kept, nothing stored.
    const description = `Association de quartier du Furan : seniors, ateliers numériques et jardins (${Date.now()}).`;
    await page.getByLabel("Présentation").fill(description);
    await page.getByLabel("Site internet").fill("http://liens-du-furan.exemple.fr");
    await page.getByLabel("Téléphone de contact").fill("12 34");
    await page.getByLabel("Nouveau logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: SVG });
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();
    await expect(page.getByLabel("Nouveau logo")).toHaveAccessibleDescription(/Le format SVG n'est pas accepté/);
    await expect(page.getByLabel("Site internet")).toHaveAccessibleDescription(/commençant par https:\/\//);
    await expect(page.getByLabel("Téléphone de contact")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Présentation")).toHaveValue(description);
    await expect(page.getByLabel("Téléphone de contact")).toHaveValue("12 34");
    await expect(page.getByText("Aucun logo pour le moment.")).toBeVisible();
    await expectNoAxeViolations(page);

    // A logo over 1 Mo: refused before being sent (server actions take about 1 MB), with the
    // server's French message, the focus on the summary that links to the field, and what was typed kept.
    await page.getByLabel("Téléphone de contact").fill("04 77 00 11 22");
    await page
      .getByLabel("Nouveau logo")
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.concat([PNG_1X1, Buffer.alloc(1024 * 1024)]) });
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByLabel("Nouveau logo")).toHaveAccessibleDescription(/Le logo dépasse 1 Mo/);
    const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: /^Nouveau logo : Le logo dépasse 1 Mo/ }).click();
    await expect(page.getByLabel("Nouveau logo")).toBeFocused();
    await expect(page.getByLabel("Présentation")).toHaveValue(description);
    await expect(page.getByLabel("Téléphone de contact")).toHaveValue("04 77 00 11 22");
    await expect(page.getByText("Aucun logo pour le moment.")).toBeVisible();

    // Corrected: a territory and an SDG added, a real PNG uploaded.
    await page.getByLabel("Site internet").fill("https://liens-du-furan.exemple.fr");
    await page.getByLabel("Téléphone de contact").fill("04 77 00 11 22");
    await addCommune(page, "Firminy", "Firminy");
    await expect(page.getByRole("button", { name: "Retirer Firminy" })).toBeVisible();
    await page.getByRole("checkbox", { name: /^ODD 4 — / }).check();
    await page.getByLabel("Nouveau logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG_1X1 });
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Profil enregistré : les modifications sont publiées." })).toBeVisible();
    await expect(page.getByRole("img", { name: "Logo actuel des Liens du Furan (démo)" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^ODD 4 — / })).toBeChecked();
    await expectNoAxeViolations(page);

    // The public page shows the edit at once: description, territory, SDG, logo.
    await page.goto(publicPath);
    await expect(page.getByText(description)).toBeVisible();
    await expect(page.getByRole("link", { name: "Firminy" })).toBeVisible();
    await expect(page.getByText("ODD 4", { exact: true })).toBeVisible();
    const logo = page.getByRole("img", { name: "Logo des Liens du Furan (démo)" });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(1);
    await expectNoAxeViolations(page);

    // The logo route: the type read from the bytes, never sniffed by the browser; public.
    const response = await page.request.get((await logo.getAttribute("src"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cache-control"]).toContain("public");

    // And on the directory's card, beside the name.
    const logoSrc = (await logo.getAttribute("src"))!;
    await page.goto("/acteurs?q=furan");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: demo.furan.name }) });
    await expect(card.locator(`img[src="${logoSrc}"]`)).toBeVisible();
  });

  test("un membre sans rôle d'administrateur et l'administrateur d'une autre organisation ont la page 404", async ({ page: member, browser }) => {
    const furanId = await organisationIdBySlug(demo.furan.slug);
    const profilePath = `/espace/organisations/${furanId}/profil`;

    await signIn(member, demo.member);
    await member.goto(`/espace/organisations/${furanId}`);
    await expect(member.getByRole("heading", { level: 1 })).toHaveText(demo.furan.name);
    await expect(member.getByRole("link", { name: "Modifier le profil" })).toHaveCount(0);
    const asMember = await member.goto(profilePath);
    expect(asMember?.status()).toBe(404);
    await expect(member.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(member.getByRole("main")).not.toContainText("Enregistrer le profil");
    await expectNoAxeViolations(member);

    // Another organisation's admin, in a session of their own.
    const context = await browser.newContext();
    const otherAdmin = await context.newPage();
    await signIn(otherAdmin, "entreprise@demo.odd17.fr");
    const asOtherAdmin = await otherAdmin.goto(profilePath);
    expect(asOtherAdmin?.status()).toBe(404);
    await expect(otherAdmin.getByRole("main")).not.toContainText(demo.furan.name);
    await context.close();
  });
});
