/**
 * Models related to one: those the catalog links to it (successor, builds on, part of), then those of the same
 * architecture family or sharing tasks, ranked by how much they share. Each comes with the reason, in words.
 */
import type { EntryFacts } from "./schema";
import { labelOf } from "./vocabularies";

export interface RelatedEntry {
  readonly entry: EntryFacts;
  readonly reasons: readonly string[];
  readonly score: number;
}

export function relatedEntries(entry: EntryFacts, all: readonly EntryFacts[], limit = 6): RelatedEntry[] {
  const tasks = new Set(entry.tasks.map((task) => task.id));
  const related: RelatedEntry[] = [];
  for (const other of all) {
    if (other.id === entry.id) continue;
    const reasons: string[] = [];
    let score = 0;
    const link =
      entry.relations.find((relation) => relation.target === other.id) ??
      other.relations.find((relation) => relation.target === entry.id);
    if (link) {
      const outgoing = entry.relations.includes(link);
      reasons.push(
        outgoing
          ? `${labelOf("relation", link.type)} ${other.name}`
          : `${other.name}: ${labelOf("relation", link.type).toLowerCase()} ${entry.name}`,
      );
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
    if (score >= 2) related.push({ entry: other, reasons, score });
  }
  return related.toSorted((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit);
}
