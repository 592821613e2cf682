// Request body limits on the production build, tried as an attacker would (issue #18, item 9).
// Server actions all share one limit (about 1 MB) that Next applies before it knows which action
// is called; only the upload route takes more (20 MB), and only from the team, checked before a
// byte of the file is read. Auth.js's POSTs are capped too. "Before it is read" is shown by
// sending the headers and a first slice of the body only: the answer must come all the same.
import http from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/kits/attachment-upload";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { actionFormFields, signIn, startStack, type Stack } from "./support/stack";

const PASSWORD = "demo-odd17-partenariats";
const MB = 1024 * 1024;
const t = kitsAdminLabels.attachments;

let stack: Stack;
let db: pg.Client;
let kitId: string;
let staff: string;
let user: string;
let organisationAdmin: string;
let organisationId: string;

beforeAll(async () => {
  stack = await startStack();
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  kitId = (await db.query<{ id: string }>(`SELECT id FROM "Kit" ORDER BY id LIMIT 1`)).rows[0].id;
  organisationId = (await db.query<{ id: string }>(`SELECT id FROM "Actor" WHERE slug = 'les-liens-du-furan-demo'`)).rows[0].id;
  staff = await signIn(stack.baseUrl, "rameau@demo.odd17.fr", PASSWORD);
  user = await signIn(stack.baseUrl, "utilisateur@demo.odd17.fr", PASSWORD);
  organisationAdmin = await signIn(stack.baseUrl, "association@demo.odd17.fr", PASSWORD);
}, 300_000);

afterAll(async () => {
  await db?.end().catch(() => undefined);
  await stack?.stop();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; bodySent: number; reset?: true };

/**
 * POSTs `body`, but stops after `send` bytes of it (all of it by default) and waits for the
 * answer: a server that reads the whole body first never answers a cut one. `declare: false`
 * sends it chunked, without a length. The guard only ends a server that never answers.
 * `resetIsAnswer`: a server that stops reading may close the connection while bytes are still in
 * flight; the client then gets EPIPE or ECONNRESET, often before it could parse the 413 already
 * sent (the kernel drops it on the reset). That outcome is then an answer too: `reset: true`.
 */
function post(
  path: string,
  body: Buffer,
  headers: Record<string, string>,
  options: { send?: number; declare?: boolean; resetIsAnswer?: boolean } = {},
): Promise<Answer> {
  const send = options.send ?? body.length;
  return new Promise((resolve, reject) => {
    let bodySent = 0;
    let answered = false;
    const request = http.request(new URL(path, stack.baseUrl), {
      method: "POST",
      headers: { origin: stack.baseUrl, ...headers, ...(options.declare === false ? {} : { "content-length": String(body.length) }) },
    });
    const guard = setTimeout(() => {
      request.destroy();
      reject(new Error(`Aucune réponse de ${path} après ${bodySent} octets envoyés sur ${body.length}`));
    }, 90_000);
    request.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearTimeout(guard);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), bodySent });
      });
    });
    // Writing on after the server has answered and closed the connection fails: expected.
    request.on("error", (error) => {
      if (answered) return;
      clearTimeout(guard);
      const code = (error as NodeJS.ErrnoException).code;
      if (options.resetIsAnswer && (code === "EPIPE" || code === "ECONNRESET")) {
        answered = true;
        resolve({ status: 0, headers: {}, body: "", bodySent, reset: true });
      } else reject(error);
    });
    (async () => {
      for (let offset = 0; offset < send && !answered; offset += 64 * 1024) {
        const slice = body.subarray(offset, Math.min(send, offset + 64 * 1024));
        bodySent += slice.length;
        if (!request.write(slice)) await new Promise((resume) => request.once("drain", resume));
      }
      if (send === body.length && !answered) request.end();
    })().catch(() => undefined);
  });
}

const BOUNDARY = "----odd17-limites";

/** A multipart body: text fields, then a file part of `fileBytes` bytes starting with `head`. */
function multipart(fields: [string, string][], file?: { field: string; name: string; head: Buffer; bytes: number }): Buffer {
  const parts: Buffer[] = fields.map(([name, value]) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    const content = Buffer.alloc(file.bytes, 0x20);
    file.head.copy(content);
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

const MULTIPART = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
const pdf = (bytes: number) => ({ field: "file", name: "Rapport annuel.pdf", head: Buffer.from("%PDF-1.7\n"), bytes });
const uploadPath = () => `/api/uploads/kit-attachments?kit=${encodeURIComponent(kitId)}`;
const attachmentCount = async () => Number((await db.query(`SELECT count(*) FROM "KitAttachment" WHERE "kitId" = $1`, [kitId])).rows[0].count);

describe("limites de taille des requêtes", () => {
  it("une action serveur anonyme reçoit 2 Mo : refusée, quel que soit l'identifiant d'action", async () => {
    const html = await (await fetch(`${stack.baseUrl}/connexion`)).text();
    const fields: [string, string][] = [...actionFormFields(html, "password"), ["email", "personne@example.org"], ["password", "mauvais-mot-de-passe"]];
    // The sign-in action itself: it answers a small form (the typed address comes back)…
    const small = await post("/connexion", multipart(fields), MULTIPART);
    expect(small.status).toBe(200);
    expect(small.body).toContain("personne@example.org");
    // …but never runs with 2 MB of padding.
    const padded = await post("/connexion", multipart([...fields, ["bourrage", "x".repeat(2 * MB)]]), MULTIPART);
    expect(padded.status).toBeGreaterThanOrEqual(400);
    expect(padded.body).not.toContain("personne@example.org");
    // An unknown action id: refused for its size, not looked up after a full read (409).
    const forged = await post(
      "/",
      multipart([
        [`$ACTION_ID_${"ab".repeat(21)}`, ""],
        ["bourrage", "x".repeat(2 * MB)],
      ]),
      MULTIPART,
    );
    expect(forged.status).toBeGreaterThanOrEqual(413);
    expect(forged.status).not.toBe(409);
  });

  it("un membre de l'équipe joint un document de 5 Mo, avec ou sans JavaScript", async () => {
    const before = await attachmentCount();
    const withScript = await post(uploadPath(), multipart([], pdf(5 * MB)), { ...MULTIPART, cookie: staff, accept: "application/json" });
    expect(withScript.status).toBe(200);
    expect(JSON.parse(withScript.body)).toEqual({ status: "success", message: t.added("Rapport annuel.pdf") });

    const plain = await post(uploadPath(), multipart([], pdf(5 * MB)), { ...MULTIPART, cookie: staff, accept: "text/html" });
    expect(plain.status).toBe(303);
    const location = new URL(plain.headers.location!, stack.baseUrl);
    expect(location.pathname).toBe(`/admin/kits/${kitId}`);
    expect(location.searchParams.get("document")).toBe("joint");
    const page = await (await fetch(location, { headers: { cookie: staff } })).text();
    expect(page).toContain("Le document « Rapport annuel.pdf » est joint au brouillon.");

    expect(await attachmentCount()).toBe(before + 2);
    const sizes = (await db.query(`SELECT "sizeBytes" FROM "KitAttachment" WHERE "kitId" = $1 ORDER BY "createdAt" DESC LIMIT 2`, [kitId])).rows;
    expect(sizes.map((row) => Number(row.sizeBytes))).toEqual([5 * MB, 5 * MB]);
  });

  it("5 Mo envoyés à la route des documents sans en avoir le droit : refusés avant que le corps soit lu", async () => {
    const before = await attachmentCount();
    const body = multipart([], pdf(5 * MB));
    const firstSlice = 64 * 1024;
    for (const [who, cookie, status] of [
      ["anonyme", "", 401],
      ["utilisateur", user, 403],
      ["administratrice d'organisation", organisationAdmin, 403],
    ] as const) {
      const answer = await post(uploadPath(), body, { ...MULTIPART, cookie, accept: "application/json" }, { send: firstSlice });
      expect(answer.status, who).toBe(status);
      expect(answer.bodySent, who).toBe(firstSlice);
      expect(answer.headers.connection, who).toBe("close");
    }
    // The team's own cookie, from a page of another site: refused the same way.
    const forged = await post(
      uploadPath(),
      body,
      { ...MULTIPART, cookie: staff, origin: "https://evil.example", accept: "application/json" },
      { send: firstSlice },
    );
    expect(forged.status).toBe(403);
    expect(forged.bodySent).toBe(firstSlice);
    expect(await attachmentCount()).toBe(before);
  });

  it("l'équipe : plus de 20 Mo annoncés sont refusés sans lecture, un corps sans longueur est coupé à 20 Mo", async () => {
    const before = await attachmentCount();
    const declared = await post(uploadPath(), multipart([], pdf(25 * MB)), { ...MULTIPART, cookie: staff, accept: "application/json" }, { send: 64 * 1024 });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).fieldErrors.file).toEqual([t.tooLarge]);

    // Never finished: an answer, or the connection closed under the writer, means the server
    // stopped reading on its own at the cap (one that read on would never answer: the guard).
    const endless = multipart([], pdf(30 * MB));
    const chunked = await post(
      uploadPath(),
      endless,
      { ...MULTIPART, cookie: staff, accept: "application/json" },
      { send: endless.length - 1, declare: false, resetIsAnswer: true },
    );
    expect(chunked.reset ? "reset" : chunked.status).toBeOneOf([413, "reset"]);
    expect(chunked.bodySent).toBeGreaterThan(MAX_UPLOAD_BODY_BYTES);
    expect(chunked.bodySent).toBeLessThan(endless.length);
    expect(await attachmentCount()).toBe(before);
  });

  it("un logo de plus de 1 Mo est refusé avec le message en français, rien n'est enregistré", async () => {
    const profilePath = `/espace/organisations/${organisationId}/profil`;
    const html = await (await fetch(`${stack.baseUrl}${profilePath}`, { headers: { cookie: organisationAdmin } })).text();
    const fields = actionFormFields(html, "contactPhone");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const logoBefore = (await db.query(`SELECT "logoPath" FROM "Actor" WHERE id = $1`, [organisationId])).rows[0].logoPath;

    // Just over 1 Mo: the form still fits the actions' limit, the profile action answers.
    const over = await post(profilePath, multipart(fields, { field: "logo", name: "logo.png", head: png, bytes: MB + 1 }), {
      ...MULTIPART,
      cookie: organisationAdmin,
    });
    expect(over.status).toBe(200);
    expect(over.body).toContain(organisationProfileCopy.messages.logoTooLarge);

    // 1.5 Mo: refused by the limit itself (the form checks it before sending, with JavaScript).
    const big = await post(profilePath, multipart(fields, { field: "logo", name: "logo.png", head: png, bytes: 1.5 * MB }), {
      ...MULTIPART,
      cookie: organisationAdmin,
    });
    expect(big.status).toBeGreaterThanOrEqual(413);
    expect((await db.query(`SELECT "logoPath" FROM "Actor" WHERE id = $1`, [organisationId])).rows[0].logoPath).toBe(logoBefore);
  });

  it("Auth.js : 2 Mo envoyés au formulaire de connexion sont refusés avant d'être lus", async () => {
    const body = Buffer.alloc(2 * MB, 0x61);
    const answer = await post("/api/auth/callback/password", body, { "content-type": "application/x-www-form-urlencoded" }, { send: 64 * 1024 });
    expect(answer.status).toBe(413);
    expect(answer.bodySent).toBe(64 * 1024);
  });
});
