import { describe, expect, it } from "vitest";
import { median, ratioVerdict } from "./ratio";

describe("median", () => {
  it("is the middle sample of an odd count, whatever the order", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5])).toBe(5);
  });

  it("is the mean of the two middle samples of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is not moved by one outlier, as a garbage collection in one click", () => {
    expect(median([10, 11, 12, 13, 400])).toBe(12);
  });

  it("leaves the samples in their order", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("refuses no samples", () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("ratioVerdict", () => {
  it("divides the app's time by the bare page's", () => {
    expect(ratioVerdict(30, 20, 2)).toEqual({ ratio: 1.5, within: true });
  });

  it("passes a ratio equal to the budget, which says at most", () => {
    expect(ratioVerdict(40, 20, 2)).toEqual({ ratio: 2, within: true });
  });

  it("fails a ratio past the budget", () => {
    expect(ratioVerdict(41, 20, 2).within).toBe(false);
  });

  it("refuses a baseline of no time, or a time that is not a number", () => {
    expect(() => ratioVerdict(10, 0, 2)).toThrow(RangeError);
    expect(() => ratioVerdict(Number.NaN, 10, 2)).toThrow(RangeError);
    expect(() => ratioVerdict(10, Number.NaN, 2)).toThrow(RangeError);
  });
});
