/**
 * Every catalog field as a column: its id (the one the URL's `cols` and `sort` use), label, group, the plain text a
 * table cell, a CSV export and search show, and the value it sorts by. The table, the column chooser, the URL codec
 * and the exports all read this one list, so a column means the same thing everywhere.
 */
import { cellCount, firstYear, formatMeasure } from "../catalog/accessors";
import type { EntryFacts, Measure } from "../catalog/schema";
import { labelOf, type VocabularyName } from "../catalog/vocabularies";

export const COLUMN_GROUPS = ["identity", "paper", "architecture", "scale", "data", "tasks", "availability"] as const;
export type ColumnGroup = (typeof COLUMN_GROUPS)[number];

export const COLUMN_GROUP_LABELS: Readonly<Record<ColumnGroup, string>> = {
  identity: "Identity",
  paper: "Paper",
  architecture: "Architecture",
  scale: "Scale",
  data: "Data",
  tasks: "Tasks",
  availability: "Availability and provenance",
};

export interface CatalogColumn {
  readonly id: string;
  readonly label: string;
  readonly group: ColumnGroup;
  /** Numbers sort descending on the first click; text ascending. */
  readonly type: "number" | "text";
  /** The value as plain text, "" when unknown. */
  readonly text: (entry: EntryFacts) => string;
  /** What the column sorts by, null when unknown (always last); absent when the column does not sort. */
  readonly sortValue?: (entry: EntryFacts) => string | number | null;
}

const labels = (vocabulary: VocabularyName, ids: readonly string[]) =>
  ids.map((id) => labelOf(vocabulary, id)).join("; ");
const orEmpty = (value: string | number | null) => (value === null ? "" : String(value));
const measureText = (measure: Measure, noun?: string) =>
  measure.state === "unknown" ? "" : formatMeasure(measure, noun);
const knownValue = (measure: Measure) => (measure.state === "known" ? measure.value : null);

function textColumn(
  id: string,
  label: string,
  group: ColumnGroup,
  read: (entry: EntryFacts) => string | null,
  sortable = true,
): CatalogColumn {
  const text = (entry: EntryFacts) => read(entry) ?? "";
  return sortable
    ? { id, label, group, type: "text", text, sortValue: (entry) => read(entry) || null }
    : { id, label, group, type: "text", text };
}

function numberColumn(
  id: string,
  label: string,
  group: ColumnGroup,
  value: (entry: EntryFacts) => number | null,
  text: (entry: EntryFacts) => string = (entry) => orEmpty(value(entry)),
): CatalogColumn {
  return { id, label, group, type: "number", text, sortValue: value };
}

export const CATALOG_COLUMNS: readonly CatalogColumn[] = [
  textColumn("name", "Name", "identity", (entry) => entry.name),
  textColumn("aliases", "Aliases", "identity", (entry) => entry.aliases.join("; "), false),
  textColumn("kind", "Kind", "identity", (entry) => labelOf("kind", entry.kind)),
  textColumn("description", "Description", "identity", (entry) => entry.description, false),
  textColumn("modalities", "Modalities", "data", (entry) => labels("modality", entry.modalities), false),
  numberColumn("year", "Year", "paper", firstYear),
  textColumn("title", "Paper title", "paper", (entry) => entry.paper.title),
  textColumn("author", "First author", "paper", (entry) => entry.paper.firstAuthor),
  textColumn("venue", "Venue", "paper", (entry) => entry.paper.venue),
  numberColumn("preprint-year", "Preprint year", "paper", (entry) => entry.paper.preprintYear),
  numberColumn("published-year", "Published year", "paper", (entry) => entry.paper.publishedYear),
  textColumn("doi", "DOI", "paper", (entry) => entry.paper.doi),
  textColumn("paper", "Paper link", "paper", (entry) => entry.paper.url, false),
  textColumn("preprint", "Preprint link", "paper", (entry) => entry.paper.preprintUrl, false),
  textColumn("family", "Architecture family", "architecture", (entry) =>
    entry.architecture.family ? labelOf("architectureFamily", entry.architecture.family) : null,
  ),
  textColumn("architecture", "Architecture (as stated)", "architecture", (entry) => entry.architecture.stated),
  textColumn("input", "Input representation", "architecture", (entry) =>
    entry.inputRepresentation ? labelOf("inputRepresentation", entry.inputRepresentation) : null,
  ),
  textColumn("losses", "Pretraining losses", "architecture", (entry) =>
    labels(
      "loss",
      entry.losses.map((loss) => loss.id),
    ),
  ),
  numberColumn("cells", "Pretraining cells", "scale", cellCount, (entry) => measureText(entry.pretraining.cells)),
  numberColumn(
    "params",
    "Parameters",
    "scale",
    (entry) => knownValue(entry.parameters),
    (entry) => measureText(entry.parameters, "parameters"),
  ),
  numberColumn(
    "datasets",
    "Pretraining datasets",
    "data",
    (entry) => knownValue(entry.pretraining.datasets),
    (entry) => measureText(entry.pretraining.datasets, "datasets"),
  ),
  textColumn("species", "Species", "data", (entry) => labels("species", entry.pretraining.species), false),
  textColumn(
    "tasks",
    "Tasks",
    "tasks",
    (entry) =>
      labels(
        "task",
        entry.tasks.map((task) => task.id),
      ),
    false,
  ),
  textColumn("weights", "Open weights", "availability", (entry) =>
    entry.openWeights === "unknown" ? null : labelOf("openWeights", entry.openWeights),
  ),
  textColumn("licence", "Licence", "availability", (entry) =>
    entry.licence === "none" ? "No licence" : entry.licence,
  ),
  textColumn(
    "links",
    "Links",
    "availability",
    (entry) => entry.links.map((link) => `${labelOf("linkRole", link.role)}: ${link.url}`).join("; "),
    false,
  ),
  textColumn("sources", "Source lists", "availability", (entry) => entry.listedIn.join("; "), false),
  textColumn(
    "relations",
    "Related entries",
    "availability",
    (entry) => entry.relations.map((relation) => `${labelOf("relation", relation.type)} ${relation.target}`).join("; "),
    false,
  ),
];

export const COLUMN_IDS: readonly string[] = CATALOG_COLUMNS.map((column) => column.id);
export const SORTABLE_COLUMN_IDS: readonly string[] = CATALOG_COLUMNS.filter((column) => column.sortValue).map(
  (column) => column.id,
);

/** The table's first column: it names the row, so it can be neither hidden nor moved. */
export const NAME_COLUMN = "name";

/** What the table shows before anyone picks columns, after the name. */
export const DEFAULT_COLUMNS: readonly string[] = [
  "year",
  "kind",
  "family",
  "cells",
  "params",
  "modalities",
  "tasks",
  "weights",
  "links",
];

const BY_ID = new Map(CATALOG_COLUMNS.map((column) => [column.id, column]));

export function columnById(id: string): CatalogColumn | undefined {
  return BY_ID.get(id);
}

/** The visible columns in order, name first: `columns` null means the default set. */
export function visibleColumns(columns: readonly string[] | null): CatalogColumn[] {
  const ids = [NAME_COLUMN, ...(columns ?? DEFAULT_COLUMNS).filter((id) => id !== NAME_COLUMN)];
  return ids.flatMap((id) => BY_ID.get(id) ?? []);
}
