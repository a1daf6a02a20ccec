// Sign-up in a browser, as a person does it since ADR 0016: create the account, open the link
// mailed to the address, sign in. The mail is read from the database (where the mail port queues
// it) — no brand member can see it in Studio, so a journey cannot take it from there either.
import pg from "pg";
import { expect, type Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string };

/** The path (and query) of the newest link matching `pattern` in an e-mail to `to`. */
export async function linkInMailTo(to: string, pattern: RegExp): Promise<string> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const rows = (
      await db.query('SELECT text FROM mail_message WHERE "to" = $1 ORDER BY created_at DESC', [to])
    ).rows;
    for (const { text } of rows as { text: string }[]) {
      const found = pattern.exec(text);
      if (found) return found[0];
    }
  } finally {
    await db.end();
  }
  throw new Error(`No e-mail to ${to} has a link like ${pattern}`);
}

/** After "Create account": open the verification link, then sign in (back to where sign-up started). */
export async function confirmAndSignIn(page: Page, who: Omit<Person, "name">) {
  await expect(page.getByText(`Check your e-mail: we sent a message to ${who.email}.`)).toBeVisible();
  await page.goto(await linkInMailTo(who.email, /\/studio\/verify\/[A-Za-z0-9_-]+(?:\?next=\S+)?/));
  await expect(page.getByText("Thank you: your e-mail address is confirmed.")).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).click();
  await signInHere(page, who);
}

/** On the sign-in page: the e-mail, the password, and the button. */
async function signInHere(page: Page, who: Omit<Person, "name">) {
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** An existing account signed in, on the Studio home page. */
export async function signIn(page: Page, who: Omit<Person, "name">) {
  await page.goto("/studio/sign-in");
  await signInHere(page, who);
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();
}

/** A new organizer, verified and signed in, on the Studio home page. */
export async function signUpVerified(page: Page, who: Person) {
  await page.goto("/studio/sign-up");
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await confirmAndSignIn(page, who);
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();
}
