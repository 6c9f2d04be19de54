/**
 * The bare baseline of the facet-click ratio (issue 19 §5): what the browser alone costs to answer the same click on
 * the real catalog. It fetches the same catalog.json, and a ticked architecture family filters the entries with a
 * plain loop and redraws the matching rows as a plain table with the app's default columns' text, then the count.
 * No React, no column index, no virtualiser: the app's click is held to a multiple of this.
 */
import type { EntryFacts } from "../../../src/domain/catalog/schema";
import { ARCHITECTURE_FAMILIES, labelOf } from "../../../src/domain/catalog/vocabularies";
import { visibleFields, type AnyField } from "../../../src/domain/fields/field-lookup";

const columns = visibleFields(null);
const chosen = new Set<string>();
let entries: readonly EntryFacts[] = [];

// The words the app's cells show (src/features/explore/cell-value.tsx): link roles rather than addresses, and
// "unknown" for an empty value, so both pages lay out the same text.
function cellText(column: AnyField, entry: EntryFacts): string {
  if (column.id === "links")
    return entry.links.length === 0
      ? "none listed"
      : entry.links.map((link) => labelOf("linkRole", link.role)).join(" ");
  return column.text(entry) || "unknown";
}

function draw() {
  const shown: EntryFacts[] = [];
  for (const entry of entries)
    if (chosen.size === 0 || (entry.architecture.family !== null && chosen.has(entry.architecture.family)))
      shown.push(entry);
  const rows = shown.map((entry) => {
    const row = document.createElement("tr");
    for (const column of columns) row.insertCell().textContent = cellText(column, entry);
    return row;
  });
  document.querySelector("tbody")!.replaceChildren(...rows);
  document.querySelector(".count")!.textContent = `${shown.length} of ${entries.length} models`;
}

// One checkbox per family in the catalog, each labelled "<label> <count>" as the app's facet is, so the bench's
// helper finds the same value by the same text.
function drawFacet() {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const family = entry.architecture.family;
    if (family !== null) counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  const labels = ARCHITECTURE_FAMILIES.filter((term) => counts.has(term.id)).map((term) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.addEventListener("change", () => {
      if (box.checked) chosen.add(term.id);
      else chosen.delete(term.id);
      draw();
    });
    label.append(box, `${term.label} ${counts.get(term.id)}`);
    return label;
  });
  document.querySelector("fieldset.facet")!.append(...labels);
}

async function start() {
  const response = await fetch("/data/catalog.json");
  entries = ((await response.json()) as { entries: EntryFacts[] }).entries;
  document.querySelector("thead tr")!.append(
    ...columns.map((column) => {
      const header = document.createElement("th");
      header.textContent = column.label;
      return header;
    }),
  );
  drawFacet();
  draw();
}

void start();
