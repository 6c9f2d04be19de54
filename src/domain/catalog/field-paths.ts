/**
 * The sourced fields, apart from the zod schema so that views reading them do not pull zod into the first download.
 */
/** Every field of an entry whose value is sourced. */
export const FIELD_PATHS = [
  "name",
  "kind",
  "description",
  "modalities",
  "paper.title",
  "paper.url",
  "paper.preprintUrl",
  "paper.doi",
  "paper.firstAuthor",
  "paper.venue",
  "paper.preprintYear",
  "paper.publishedYear",
  "links.code",
  "links.weights",
  "openWeights",
  "licence",
  "architecture.stated",
  "architecture.family",
  "pretraining.cells",
  "pretraining.datasets",
  "pretraining.species",
  "parameters",
  "inputRepresentation",
  "losses",
  "tasks",
  "relations",
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number];
