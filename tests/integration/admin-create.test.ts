// `npm run admin:create -- <e-mail>`: the first platform admin of a real deployment. Creates or
// promotes the account, never demotes, audits, and e-mails a password link written with APP_URL;
// on DATABASE_URL it needs APP_URL; with the embedded database it uses the one a running
// launcher (`npm start`) owns.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { freePort } from "@/lib/db/embedded";
import { ValidationError } from "@/lib/errors";
import { createPlatformAdmin } from "@/lib/users/platform-admin.mutations";

const APP_URL = "https://odd17.exemple.fr";
const savedAppUrl = process.env.APP_URL;

beforeEach(() => {
  process.env.APP_URL = APP_URL;
});

afterEach(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

afterAll(async () => {
  await db.$disconnect();
});

const email = () => `admin-${randomUUID()}@exemple.fr`;

async function lastMailTo(to: string) {
  return db.mailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
}

async function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entity: "User", entityId }, orderBy: { createdAt: "asc" } });
}

describe("createPlatformAdmin", () => {
  it("creates an ADMIN account without password and e-mails a link on APP_URL", async () => {
    const address = email();
    const result = await createPlatformAdmin(`  ${address.toUpperCase()} `);
    expect(result).toMatchObject({ email: address, outcome: "created", disabled: false, baseUrl: APP_URL });
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user).toMatchObject({ platformRole: "ADMIN", passwordHash: null, isDemo: false });
    const mail = await lastMailTo(address);
    expect(mail.text).toMatch(new RegExp(`${APP_URL}/reinitialiser-mot-de-passe\\?token=[\\w-]{20,}`));
    const audit = await auditOf(user.id);
    expect(audit.map((row) => row.action)).toEqual(["role.granted", "auth.password.reset.requested"]);
    expect(audit[0].summary).toContain("npm run admin:create");
  });

  it("promotes an existing account, keeping its password, and audits the change", async () => {
    const address = email();
    const user = await db.user.create({ data: { email: address, platformRole: "STAFF", passwordHash: "own-hash", emailVerified: new Date() } });
    const result = await createPlatformAdmin(address);
    expect(result.outcome).toBe("promoted");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ platformRole: "ADMIN", passwordHash: "own-hash" });
    expect((await auditOf(user.id))[0].summary).toContain("STAFF → ADMIN");
    expect((await lastMailTo(address)).text).toContain(`${APP_URL}/reinitialiser-mot-de-passe?token=`);
  });

  it("never demotes: an ADMIN stays ADMIN, with no role row in the audit", async () => {
    const address = email();
    const user = await db.user.create({ data: { email: address, platformRole: "ADMIN", passwordHash: "own-hash" } });
    expect((await createPlatformAdmin(address)).outcome).toBe("unchanged");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).platformRole).toBe("ADMIN");
    expect((await auditOf(user.id)).map((row) => row.action)).toEqual(["auth.password.reset.requested"]);
  });

  it("says a disabled account stays disabled", async () => {
    const address = email();
    await db.user.create({ data: { email: address, disabledAt: new Date() } });
    expect(await createPlatformAdmin(address)).toMatchObject({ outcome: "promoted", disabled: true });
  });

  it("refuses what is not an e-mail address, changing nothing", async () => {
    const before = await db.user.count();
    await expect(createPlatformAdmin("pas-une-adresse")).rejects.toBeInstanceOf(ValidationError);
    expect(await db.user.count()).toBe(before);
  });
});

// The npm script itself, as an operator runs it.
const script = JSON.parse(readFileSync("package.json", "utf8")).scripts["admin:create"] as string;
const bin = (name: string) => path.join("node_modules", ".bin", name);

function adminCreate(args: string[], env: NodeJS.ProcessEnv) {
  const [head, ...rest] = script.split(" ");
  return spawnSync(bin(head), [...rest, ...args], { env, encoding: "utf8", timeout: 90_000 });
}

function withoutDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  delete copy.APP_URL;
  return copy;
}

describe("npm run admin:create", () => {
  it("works on DATABASE_URL with APP_URL", () => {
    const address = email();
    const result = adminCreate([address], { ...process.env, DATABASE_URL: inject("databaseUrl"), APP_URL });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${address} : compte créé`);
  });

  it("refuses to run on DATABASE_URL without APP_URL, before writing anything", async () => {
    const address = email();
    const result = adminCreate([address], { ...withoutDatabase(process.env), DATABASE_URL: inject("databaseUrl") });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/APP_URL manquant.*APP_URL is required/);
    expect(await db.user.count({ where: { email: address } })).toBe(0);
  });

  it("uses the embedded database a running launcher owns", async () => {
    const rootDir = mkdtempSync(path.join(tmpdir(), "odd17-admin-create-"));
    const env = { ...withoutDatabase(process.env), ODD17_DATA_DIR: rootDir, EMBEDDED_PG_PORT: String(await freePort()) };
    // Stands for `npm start`: the launcher owns the folder's database while its command runs.
    const server = spawn(bin("tsx"), ["scripts/run-with-db.ts", "--no-seed", "--", "node", "-e", "console.log('serveur prêt'); setInterval(() => {}, 1000)"], {
      env: { ...env, APP_URL: "https://demarre.exemple.fr" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let output = "";
        server.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("serveur prêt")) resolve();
        });
        server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
        server.once("exit", () => reject(new Error(`launcher ended: ${output}`)));
      });
      const address = email();
      const result = adminCreate([address], env);
      expect(result.stderr).not.toMatch(/déjà utilisée/);
      expect(result.status).toBe(0);
      const running = JSON.parse(readFileSync(path.join(rootDir, "running.json"), "utf8")) as { databaseUrl: string };
      const client = new pg.Client({ connectionString: running.databaseUrl });
      await client.connect();
      try {
        const user = await client.query(`SELECT "platformRole" FROM "User" WHERE email = $1`, [address]);
        expect(user.rows[0]?.platformRole).toBe("ADMIN");
        const mail = await client.query<{ text: string }>(`SELECT text FROM "MailMessage" WHERE "to" = $1`, [address]);
        // The address of the running server, recorded by its launcher.
        expect(mail.rows[0]?.text).toContain("https://demarre.exemple.fr/reinitialiser-mot-de-passe?token=");
      } finally {
        await client.end();
      }
    } finally {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGINT");
      await exited;
      rmSync(rootDir, { recursive: true, force: true });
    }
  });
});
