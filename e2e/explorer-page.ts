/** How a person finds their way around the explorer, by role and name, shared by the journeys. */
import type { Page } from "@playwright/test";

export function modelsTable(page: Page) {
  return page.getByRole("table", { name: /models/i });
}

export function countStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: / of \d+ models$/ });
}

/** Names of the rows on screen, top to bottom (the list is virtualised: rows far below are not rendered). */
export function rowNames(page: Page): Promise<string[]> {
  return modelsTable(page).locator("tbody").getByRole("row").locator("td:first-child").allInnerTexts();
}

export function facet(page: Page, name: string) {
  return page.getByRole("group", { name, exact: true });
}

export function sortButton(page: Page, column: string) {
  return modelsTable(page).getByRole("columnheader", { name: column, exact: true }).getByRole("button");
}

export function columnHeader(page: Page, column: string) {
  return modelsTable(page).getByRole("columnheader", { name: column, exact: true });
}
