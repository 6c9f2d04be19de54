/** A download's file name says what the chart shows: "scfm-atlas-pretraining-cells-by-year-2026-11-21.svg". */
export function chartFileName(what: string, date: string, extension: "png" | "svg"): string {
  const slug = what
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `scfm-atlas-${slug || "chart"}-${date}.${extension}`;
}
