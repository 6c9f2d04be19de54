/**
 * Models related to one: those the catalog links to it (successor, builds on, part of), then those of the same
 * architecture family or sharing tasks, ranked by how much they share. Each comes with the reason, in words.
 */
import type { EntryFacts } from "./schema";
import { labelOf } from "./vocabularies";

/**
 * A link the catalog records, as a sentence around the related entry's name: "Successor of " + scFormer, or
 * scGPT-spatial + " builds on scGPT". A view links the name in place, so the name is written once.
 */
export interface RelationSentence {
  readonly before: string;
  readonly after: string;
}

export interface RelatedEntry {
  readonly entry: EntryFacts;
  /** The link, if the catalog records one between the two. */
  readonly relation: RelationSentence | null;
  /** Why it is related, in words: the link's sentence first when there is one, then family and tasks. */
  readonly reasons: readonly string[];
  /** The reasons other than the link, for a view that writes the link's sentence itself. */
  readonly others: readonly string[];
  readonly score: number;
}

/** How a link reads from the entry it points to: scGPT-spatial "builds on" scGPT, scGPT "is the successor of" scFormer. */
const INCOMING: Readonly<Record<string, string>> = {
  "builds-on": "builds on",
  "successor-of": "is the successor of",
  "part-of": "is part of",
  evaluates: "evaluates",
};

export function relatedEntries(entry: EntryFacts, all: readonly EntryFacts[], limit = 6): RelatedEntry[] {
  const tasks = new Set(entry.tasks.map((task) => task.id));
  const related: RelatedEntry[] = [];
  for (const other of all) {
    if (other.id === entry.id) continue;
    const reasons: string[] = [];
    let relation: RelationSentence | null = null;
    let score = 0;
    const link =
      entry.relations.find((r) => r.target === other.id) ?? other.relations.find((r) => r.target === entry.id);
    if (link) {
      const outgoing = entry.relations.includes(link);
      relation = outgoing
        ? { before: `${labelOf("relation", link.type)} `, after: "" }
        : {
            before: "",
            after: ` ${INCOMING[link.type] ?? labelOf("relation", link.type).toLowerCase()} ${entry.name}`,
          };
      reasons.push(`${relation.before}${other.name}${relation.after}`);
      score += 10;
    }
    if (entry.architecture.family && other.architecture.family === entry.architecture.family) {
      reasons.push(`same family (${labelOf("architectureFamily", entry.architecture.family)})`);
      score += 2;
    }
    const shared = other.tasks.filter((task) => tasks.has(task.id));
    if (shared.length > 0) {
      reasons.push(
        shared.length === 1
          ? `shares ${labelOf("task", shared[0]!.id).toLowerCase()}`
          : `shares ${shared.length} tasks`,
      );
      score += shared.length;
    }
    // A single shared task is common ground, not relatedness, unless something else links them.
    if (score >= 2)
      related.push({ entry: other, relation, reasons, others: relation ? reasons.slice(1) : reasons, score });
  }
  return related.toSorted((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit);
}
