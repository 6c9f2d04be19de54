/**
 * The catalog document: the single definition of its shape. The published JSON Schema
 * (public/data/catalog.schema.json) is generated from these zod schemas, and both the app and the maintainer
 * scripts validate with them.
 */
import { z } from "../zod";
import { FIELD_PATHS } from "./field-paths";
import {
  ARCHITECTURE_FAMILIES,
  ENTRY_KINDS,
  idsOf,
  EXPRESSION_INPUTS,
  GENE_IDENTIFIERS,
  INPUT_REPRESENTATIONS,
  LICENCE_CLASSES,
  LINK_HOSTS,
  LINK_ROLES,
  LOSSES,
  MODALITIES,
  OPEN_WEIGHTS,
  RELATION_TYPES,
  SPECIES,
  TASKS,
  VALUE_STATUSES,
  ZERO_SHOT_USES,
} from "./vocabularies";

/** Version 2 (2026.12.04) separates code and weights licences and adds variants, input requirements, practical
 * facts and the date each claim's source was read. A version 1 document still loads, through `migrateV1`. */
export const SCHEMA_VERSION = 2;

/** Only web links: a `javascript:` or `data:` address in the data must never become a link in the app. */
export const HttpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, "must be an http(s) URL")
  .describe("An absolute http(s) URL");

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as 'scgpt' or 'cell-2-sentence'");

const Year = z.int().min(1990, "must be a year after 1990").max(2100, "must be a year before 2100");

export const NonEmpty = z.string().trim().min(1, "must not be empty");

const IsoDate = z.iso.date();

/** A catalog version: the date of the release, with a counter when one day has several ("2026.11.21.1"). */
export const CatalogVersion = z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, "must look like 2026.11.21");

/** How exactly a reported number is known: "536k+" is at least 536,000; "~30 million" is approximate. */
export const Bound = z.enum(["exact", "at-least", "at-most", "approximate"]);

const CountPart = z.object({
  value: z.number().nonnegative(),
  text: NonEmpty,
  label: NonEmpty.optional(),
});

/**
 * A reported quantity (pretraining cells, datasets, parameters). The states keep apart what views must never
 * confuse: a number, a number we do not know, a quantity that makes no sense for this entry (a toolkit has no
 * pretraining cells), and a figure the sources report that counts something else (DNA sequences, genes), which
 * is kept as reported but never plotted or sorted as the quantity itself.
 */
export const Measure = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("known"),
    value: z.number().nonnegative().finite(),
    bound: Bound,
    text: NonEmpty.describe("The text the number was read from"),
    parts: z.array(CountPart).min(2).optional().describe("Summands of a combined figure"),
    range: z
      .object({ min: z.number().nonnegative().finite(), max: z.number().nonnegative().finite() })
      .optional()
      .describe("Set when the entry's variants differ: the smallest and largest variant's figure"),
    variant: NonEmpty.optional().describe("The variant this figure belongs to, when it is one variant's"),
  }),
  z.object({
    state: z.literal("unknown"),
    text: z.string().optional().describe("What the sources said, e.g. '-'"),
  }),
  z.object({
    state: z.literal("not-applicable"),
    reason: NonEmpty,
  }),
  z.object({
    state: z.literal("other-unit"),
    value: z.number().nonnegative().finite(),
    text: NonEmpty,
    unit: NonEmpty.describe("What the reported figure counts instead, e.g. 'genes'"),
  }),
]);

export const ClaimValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const Claim = z.object({
  source: NonEmpty.describe("A source id from the document's sources, or the http(s) URL that states the value"),
  value: ClaimValue.describe("The value as that source gives it"),
  status: z.enum(idsOf(VALUE_STATUSES)),
  chosen: z.boolean().describe("True for the claim the entry's value comes from"),
  reason: NonEmpty.optional().describe("Why this claim was chosen over disagreeing ones"),
  note: NonEmpty.optional(),
  read: IsoDate.describe("The date the source was read"),
  locator: NonEmpty.optional().describe("Where in the source: 'Table 2', 'README, Installation', 'LICENSE'"),
});

export { FIELD_PATHS, type FieldPath } from "./field-paths";

const Mapped = <T extends z.ZodType>(id: T) =>
  z.object({ id, text: NonEmpty.describe("The source's wording this value was mapped from") });

export const Link = z.object({
  role: z.enum(idsOf(LINK_ROLES)),
  host: z.enum(idsOf(LINK_HOSTS)),
  url: HttpUrl,
});

export const Paper = z.object({
  title: NonEmpty.nullable(),
  url: HttpUrl.nullable().describe("The peer-reviewed version where one exists, else the preprint"),
  preprintUrl: HttpUrl.nullable(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, "must be a DOI such as 10.1038/s41592-024-02201-0")
    .nullable(),
  firstAuthor: NonEmpty.nullable(),
  venue: NonEmpty.nullable(),
  preprintYear: Year.nullable(),
  publishedYear: Year.nullable().describe("Year of the peer-reviewed version; null while only a preprint exists"),
  otherTitles: z
    .array(NonEmpty)
    .optional()
    .describe(
      "Titles other sources gave the paper (a preprint's, one before publication); each is a paper.title claim",
    ),
});

export const Licence = z.object({
  id: NonEmpty.nullable().describe("SPDX id, or the licence's own name; 'none' when none is stated; null: unknown"),
  class: z.enum(idsOf(LICENCE_CLASSES)).describe("Derived from the id by licenceClass"),
});

const Count = z.number().nonnegative().finite();

/** A released checkpoint of a model, with its own source. null: the source does not say. */
export const Variant = z.object({
  name: NonEmpty,
  parameters: Count.nullable(),
  cells: Count.nullable(),
  species: z.array(z.enum(idsOf(SPECIES))),
  inputGenes: Count.nullable(),
  embeddingDim: Count.nullable(),
  weightsUrl: HttpUrl.nullable(),
  weightsLicence: NonEmpty.nullable(),
  released: z
    .string()
    .regex(/^\d{4}(?:-\d{2})?$/, "must be a year or a year and month such as 2024-12")
    .nullable(),
  source: z.object({
    url: HttpUrl,
    locator: NonEmpty.optional(),
    status: z.enum(idsOf(VALUE_STATUSES)),
    read: IsoDate,
  }),
});

export const InputRequirements = z.object({
  geneIdentifiers: z.enum(idsOf(GENE_IDENTIFIERS)).nullable(),
  vocabulary: z.object({ size: Count.nullable(), release: NonEmpty.nullable() }).nullable(),
  species: z.array(z.enum(idsOf(SPECIES))),
  newSpecies: NonEmpty.nullable().describe("How an unseen species is handled, in the source's terms"),
  genes: Measure.describe("Input genes or context length"),
  expression: z.enum(idsOf(EXPRESSION_INPUTS)).nullable(),
});

export const Entry = z.object({
  id: Slug,
  name: NonEmpty,
  aliases: z.array(NonEmpty),
  kind: z.enum(idsOf(ENTRY_KINDS)),
  description: NonEmpty,
  modalities: z.array(z.enum(idsOf(MODALITIES))),
  paper: Paper,
  links: z.array(Link),
  openWeights: z.enum(idsOf(OPEN_WEIGHTS)),
  licences: z.object({ code: Licence, weights: Licence }),
  architecture: z.object({
    stated: NonEmpty.nullable(),
    family: z.enum(idsOf(ARCHITECTURE_FAMILIES)).nullable(),
  }),
  pretraining: z.object({
    cells: Measure,
    datasets: Measure,
    species: z.array(z.enum(idsOf(SPECIES))),
  }),
  parameters: Measure,
  pretrained: z.boolean().nullable().describe("False for a model trained per dataset without pretraining"),
  trainingCells: Measure.describe("Training-set cells of a model that is not pretrained"),
  input: InputRequirements,
  embeddingDim: Measure,
  hardware: z.object({
    gpuMemoryGb: z.number().positive().finite().nullable(),
    cpuOk: z.boolean().nullable(),
    text: NonEmpty.nullable(),
  }),
  access: z.object({ pip: NonEmpty.nullable(), huggingFace: NonEmpty.nullable(), container: NonEmpty.nullable() }),
  zeroShot: z.array(z.enum(idsOf(ZERO_SHOT_USES))),
  variants: z.array(Variant),
  estimated: z.array(z.enum(FIELD_PATHS)).describe("Fields whose chosen claim has the status 'estimated'"),
  inputRepresentation: z.enum(idsOf(INPUT_REPRESENTATIONS)).nullable(),
  losses: z.array(Mapped(z.enum(idsOf(LOSSES)))),
  tasks: z.array(Mapped(z.enum(idsOf(TASKS)))),
  listedIn: z
    .array(NonEmpty)
    .describe("Ids of the sources that name this entry: the source lists, or the curators' additions"),
  relations: z.array(z.object({ type: z.enum(idsOf(RELATION_TYPES)), target: Slug })),
  provenance: z.partialRecord(z.enum(FIELD_PATHS), z.array(Claim).min(1)),
});

export const Source = z.object({
  id: Slug,
  title: NonEmpty,
  type: z.enum(["list", "curation", "import"]),
  url: HttpUrl.optional(),
  note: NonEmpty.optional(),
});

const VocabularyTerm = z.object({ id: NonEmpty, label: NonEmpty });

/** The document without its entries checked: what must hold for anything to load at all. */
export const CatalogEnvelope = z.object({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `this app reads catalog schema version ${SCHEMA_VERSION}`,
  }),
  version: CatalogVersion,
  updated: z.iso.date(),
  sources: z.array(Source).min(1),
  vocabularies: z.record(z.string(), z.array(VocabularyTerm)),
  entries: z.array(z.unknown()),
});

export const CatalogDocument = CatalogEnvelope.extend({ entries: z.array(Entry) });

export type Measure = z.infer<typeof Measure>;
export type Claim = z.infer<typeof Claim>;
export type Licence = z.infer<typeof Licence>;
export type Variant = z.infer<typeof Variant>;
export type InputRequirements = z.infer<typeof InputRequirements>;
export type CatalogEntry = z.infer<typeof Entry>;
export type CatalogSource = z.infer<typeof Source>;
export type CatalogDocument = z.infer<typeof CatalogDocument>;
/** The claims behind an entry's values, field by field. */
export type Provenance = CatalogEntry["provenance"];
/**
 * An entry without its provenance: what the page holds of every entry. The claims are about 60% of an entry's
 * JSON; at 100,000 entries they would triple the page's heap (and its garbage-collection pauses), so they stay with
 * the loader and come on demand (a model's page, an export).
 */
export type EntryFacts = Omit<CatalogEntry, "provenance">;
export type CatalogFacts = Omit<CatalogDocument, "entries"> & { entries: EntryFacts[] };
export type Link = z.infer<typeof Link>;
