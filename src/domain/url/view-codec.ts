/**
 * The view state <-> URL query string, with readable names (`?arch=decoder-transformer,performer&year=2022-2024
 * &q=gpt&sort=-cells`) and defaults left out. The URL is untrusted input: decoding never throws; an unknown key, a
 * malformed value or a value outside a vocabulary is dropped with a notice saying what and why.
 */
import { capNotices } from "../notices/cap-notices";
import {
  COLOUR_BY,
  DEFAULT_CHART_OPTIONS,
  MATRIX_ROWS,
  STACK_BY,
  Y_SCALES,
  type ChartOptions,
} from "../charts/chart-options";
import { VOCABULARIES } from "../catalog/vocabularies";
import { facetOf, filterOfParam, isFieldId, rangeOf } from "../fields/field-lookup";
import { NAME_FIELD, type FieldId } from "../fields/fields";
import {
  FACET_IDS,
  RANGE_IDS,
  SORT_KEYS,
  type FacetId,
  type FacetSelection,
  type QueryState,
  type Range,
  type RangeId,
  type SortSpec,
} from "../query/view-state";

export const VIEWS = ["table", "charts", "compare"] as const;
export type ViewName = (typeof VIEWS)[number];

export interface ViewState extends QueryState {
  readonly view: ViewName;
  /** The Charts view's choices. */
  readonly chart: ChartOptions;
  /** Visible columns in order; null is the default set. */
  readonly columns: readonly FieldId[] | null;
  /** Selected entry ids, in the order they were picked (and the comparison's column order). */
  readonly selection: readonly string[];
  /** The comparison shows only the rows where the models differ. */
  readonly onlyDifferences: boolean;
  /** The catalog version a shared link was made with (set by "Copy link"), so a newer catalog can explain changes. */
  readonly catalogVersion: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  search: "",
  facets: {},
  ranges: {},
  sort: [],
  view: "table",
  chart: DEFAULT_CHART_OPTIONS,
  columns: null,
  selection: [],
  onlyDifferences: false,
  catalogVersion: null,
};

export interface DecodedView {
  readonly state: ViewState;
  /** One sentence per dropped parameter or value. */
  readonly notices: string[];
}

const CHART_PARAMS: readonly (readonly [keyof ChartOptions, string])[] = [
  ["colour", "colour"],
  ["yScale", "yscale"],
  ["stack", "stack"],
  ["matrix", "matrix"],
];
const CHART_CHOICES: Record<keyof ChartOptions, readonly string[]> = {
  colour: COLOUR_BY,
  yScale: Y_SCALES,
  stack: STACK_BY,
  matrix: MATRIX_ROWS,
};
const chartParam = new Map(CHART_PARAMS.map(([option, param]) => [param, option]));
const UNKNOWN_TOKEN = "unknown";
const EXCLUDE_UNKNOWN_TOKEN = "-unknown";
const MAX_PARAM_LENGTH = 2000;
const MAX_LIST_LENGTH = 100;
const ID = /^[a-z0-9][a-z0-9.-]*$/;
const CATALOG_VERSION = /^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/;

// Values may hold commas (a venue's name), so a comma inside a value is escaped with a backslash.
function joinList(values: readonly string[]): string {
  return values.map((value) => value.replace(/\\/g, "\\\\").replace(/,/g, "\\,")).join(",");
}

function splitList(text: string): string[] {
  const values: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === "\\" && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (char === ",") {
      values.push(current);
      current = "";
    } else current += char;
  }
  values.push(current);
  return values;
}

function formatNumber(value: number | null): string {
  return value === null ? "" : String(value);
}

export function encodeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== "table") params.set("view", state.view);
  if (state.search !== "") params.set("q", state.search);
  for (const facet of FACET_IDS) {
    const selection = state.facets[facet];
    if (!selection) continue;
    const tokens = [...selection.values];
    if (selection.unknown === "include") tokens.push(UNKNOWN_TOKEN);
    if (selection.unknown === "exclude") tokens.push(EXCLUDE_UNKNOWN_TOKEN);
    if (tokens.length > 0) params.set(facetOf(facet).param, joinList(tokens));
  }
  for (const range of RANGE_IDS) {
    const value = state.ranges[range];
    if (value && (value.min !== null || value.max !== null)) {
      params.set(rangeOf(range).param, `${formatNumber(value.min)}-${formatNumber(value.max)}`);
    }
  }
  for (const [key, param] of CHART_PARAMS) {
    if (state.chart[key] !== DEFAULT_CHART_OPTIONS[key]) params.set(param, state.chart[key]);
  }
  if (state.sort.length > 0) params.set("sort", state.sort.map((s) => `${s.desc ? "-" : ""}${s.key}`).join(","));
  if (state.columns !== null) params.set("cols", state.columns.join(","));
  if (state.selection.length > 0) params.set("sel", state.selection.join(","));
  if (state.onlyDifferences) params.set("diff", "only");
  if (state.catalogVersion !== null) params.set("v", state.catalogVersion);
  return params.toString();
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function decodeFacet(facet: FacetId, raw: string, notices: string[]): FacetSelection | null {
  const { param: name, vocabulary } = facetOf(facet);
  // "unknown" is never a facet value (an unknown open-weights status is the absence of one), so it stays a token.
  const allowed = vocabulary
    ? new Set(VOCABULARIES[vocabulary].map((term) => term.id as string).filter((id) => id !== UNKNOWN_TOKEN))
    : null;
  const values: string[] = [];
  let unknown: FacetSelection["unknown"];
  for (const token of splitList(raw).slice(0, MAX_LIST_LENGTH)) {
    if (token === UNKNOWN_TOKEN) unknown = "include";
    else if (token === EXCLUDE_UNKNOWN_TOKEN) unknown = "exclude";
    else if (token === "" || (allowed && !allowed.has(token)))
      notices.push(`Ignored "${token}" in ${name}: not a known value.`);
    else if (!values.includes(token)) values.push(token);
  }
  if (values.length === 0 && unknown === undefined) return null;
  return unknown === undefined ? { values } : { values, unknown };
}

function decodeRange(range: RangeId, raw: string, notices: string[]): Range | null {
  const name = rangeOf(range).param;
  const match = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(raw);
  const min = match?.[1] !== undefined ? Number(match[1]) : null;
  const max = match?.[2] !== undefined ? Number(match[2]) : null;
  if (!match || (min === null && max === null) || (min !== null && max !== null && min > max)) {
    notices.push(`Ignored ${name}="${raw}": a range is written min-max, e.g. 2022-2024.`);
    return null;
  }
  return { min, max };
}

function decodeSort(raw: string, notices: string[]): SortSpec[] {
  const specs: SortSpec[] = [];
  for (const token of raw.split(",").slice(0, SORT_KEYS.length)) {
    const key = legacyColumn(token.replace(/^-/, ""));
    if (!isFieldId(key) || !SORT_KEYS.includes(key))
      notices.push(`Ignored sort "${token.slice(0, 40)}": not a sortable column.`);
    else if (!specs.some((spec) => spec.key === key)) specs.push({ key, desc: token.startsWith("-") });
  }
  return specs;
}

function decodeIds(name: string, raw: string, notices: string[]): string[] {
  if (raw === "") return [];
  const ids = raw.split(",").slice(0, MAX_LIST_LENGTH);
  const valid = ids.filter((id) => ID.test(id));
  if (valid.length < ids.length) notices.push(`Ignored malformed ids in ${name}.`);
  return [...new Set(valid)];
}

// The name column is always first and always shown, so it is not a choice a link can carry.
function decodeColumns(raw: string, notices: string[]): FieldId[] {
  const columns: FieldId[] = [];
  for (const token of decodeIds("cols", raw, notices)) {
    const id = legacyColumn(token);
    if (!isFieldId(id)) notices.push(`Ignored column "${token}": the catalog has no such field.`);
    else if (id !== NAME_FIELD && !columns.includes(id)) columns.push(id);
  }
  return columns;
}

// Columns renamed when fields took their facet's name (catalog 2026.12): links made before keep working.
const LEGACY_COLUMNS: Readonly<Record<string, FieldId>> = {
  modalities: "modality",
  tasks: "task",
  losses: "loss",
  sources: "source",
};
function legacyColumn(id: string): string {
  return LEGACY_COLUMNS[id] ?? id;
}

/** Decodes a query string (with or without "?"). Never throws. */
export function decodeView(search: string): DecodedView {
  const notices: string[] = [];
  const state: Mutable<ViewState> = { ...DEFAULT_VIEW, facets: {}, ranges: {} };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ["Ignored the link's parameters: they could not be read."] };
  }
  const times = new Map<string, number>();
  for (const [key, raw] of params) {
    times.set(key, (times.get(key) ?? 0) + 1);
    if (raw.length > MAX_PARAM_LENGTH) {
      notices.push(`Ignored ${key.slice(0, 40)}: its value is longer than ${MAX_PARAM_LENGTH} characters.`);
      continue;
    }
    const filter = filterOfParam(key);
    if (filter && "facet" in filter) {
      const selection = decodeFacet(filter.facet, raw, notices);
      if (selection) state.facets = { ...state.facets, [filter.facet]: selection };
    } else if (filter) {
      const range = decodeRange(filter.range, raw, notices);
      if (range) state.ranges = { ...state.ranges, [filter.range]: range };
    } else if (key === "q") state.search = raw;
    else if (key === "sort") state.sort = decodeSort(raw, notices);
    else if (key === "view") {
      if ((VIEWS as readonly string[]).includes(raw)) state.view = raw as ViewName;
      else notices.push(`Ignored view="${raw.slice(0, 40)}": the views are ${VIEWS.join(", ")}.`);
    } else if (chartParam.has(key)) {
      const option = chartParam.get(key)!;
      const allowed: readonly string[] = CHART_CHOICES[option];
      if (allowed.includes(raw)) state.chart = { ...state.chart, [option]: raw };
      else notices.push(`Ignored ${key}="${raw.slice(0, 40)}": it is one of ${allowed.join(", ")}.`);
    } else if (key === "cols") state.columns = decodeColumns(raw, notices);
    else if (key === "sel") state.selection = decodeIds("sel", raw, notices);
    else if (key === "v") {
      if (CATALOG_VERSION.test(raw)) state.catalogVersion = raw;
      else notices.push(`Ignored v="${raw.slice(0, 40)}": a catalog version looks like 2026.11.21.`);
    } else if (key === "diff") {
      if (raw === "only") state.onlyDifferences = true;
      else notices.push(`Ignored diff="${raw.slice(0, 40)}": the only value is "only".`);
    } else notices.push(`Ignored the unknown parameter "${key.slice(0, 40)}".`);
  }
  // A repeat changes what the page shows, so it is said first, before a cap can hide it.
  const repeats = [...times]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => `The parameter "${key.slice(0, 40)}" was given ${count} times; only the last one is used.`);
  return { state, notices: capNotices([...repeats, ...notices]) };
}
