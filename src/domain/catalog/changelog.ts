/**
 * The data changelog published beside the catalog (public/data/changelog.json, and CHANGELOG.md for people): one
 * release per catalog version, newest first, saying which entries it added and which values it corrected or
 * filled, each with the source of the new value. The build writes it and checks it against the catalog.
 */
import { z } from "../zod";
import { CatalogVersion, FIELD_PATHS, NonEmpty, Slug } from "./schema";

export const ChangelogCorrection = z.object({
  id: Slug.describe("The entry changed"),
  field: z.enum(FIELD_PATHS),
  from: NonEmpty.describe("The value before, as the catalog showed it ('unknown' when it had none)"),
  to: NonEmpty.describe("The value after, as the catalog shows it"),
  source: NonEmpty.describe("The URL that states the new value, or 'scfm-atlas' for a curators' decision"),
});

export const ChangelogRelease = z.object({
  version: CatalogVersion,
  date: z.iso.date(),
  summary: z.array(NonEmpty).min(1),
  added: z.array(Slug).describe("Ids of the entries this release added"),
  corrected: z.array(ChangelogCorrection),
});

export const ChangelogDocument = z.object({
  catalog: NonEmpty.describe("The catalog document this changelog belongs to, relative to it"),
  releases: z.array(ChangelogRelease).min(1).describe("Newest first: the first release is the published catalog"),
});

export type ChangelogCorrection = z.infer<typeof ChangelogCorrection>;
export type ChangelogRelease = z.infer<typeof ChangelogRelease>;
export type ChangelogDocument = z.infer<typeof ChangelogDocument>;

/** The release a catalog document is: the changelog's newest. */
export function latestRelease(changelog: ChangelogDocument): ChangelogRelease {
  return changelog.releases[0]!;
}
