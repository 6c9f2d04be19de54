/**
 * Every journey fails on a console error or an uncaught page error, unless the test declares the exact message it
 * provokes (a 500 response makes the browser log one, for example).
 */
import { test as base, expect } from "@playwright/test";

interface Fixtures {
  allowConsoleErrors: RegExp[];
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, allowConsoleErrors }, provide) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!allowConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    await provide(page);
    expect(errors, "console errors during the test").toEqual([]);
  },
});

export { expect };
