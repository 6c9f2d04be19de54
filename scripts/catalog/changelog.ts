/**
 * The data changelog beside the catalog: checked against the catalog it describes, and written as JSON for tools
 * and as Markdown for people. Both files are generated from data/curation/changelog.ts, so they cannot drift apart.
 */
import type { ChangelogDocument, ChangelogRelease } from "../../src/domain/catalog/changelog";
import { ChangelogDocument as ChangelogSchema } from "../../src/domain/catalog/changelog";
import { fieldValue } from "../../src/domain/catalog/filled-fields";
import type { CatalogDocument, CatalogEntry, FieldPath, Measure } from "../../src/domain/catalog/schema";
import { labelOf } from "../../src/domain/catalog/vocabularies";
import type { CuratedEntry } from "../../data/curation/curation-types";

export const CHANGELOG_JSON = "changelog.json";
export const CHANGELOG_MARKDOWN = "CHANGELOG.md";

function measureText(measure: Measure): string {
  if (measure.state === "known") return measure.text;
  if (measure.state === "other-unit") return `${measure.text} (${measure.unit})`;
  return measure.state === "not-applicable" ? "not applicable" : "unknown";
}

/** A field's value as the changelog writes it: the text people see, 'unknown' when there is none. */
export function fieldText(entry: CatalogEntry, field: FieldPath): string {
  const value = fieldValue(entry, field);
  if (value === null || value === undefined || value === "") return "unknown";
  if (Array.isArray(value))
    return value.length > 0
      ? value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(", ")
      : "unknown";
  if (typeof value === "object") return "state" in value ? measureText(value as Measure) : JSON.stringify(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The catalog's version tells apart releases of one day by a counter: 2026.11.21 < 2026.11.21.1 < 2026.11.22. */
function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const difference = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function changelogDocument(releases: readonly ChangelogRelease[]): ChangelogDocument {
  return { catalog: "catalog.json", releases: releases.map((release) => ({ ...release })) };
}

/** What is wrong with a changelog for this catalog, one sentence each; empty when it fits. */
export function changelogProblems(
  changelog: ChangelogDocument,
  document: CatalogDocument,
  curated: readonly CuratedEntry[],
): string[] {
  const problems: string[] = [];
  const parsed = ChangelogSchema.safeParse(changelog);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `changelog ${issue.path.join(".")}: ${issue.message}`);
  }
  const { releases } = changelog;
  releases.forEach((release, i) => {
    const older = releases[i + 1];
    if (older && (compareVersions(release.version, older.version) <= 0 || release.date < older.date)) {
      problems.push(`changelog: ${release.version} must be newer than the release after it, ${older.version}`);
    }
  });
  const latest = releases[0]!;
  if (latest.version !== document.version || latest.date !== document.updated) {
    problems.push(
      `changelog: the newest release is ${latest.version} (${latest.date}), the catalog is ${document.version} (${document.updated})`,
    );
  }

  const entries = new Map(document.entries.map((entry) => [entry.id, entry]));
  const addedIn = new Map<string, string>();
  for (const release of releases) {
    for (const id of release.added) {
      if (!entries.has(id)) problems.push(`changelog ${release.version}: added "${id}" is not in the catalog`);
      if (addedIn.has(id))
        problems.push(`changelog: "${id}" is added by both ${addedIn.get(id)} and ${release.version}`);
      addedIn.set(id, release.version);
    }
  }
  for (const entry of document.entries) {
    if (!addedIn.has(entry.id)) problems.push(`changelog: no release adds "${entry.id}"`);
  }
  for (const entry of curated) {
    if (entry.addedIn !== undefined && addedIn.has(entry.id) && addedIn.get(entry.id) !== entry.addedIn) {
      problems.push(
        `${entry.id}: curated as added in ${entry.addedIn}, but the changelog adds it in ${addedIn.get(entry.id)}`,
      );
    }
  }

  // Older releases describe catalogs that are gone; only the newest one can be checked value by value.
  for (const correction of latest.corrected) {
    const entry = entries.get(correction.id);
    if (!entry) {
      problems.push(`changelog ${latest.version}: corrected "${correction.id}" is not in the catalog`);
      continue;
    }
    const now = fieldText(entry, correction.field);
    if (now !== correction.to) {
      problems.push(
        `changelog ${latest.version}: ${correction.id} ${correction.field} is "${now}" in the catalog, not "${correction.to}"`,
      );
    }
    if (correction.from === correction.to) {
      problems.push(`changelog ${latest.version}: ${correction.id} ${correction.field} changes nothing`);
    }
  }
  return problems;
}

function entryLine(entry: CatalogEntry): string {
  const year = entry.paper.publishedYear ?? entry.paper.preprintYear;
  const facts = [labelOf("kind", entry.kind), year === null ? null : String(year)].filter(Boolean).join(", ");
  return `- **${entry.name}** (\`${entry.id}\`), ${facts}`;
}

/** The changelog for people: each release with its summary, its additions by name and its corrections. */
export function changelogMarkdown(changelog: ChangelogDocument, document: CatalogDocument): string {
  const entries = new Map(document.entries.map((entry) => [entry.id, entry]));
  const lines = [
    "# Catalog changelog",
    "",
    "Every change to the data in [`catalog.json`](catalog.json), newest first. The same list for tools is",
    "[`changelog.json`](changelog.json). Each value's source is in the entry's provenance.",
  ];
  for (const release of changelog.releases) {
    lines.push("", `## ${release.version} (${release.date})`, "");
    lines.push(...release.summary.map((text) => `- ${text}`));
    if (release.added.length > 0) {
      lines.push("", `### Added (${release.added.length})`, "");
      for (const id of release.added) {
        const entry = entries.get(id);
        lines.push(entry ? entryLine(entry) : `- \`${id}\``);
      }
    }
    if (release.corrected.length > 0) {
      lines.push("", `### Corrected or filled (${release.corrected.length})`, "");
      for (const { id, field, from, to, source } of release.corrected) {
        const name = entries.get(id)?.name ?? id;
        const cited = /^https?:/.test(source) ? `<${source}>` : `the curators' decision (${source})`;
        lines.push(`- ${name} (\`${id}\`), \`${field}\`: ${from} → ${to} (source: ${cited})`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
