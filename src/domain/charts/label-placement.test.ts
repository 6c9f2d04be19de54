import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crosses, overlaps, placeLabels, textWidth, type LabelCandidate } from "./label-placement";
import { LANDMARK_IDS, labelPriority } from "./label-priority";

const plot = { width: 400, height: 300 };
const candidate = fc.record({
  id: fc.uuid(),
  text: fc.string({ minLength: 1, maxLength: 16 }),
  px: fc.integer({ min: 0, max: 400 }),
  py: fc.integer({ min: 0, max: 300 }),
  priority: fc.integer(),
  radius: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
});
const markerOf = (c: LabelCandidate) => {
  const r = c.radius ?? 4;
  return { left: c.px - r, right: c.px + r, top: c.py - r, bottom: c.py + r };
};

describe("label placement", () => {
  it("never lets labels overlap one another, a marker or a leader line, and keeps them inside the plot", () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 40 }), (candidates) => {
        const labels = placeLabels(candidates, plot, 16);
        for (const [i, a] of labels.entries()) {
          expect(a.box.left).toBeGreaterThanOrEqual(0);
          expect(a.box.right).toBeLessThanOrEqual(plot.width);
          expect(a.box.top).toBeGreaterThanOrEqual(0);
          expect(a.box.bottom).toBeLessThanOrEqual(plot.height);
          // The box holds the text as estimated.
          expect(a.box.right - a.box.left).toBeCloseTo(textWidth(a.text));
          for (const b of labels.slice(i + 1)) {
            expect(overlaps(a.box, b.box)).toBe(false);
            if (b.leader) expect(crosses(b.leader, a.box)).toBe(false);
            if (a.leader) expect(crosses(a.leader, b.box)).toBe(false);
          }
          for (const point of candidates) expect(overlaps(a.box, markerOf(point))).toBe(false);
        }
      }),
    );
  });

  it("names the most notable point first, and never more than the budget", () => {
    const labels = placeLabels(
      [
        { id: "minor", text: "Minor", px: 120, py: 100, priority: 1 },
        { id: "major", text: "Major", px: 100, py: 100, priority: 9 },
      ],
      plot,
    );
    expect(labels[0]!.id).toBe("major");
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: String(i),
      text: "M",
      px: 10 + (i % 6) * 60,
      py: 20 + Math.floor(i / 6) * 50,
      priority: i,
    }));
    expect(placeLabels(many, plot, 5)).toHaveLength(5);
  });

  it("puts a label beside its point when there is room, right first, else left near the right edge", () => {
    const [right] = placeLabels([{ id: "a", text: "Alone", px: 100, py: 50, priority: 1 }], plot);
    expect(right).toMatchObject({ anchor: "start", y: 50, leader: null });
    expect(right!.x).toBeGreaterThan(100);
    const [left] = placeLabels([{ id: "a", text: "Right edge", px: 390, py: 50, priority: 1 }], plot);
    expect(left!.anchor).toBe("end");
    expect(left!.x).toBeLessThan(390);
  });

  it("moves a label out of a crowd with a leader line rather than drawing it over another", () => {
    // Five points a few px apart, as the models of 2023 with 30M to 60M cells are.
    const crowd = ["scGPT", "Geneformer", "scFoundation", "UCE", "Cell2Sentence"].map((text, i) => ({
      id: text,
      text,
      px: 200 + (i % 2) * 8,
      py: 150 + i * 6,
      priority: 10 - i,
      radius: 5,
    }));
    const labels = placeLabels(crowd, plot);
    expect(labels.map((label) => label.id).toSorted()).toEqual(crowd.map((c) => c.id).toSorted());
    expect(labels.some((label) => label.leader !== null)).toBe(true);
    for (const label of labels.filter((l) => l.leader)) {
      const point = crowd.find((c) => c.id === label.id)!;
      // The leader starts at its own marker's edge.
      expect(Math.hypot(label.leader!.x1 - point.px, label.leader!.y1 - point.py)).toBeCloseTo(6);
    }
  });

  it("drops a label that has nowhere to go", () => {
    const labels = placeLabels(
      [
        { id: "a", text: "A very long model name", px: 20, py: 10, priority: 2 },
        { id: "b", text: "Another very long name", px: 30, py: 12, priority: 1 },
      ],
      { width: 60, height: 24 },
    );
    expect(labels).toEqual([]);
  });

  it("tells a segment through a box from one beside it", () => {
    const box = { left: 0, right: 10, top: 0, bottom: 10 };
    expect(crosses({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true);
    expect(crosses({ x1: -5, y1: -5, x2: 15, y2: -1 }, box)).toBe(false);
    expect(crosses({ x1: 5, y1: 20, x2: 5, y2: 12 }, box)).toBe(false);
  });
});

const facts = (id: string, listings = 0, cells = 1e6, params: number | null = null) => ({
  id,
  listings,
  cells,
  params,
});

describe("label priority", () => {
  it("ranks the landmarks first, in their order, then models in more seed lists, then larger ones", () => {
    const ranked = [
      facts("big-unlisted", 0, 4e8, 3e10),
      facts("listed-twice", 2),
      facts("listed-thrice", 3),
      ...LANDMARK_IDS.toReversed().map((id) => facts(id)),
    ]
      .toSorted((a, b) => labelPriority(b) - labelPriority(a))
      .map((point) => point.id);
    expect(ranked).toEqual([...LANDMARK_IDS, "listed-thrice", "listed-twice", "big-unlisted"]);
    expect(labelPriority(facts("a", 0, 1e8))).toBeGreaterThan(labelPriority(facts("b", 0, 1e6)));
  });
});
