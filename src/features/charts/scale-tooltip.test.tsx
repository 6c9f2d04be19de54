// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MarkDatum } from "./scale-data";
import { MarkDataContext } from "./scale-shapes";
import { ScaleTooltip } from "./scale-tooltip";

afterEach(cleanup);

const bin = (count: number): MarkDatum & { tip: string } => ({
  colour: "#000",
  shape: "circle",
  hollow: false,
  label: `${count} models of 2023: filter to them`,
  tip: `${count} models of 2023 with 10K to 17.8K cells`,
});

describe("the scale chart's tooltip", () => {
  it("shows the hovered bin as it is now, when Recharts still holds the datum it was first drawn with", () => {
    // Recharts keeps a bin's first datum while the bin stays in place; the marks' data says what it holds now.
    const drawn = bin(900);
    const now = [bin(12), bin(600)];
    const { container } = render(
      <MarkDataContext value={{ shown: now, firstShown: 0 }}>
        <ScaleTooltip active activeIndex="1" payload={[{ payload: drawn }]} />
      </MarkDataContext>,
    );
    expect(container.textContent).toBe("600 models of 2023 with 10K to 17.8K cells");
  });

  it("shows Recharts' datum where no marks' data is given, and nothing while inactive", () => {
    const { container, rerender } = render(<ScaleTooltip active activeIndex="0" payload={[{ payload: bin(7) }]} />);
    expect(container.textContent).toBe("7 models of 2023 with 10K to 17.8K cells");
    rerender(<ScaleTooltip active={false} activeIndex="0" payload={[{ payload: bin(7) }]} />);
    expect(container.textContent).toBe("");
  });
});
