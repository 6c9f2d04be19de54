/**
 * Every journey fails on a console error or an uncaught page error, unless the test declares the exact message it
 * provokes (a 500 response makes the browser log one, for example). Pages a test opens itself (a second browser
 * for a shared link) are watched the same way through `watchConsole`.
 */
import { test as base, expect, type Page } from "@playwright/test";

interface Fixtures {
  allowConsoleErrors: RegExp[];
}

/** Collects console errors and uncaught exceptions of a page into `errors`. */
export function watchConsole(page: Page, errors: string[], allowed: readonly RegExp[] = []): void {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (!allowed.some((pattern) => pattern.test(text))) errors.push(text);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, allowConsoleErrors }, provide) => {
    const errors: string[] = [];
    watchConsole(page, errors, allowConsoleErrors);
    await provide(page);
    expect(errors, "console errors during the test").toEqual([]);
  },
});

export { expect };
