/**
 * What a curator decides about an entry that no list states: its identity across the lists, its kind, the
 * vocabulary terms its free text maps to, and which claim wins where sources disagree (always with a reason).
 */
import type { FieldPath } from "../../src/domain/catalog/schema";
import type {
  ArchitectureFamily,
  EntryKind,
  InputRepresentation,
  Modality,
  TaskId,
} from "../../src/domain/catalog/vocabularies";

export interface CuratedChoice {
  /** A source id, or the beginning of the winning claim's source URL or of its value (for a link). */
  readonly source: string;
  readonly reason: string;
}

export interface CuratedEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly kind: EntryKind;
  /** The names or title beginnings under which the seed lists give this entry; empty when no list names it. */
  readonly seeds: readonly string[];
  /**
   * Set on an entry that no seed list names, which the curators added from its own paper, repository or model
   * card: the catalog version it was added in (one of the changelog's releases).
   */
  readonly addedIn?: string;
  readonly family: ArchitectureFamily | null;
  readonly input: InputRepresentation | null;
  readonly modalities: readonly Modality[];
  /** Tasks read from the paper where the lists give none (or give wrong ones), sourced to the paper's URL. */
  readonly tasks?: readonly { readonly id: TaskId; readonly text: string }[];
  /** Set when the lists' task text must not be used, with the reason. */
  readonly ignoreListTasks?: string;
  /** The lists' cell figure counts something else, or the quantity does not apply to this entry. */
  readonly cells?:
    | { readonly state: "other-unit"; readonly unit: string }
    | { readonly state: "not-applicable"; readonly reason: string };
  /** The quantity does not apply: a benchmark or a toolkit trains no model, GenePT trains no network. */
  readonly parameters?: { readonly state: "not-applicable"; readonly reason: string };
  readonly relations?: readonly {
    readonly type: "builds-on" | "successor-of" | "part-of" | "evaluates";
    readonly target: string;
  }[];
  readonly choose?: Partial<Record<FieldPath, CuratedChoice>>;
  /** Our own words; when absent, the research summary is used. */
  readonly description?: string;
}
