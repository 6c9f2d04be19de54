/**
 * Where each point's printed label goes, if anywhere. Candidates are taken most notable first (see label-priority);
 * each tries the spots around its point, nearest first: beside it, then diagonally, above and below, then further out
 * with a leader line back to the point. A spot is taken only if its box stays inside the plot, covers no marker, no
 * label already placed and no leader line, and its own leader line crosses no label (nor, where any spot allows it,
 * another marker). A label that finds no such spot
 * is dropped: labels are moved or dropped, never drawn on top of each other. Positions are in the chart's pixel
 * space, given by the caller's scales, so the choice is pure and testable.
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

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Where the text is drawn: its anchor point, vertically centred (dominant-baseline: middle). */
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  /** The space the text is reserved, which no other label, leader or marker enters. */
  readonly box: Box;
  /** A line from the marker's edge to a label set further out; null beside the marker. */
  readonly leader: Segment | null;
}

/** The labels' font size in px (styles: .point-label); the box estimates below assume it. */
export const LABEL_FONT_SIZE = 11;
const LINE_HEIGHT = 14;
const MIN_GAP = 6;
/** How far beyond the nearest ring a label may move, in px; past the first step it gets a leader line. */
const STEPS = [0, 14, 30, 50] as const;
// Directions tried at each distance: beside (right, left), the four diagonals, above, below.
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
] as const;

/**
 * The width of a text at LABEL_FONT_SIZE in a system sans-serif, erring wide: capitals and wide letters count more,
 * narrow ones less, so a box holds the text the browser draws.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[MWmw@%]/.test(char)) width += 10;
    else if (/[A-Z0-9]/.test(char)) width += 7.6;
    else if (/[iljtfrI.,:;'!|() -]/.test(char)) width += 4;
    else width += 6.4;
  }
  return Math.ceil(width) + 2;
}

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (box: Box, plot: { width: number; height: number }) =>
  box.left >= 0 && box.right <= plot.width && box.top >= 0 && box.bottom <= plot.height;

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function crosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let low = 0;
  let high = 1;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low >= high) return false;
  }
  return true;
}

interface Spot {
  readonly x: number;
  readonly y: number;
  readonly anchor: PlacedLabel["anchor"];
  readonly box: Box;
  readonly leader: Segment | null;
}

/** The label box at distance `d` from the point in direction (dx, dy), and the text anchor that fills it. */
function spotAt(
  candidate: LabelCandidate,
  width: number,
  radius: number,
  d: number,
  step: number,
  dx: number,
  dy: number,
): Spot {
  // Along a diagonal, the corner of the box sits on the circle of radius d.
  const reach = dx !== 0 && dy !== 0 ? d * Math.SQRT1_2 : d;
  const ax = candidate.px + dx * reach;
  const ay = candidate.py + dy * reach;
  const left = dx > 0 ? ax : dx < 0 ? ax - width : ax - width / 2;
  const top = dy > 0 ? ay : dy < 0 ? ay - LINE_HEIGHT : ay - LINE_HEIGHT / 2;
  const box = { left, right: left + width, top, bottom: top + LINE_HEIGHT };
  const length = Math.hypot(dx, dy);
  const leader =
    step === 0
      ? null
      : {
          x1: candidate.px + (dx / length) * (radius + 1),
          y1: candidate.py + (dy / length) * (radius + 1),
          x2: ax - (dx / length) * 2,
          y2: ay - (dy / length) * 2,
        };
  return {
    x: dx > 0 ? left : dx < 0 ? left + width : left + width / 2,
    y: top + LINE_HEIGHT / 2,
    anchor: dx > 0 ? "start" : dx < 0 ? "end" : "middle",
    box,
    leader,
  };
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  plot: { width: number; height: number },
  maxLabels = 12,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const radiusOf = (c: LabelCandidate) => c.radius ?? 4;
  const markers: Box[] = candidates.map((c) => {
    const r = radiusOf(c);
    return { left: c.px - r, right: c.px + r, top: c.py - r, bottom: c.py + r };
  });
  const ordered = candidates.toSorted((a, b) => b.priority - a.priority);
  const free = (spot: Spot, own: Box, strict: boolean) =>
    inside(spot.box, plot) &&
    !markers.some((marker) => overlaps(spot.box, marker)) &&
    !placed.some(
      (label) =>
        overlaps(spot.box, label.box) ||
        (label.leader !== null && crosses(label.leader, spot.box)) ||
        (spot.leader !== null && crosses(spot.leader, label.box)),
    ) &&
    // A leader line runs clear of other markers where it can, so it never seems to point at the wrong one; in a
    // crowd where no such line exists, it may pass over markers (never over a label).
    (!strict || spot.leader === null || !markers.some((marker) => marker !== own && crosses(spot.leader!, marker)));
  for (const candidate of ordered) {
    if (placed.length >= maxLabels) break;
    const width = textWidth(candidate.text);
    const radius = radiusOf(candidate);
    const own = markers[candidates.indexOf(candidate)]!;
    const near = Math.max(MIN_GAP, radius + 3);
    search: for (const strict of [true, false]) {
      for (const [step, extra] of STEPS.entries()) {
        for (const [dx, dy] of DIRECTIONS) {
          const spot = spotAt(candidate, width, radius, near + extra, step, dx, dy);
          if (!free(spot, own, strict)) continue;
          placed.push({ id: candidate.id, text: candidate.text, ...spot });
          break search;
        }
      }
    }
  }
  return placed;
}
