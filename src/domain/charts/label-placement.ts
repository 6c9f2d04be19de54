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
  const boxes: Box[] = candidates.map((c) => ({ left: c.px - 4, right: c.px + 4, top: c.py - 4, bottom: c.py + 4 }));
  const ordered = candidates.toSorted((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    if (placed.length >= maxLabels) break;
    const width = candidate.text.length * CHAR_WIDTH;
    // Right of the point where it fits, else left.
    for (const anchor of ["start", "end"] as const) {
      const left = anchor === "start" ? candidate.px + GAP : candidate.px - GAP - width;
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
        x: anchor === "start" ? candidate.px + GAP : candidate.px - GAP,
        y: candidate.py,
        anchor,
      });
      break;
    }
  }
  return placed;
}
