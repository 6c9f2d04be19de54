/**
 * The Fit view's answers in the link: /fit?species=mouse&ids=symbol&genes=300&gpu=24&commercial=yes&task=embedding.
 * Decoding never throws; a value the view cannot use is dropped with a notice, as the explorer does.
 */
import { capNotices } from "../notices/cap-notices";
import {
  EMPTY_FIT_QUERY,
  FIT_GENE_IDS,
  FIT_GPUS,
  FIT_TASKS,
  type FitGeneIds,
  type FitGpu,
  type FitQuery,
  type FitTask,
} from "./fit-query";

export interface FitVocabulary {
  readonly species: readonly string[];
  readonly modalities: readonly string[];
  readonly models: readonly string[];
}

export interface DecodedFit {
  readonly query: FitQuery;
  readonly notices: string[];
}

const MAX_GENES = 1_000_000;
const MAX_VALUE = 200;

const shown = (raw: string) => raw.slice(0, 40);

function oneOf<T extends string>(allowed: readonly T[], raw: string): T | null {
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function decodeFit(search: string, vocabulary: FitVocabulary): DecodedFit {
  const notices: string[] = [];
  const query: { -readonly [K in keyof FitQuery]: FitQuery[K] } = { ...EMPTY_FIT_QUERY };
  const times = new Map<string, number>();
  for (const [key, raw] of new URLSearchParams(search)) {
    times.set(key, (times.get(key) ?? 0) + 1);
    if (raw.length > MAX_VALUE) {
      notices.push(`Ignored ${shown(key)}: its value is longer than ${MAX_VALUE} characters.`);
      continue;
    }
    const refuse = (why: string) => notices.push(`Ignored ${shown(key)}="${shown(raw)}": ${why}.`);
    if (key === "species") {
      if (vocabulary.species.includes(raw)) query.species = raw;
      else refuse("not a species of the catalog");
    } else if (key === "modality") {
      if (vocabulary.modalities.includes(raw)) query.modality = raw;
      else refuse("not a modality of the catalog");
    } else if (key === "ids") {
      const ids = oneOf<FitGeneIds>(FIT_GENE_IDS, raw);
      if (ids) query.geneIds = ids;
      else refuse(`it is one of ${FIT_GENE_IDS.join(", ")}`);
    } else if (key === "genes") {
      const genes = /^\d{1,7}$/.test(raw) ? Number(raw) : Number.NaN;
      if (genes >= 1 && genes <= MAX_GENES) query.genes = genes;
      else refuse(`a number of genes from 1 to ${MAX_GENES.toLocaleString("en")}`);
    } else if (key === "gpu") {
      const gpu = oneOf<FitGpu>(FIT_GPUS, raw);
      if (gpu) query.gpu = gpu;
      else refuse(`it is one of ${FIT_GPUS.join(", ")}`);
    } else if (key === "commercial") {
      if (raw === "yes") query.commercial = true;
      else refuse('the only value is "yes"');
    } else if (key === "task") {
      const task = oneOf<FitTask>(FIT_TASKS, raw);
      if (task) query.task = task;
      else refuse(`it is one of ${FIT_TASKS.join(", ")}`);
    } else if (key === "model") {
      if (vocabulary.models.includes(raw)) query.model = raw;
      else refuse("the catalog has no such model");
    } else notices.push(`Ignored the unknown parameter "${shown(key)}".`);
  }
  const repeats = [...times]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => `The parameter "${shown(key)}" was given ${count} times; only the last one is used.`);
  return { query, notices: capNotices([...repeats, ...notices]) };
}

export function encodeFit(query: FitQuery): string {
  const params = new URLSearchParams();
  if (query.species) params.set("species", query.species);
  if (query.geneIds) params.set("ids", query.geneIds);
  if (query.modality) params.set("modality", query.modality);
  if (query.genes !== null) params.set("genes", String(query.genes));
  if (query.gpu) params.set("gpu", query.gpu);
  if (query.commercial) params.set("commercial", "yes");
  if (query.task) params.set("task", query.task);
  if (query.model) params.set("model", query.model);
  return params.toString();
}
