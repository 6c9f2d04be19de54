import { describe, expect, it } from "vitest";
import { parseCount } from "../catalog/parse-count";
import { countInProse } from "./prose-count";

describe("countInProse", () => {
  it.each([
    ["Pretrained on about 1.1M cells from the atlas.", "cells", "about 1.1M", 1_100_000, "approximate"],
    ["A transformer trained with 7.9 million cells", "cells", "7.9 million", 7_900_000, "exact"],
    ["Scales up to 3B parameters.", "parameters", "up to 3B", 3_000_000_000, "at-most"],
    ["over 100,000 single-cell profiles from 20 tissues", "cells", "over 100,000", 100_000, "at-least"],
    ["536k+ cells", "cells", "536k+", 536_000, "at-least"],
  ] as const)("%s", (text, unit, figure, value, bound) => {
    expect(countInProse(text, unit)).toBe(figure);
    expect(parseCount(figure)).toMatchObject({ state: "known", value, bound });
  });

  it("finds nothing where no figure is followed by its unit", () => {
    expect(countInProse("2 datasets of 5 tissues; cells from 12 donors", "cells")).toBeNull();
    expect(countInProse("a 12-layer model with 8 heads", "parameters")).toBeNull();
    expect(countInProse(null, "cells")).toBeNull();
  });

  it("reads a line of digits and spaces at the line limit in one pass", () => {
    expect(countInProse("1 ".repeat(8000), "cells")).toBeNull();
  });
});
