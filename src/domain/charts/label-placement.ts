/**
 * Which points get a printed label: the most notable first (largest corpus, then most parameters), each only if its
 * label box overlaps no label already placed nor sits on another point. Positions are in the chart's pixel space,
 * given by the caller's scales, so the choice is pure and testable.
 */
export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  readonly px: number;
  readonly py: number;
  /** Higher is more notable. */
  readonly priority: number;
  /** The point's marker radius in px, which no label may cover; 4 when not given. */
  readonly radius?: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const CHAR_WIDTH = 6.5;
const LINE_HEIGHT = 13;
const GAP = 7;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeLabels(
  candidates: readonly LabelCandidate[],
  plot: { width: number; height: number },
  maxLabels = 12,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const radiusOf = (c: LabelCandidate) => c.radius ?? 4;
  const boxes: Box[] = candidates.map((c) => {
    const r = radiusOf(c);
    return { left: c.px - r, right: c.px + r, top: c.py - r, bottom: c.py + r };
  });
  const ordered = candidates.toSorted((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    if (placed.length >= maxLabels) break;
    const width = candidate.text.length * CHAR_WIDTH;
    // Clear of the point's own marker, however large.
    const gap = Math.max(GAP, radiusOf(candidate) + 3);
    // Right of the point where it fits, else left.
    for (const anchor of ["start", "end"] as const) {
      const left = anchor === "start" ? candidate.px + gap : candidate.px - gap - width;
      const box = {
        left,
        right: left + width,
        top: candidate.py - LINE_HEIGHT / 2,
        bottom: candidate.py + LINE_HEIGHT / 2,
      };
      const inside = box.left >= 0 && box.right <= plot.width && box.top >= 0 && box.bottom <= plot.height;
      if (!inside || boxes.some((other) => overlaps(box, other))) continue;
      boxes.push(box);
      placed.push({
        id: candidate.id,
        text: candidate.text,
        x: anchor === "start" ? candidate.px + gap : candidate.px - gap,
        y: candidate.py,
        anchor,
      });
      break;
    }
  }
  return placed;
}
