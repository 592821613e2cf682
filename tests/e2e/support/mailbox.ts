// The dev mailbox, read as the demo platform admin in a browser context of its own. On the
// production build the specs run, /dev/mailbox (DEV_MAILBOX=true) only opens to a signed-in
// platform ADMIN (issue #18), while the page a test drives keeps its own visitor: anonymous,
// or another account whose session must not change.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, expect, type Browser, type BrowserContext, type LaunchOptions, type Locator, type Page } from "@playwright/test";
import { submitSignIn } from "./auth";

export const MAILBOX_READER = { email: "admin@demo.odd17.fr", password: "demo-odd17-partenariats" } as const;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

// The admin's cookies, signed in once per run: kept in the run's data folder for the other
// worker, and in memory for this one.
let session: Promise<StorageState> | null = null;

const baseURL = () => `http://localhost:${process.env.E2E_PORT ?? 3210}`;
const sessionFile = () => (process.env.E2E_DATA_DIR ? path.join(process.env.E2E_DATA_DIR, "mailbox-reader.json") : null);

async function signInAsReader(browser: Browser): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: "fr-FR" });
  try {
    const page = await context.newPage();
    // Straight to the mailbox once signed in: one page fewer than the workspace.
    await page.goto(`/connexion?callbackUrl=${encodeURIComponent("/dev/mailbox")}`);
    await submitSignIn(page, MAILBOX_READER.email, { password: MAILBOX_READER.password });
    await expect(page.getByRole("heading", { level: 1, name: "Boîte aux lettres de développement" })).toBeVisible();
    const state = await context.storageState();
    const file = sessionFile();
    if (file) {
      // Written whole, then renamed: the other worker never reads half a file.
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(state));
      renameSync(`${file}.${process.pid}`, file);
    }
    return state;
  } finally {
    await context.close();
  }
}

/**
 * Signs the reader in before the specs start (from the global setup, once the web server is up),
 * so that no spec spends its own time on it. Best effort: a failure here is retried by the first
 * read, where it fails the spec that needs the mailbox, with its trace.
 */
export async function prepareMailboxReader(launchOptions: LaunchOptions | undefined): Promise<void> {
  const browser = await chromium.launch(launchOptions);
  try {
    await signInAsReader(browser);
  } catch (error) {
    console.warn("Boîte aux lettres : connexion préalable de l'administrateur impossible, elle sera retentée par les specs.", error);
  } finally {
    await browser.close();
  }
}

function readerSession(browser: Browser): Promise<StorageState> {
  if (!session) {
    const file = sessionFile();
    session = file && existsSync(file) ? Promise.resolve(JSON.parse(readFileSync(file, "utf8")) as StorageState) : signInAsReader(browser);
    session.catch(() => {
      session = null;
    });
  }
  return session;
}

function forgetSession() {
  session = null;
  const file = sessionFile();
  if (file) rmSync(file, { force: true });
}

// One reader page per worker, kept open: a context per read would fetch the site's assets anew
// each time. JavaScript is off in it: the mailbox is rendered on the server, and reading it needs
// no more than its HTML.
let reader: { browser: Browser; page: Promise<Page> } | null = null;

async function openReader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: "fr-FR", javaScriptEnabled: false, storageState: await readerSession(browser) });
  return context.newPage();
}

async function readerPage(browser: Browser): Promise<Page> {
  if (!reader || reader.browser !== browser) reader = { browser, page: openReader(browser) };
  const page = await reader.page.catch(async (error: unknown) => {
    await forgetReader();
    throw error;
  });
  if (!page.isClosed()) return page;
  await forgetReader();
  return readerPage(browser);
}

async function forgetReader(): Promise<void> {
  const page = reader?.page;
  reader = null;
  await page?.then((opened) => opened.context().close()).catch(() => {});
}

/**
 * Opens the mailbox (filtered on `to` when given) as the platform admin, beside `page`, and runs
 * `read` on it. A stored session that no longer opens it (ended by another spec) is renewed once.
 */
export async function readMailbox<T>(page: Page, to: string | undefined, read: (mailbox: Page) => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) throw new Error("readMailbox needs a page of a launched browser.");
  const path = to ? `/dev/mailbox?to=${encodeURIComponent(to)}` : "/dev/mailbox";
  for (let attempt = 1; ; attempt += 1) {
    const mailbox = await readerPage(browser);
    const response = await mailbox.goto(path);
    if (response?.status() === 404 && attempt === 1) {
      forgetSession();
      await forgetReader();
      continue;
    }
    expect(response?.status(), "la boîte aux lettres, lue par l'administrateur").toBe(200);
    return read(mailbox);
  }
}

/** The e-mails to `to` whose subject (their heading) matches, newest first. */
export function mailsWithSubject(mailbox: Page, subject: RegExp | string): Locator {
  return mailbox.getByRole("article").filter({ has: mailbox.getByRole("heading", { name: subject }) });
}

/** The first link of the newest e-mail to `to` whose subject matches, as a path with its query. */
export async function latestMailLink(page: Page, to: string, subject: RegExp): Promise<string> {
  return readMailbox(page, to, async (mailbox) => {
    const message = mailsWithSubject(mailbox, subject).first();
    await expect(message).toBeVisible();
    const href = await message.getByRole("link").first().getAttribute("href");
    expect(href).toBeTruthy();
    const url = new URL(href!);
    return `${url.pathname}${url.search}`;
  });
}

/**
 * Waits for an e-mail to `to` containing `text` (one sent after the response, by next/server's
 * `after`, may take a moment), reloading the mailbox until it is there, then runs `check` on all
 * the e-mails to `to` that contain it.
 */
export async function expectMail(page: Page, to: string, text: string | RegExp, check?: (mails: Locator) => Promise<void>): Promise<void> {
  await readMailbox(page, to, async (mailbox) => {
    const mails = mailbox.getByRole("article").filter({ hasText: text });
    await expect(async () => {
      await mailbox.reload();
      await expect(mails.first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await check?.(mails);
  });
}
