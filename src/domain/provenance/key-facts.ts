/**
 * A model page's key facts (issue 22 §4), what a reader scans first: kind, year, parameters, cells, species, gene
 * identifiers, the code and weights licences with their class, and how to get it. Each value reads as the field
 * registry writes it (an estimate as "~53M (estimated)", unknown as ""), and carries the sourced paths whose
 * sources disagree, so the panel can flag the disagreement and link to that field's row of the provenance table.
 */
import { disagreeingClaims } from "../catalog/claims";
import type { FieldPath } from "../catalog/field-paths";
import { sourceListTitles, type Names } from "../catalog/names";
import type { CatalogEntry, EntryFacts } from "../catalog/schema";
import { licenceValue } from "./fact-rows";
import { estimatedText, isEstimated } from "../fields/field-def";
import { fieldById } from "../fields/field-lookup";
import type { FieldId } from "../fields/fields";
import { FIELD_LABELS } from "./provenance";

export interface Disagreement {
  readonly path: FieldPath;
  readonly label: string;
  /** The row of "Every value and where it comes from" that lists the claims. */
  readonly anchor: string;
}

export interface KeyFact {
  readonly id: string;
  readonly label: string;
  /** The value in words, "" when unknown. */
  readonly value: string;
  readonly estimated: boolean;
  /** A link for the value, where it is one (only http(s)). */
  readonly url: string | null;
  readonly disagreements: readonly Disagreement[];
}

export interface KeyFacts {
  /** What the model is: kind, year, scale, species, gene identifiers, licences. */
  readonly facts: readonly KeyFact[];
  /** How to get it: pip, Hugging Face, container, weights and code links; empty when no source says. */
  readonly access: readonly KeyFact[];
  /** The source lists that name it, by their titles. */
  readonly listedIn: readonly string[];
  /** Every field of the entry whose sources disagree, key or not (empty until the provenance is known). */
  readonly disagreements: readonly Disagreement[];
  /** Those not flagged beside a key fact: the panel lists them apart. */
  readonly elsewhere: readonly Disagreement[];
}

const disagreement = (path: FieldPath): Disagreement => ({
  path,
  label: FIELD_LABELS[path],
  anchor: `source-${path}`,
});

/** The sourced paths of an entry whose claims disagree, in schema order. */
export function disagreeingPaths(entry: Pick<CatalogEntry, "provenance">): FieldPath[] {
  return (Object.keys(entry.provenance) as FieldPath[]).filter((path) => {
    const claims = entry.provenance[path];
    return claims !== undefined && disagreeingClaims(path, claims).length > 0;
  });
}

interface FactSpec {
  readonly field: FieldId;
  /** The sourced paths behind the value, whose disagreement is flagged. */
  readonly paths: readonly FieldPath[];
  readonly label?: string;
}

const FACTS: readonly FactSpec[] = [
  { field: "kind", paths: ["kind"] },
  { field: "year", paths: ["paper.preprintYear", "paper.publishedYear"] },
  { field: "params", paths: ["parameters"] },
  { field: "cells", paths: ["pretraining.cells"] },
  { field: "species", paths: ["pretraining.species"], label: "Pretraining species" },
  { field: "gene-ids", paths: ["input.geneIdentifiers"] },
];

function licenceFact(
  entry: EntryFacts,
  path: "licences.code" | "licences.weights",
  flagged: (path: FieldPath) => Disagreement[],
): KeyFact {
  return {
    id: path,
    label: FIELD_LABELS[path],
    value: licenceValue(entry, path),
    estimated: isEstimated(entry, path),
    url: null,
    disagreements: flagged(path),
  };
}

const PYPI_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HF_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

function accessFacts(entry: EntryFacts, flagged: (path: FieldPath) => Disagreement[]): KeyFact[] {
  const fact = (id: string, label: string, path: FieldPath, value: string, url: string | null): KeyFact => ({
    id,
    label,
    value: estimatedText(value, entry, path),
    estimated: isEstimated(entry, path),
    url,
    disagreements: flagged(path),
  });
  const { pip, huggingFace, container } = entry.access;
  const links = (role: "code" | "weights", label: string, path: FieldPath) =>
    entry.links
      .filter((link) => link.role === role)
      .map((link) => fact(`${path}:${link.url}`, label, path, link.url, link.url));
  return [
    ...(pip
      ? [
          fact(
            "access.pip",
            "pip",
            "access.pip",
            `pip install ${pip}`,
            PYPI_NAME.test(pip) ? `https://pypi.org/project/${pip}/` : null,
          ),
        ]
      : []),
    ...(huggingFace
      ? [
          fact(
            "access.huggingFace",
            "Hugging Face",
            "access.huggingFace",
            huggingFace,
            HF_ID.test(huggingFace) ? `https://huggingface.co/${huggingFace}` : null,
          ),
        ]
      : []),
    ...(container ? [fact("access.container", "Container", "access.container", container, null)] : []),
    ...links("weights", "Weights", "links.weights"),
    ...links("code", "Code", "links.code"),
  ];
}

/**
 * The key facts of an entry. `disagreeing` lists the paths whose sources disagree (see disagreeingPaths); a page
 * that has not loaded the entry's provenance yet passes none, and the flags appear once it has.
 */
export function keyFacts(entry: EntryFacts, names: Names, disagreeing: readonly FieldPath[] = []): KeyFacts {
  const flagged = (path: FieldPath) => (disagreeing.includes(path) ? [disagreement(path)] : []);
  const facts: KeyFact[] = FACTS.map(({ field: id, paths, label }) => {
    const field = fieldById(id);
    return {
      id,
      label: label ?? field.label,
      value: field.text(entry, names),
      estimated: paths.some((path) => isEstimated(entry, path)),
      url: null,
      disagreements: paths.flatMap(flagged),
    };
  });
  const all = [...facts, licenceFact(entry, "licences.code", flagged), licenceFact(entry, "licences.weights", flagged)];
  const access = accessFacts(entry, flagged);
  const flaggedBeside = new Set([...all, ...access].flatMap((fact) => fact.disagreements.map((d) => d.path)));
  return {
    facts: all,
    access,
    listedIn: sourceListTitles(entry, names),
    disagreements: disagreeing.map(disagreement),
    elsewhere: disagreeing.filter((path) => !flaggedBeside.has(path)).map(disagreement),
  };
}
