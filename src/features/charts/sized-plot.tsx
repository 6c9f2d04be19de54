import { useRef, type ReactNode } from "react";
import { useTellDrawn } from "./figure-turns";
import { useWidth } from "./use-width";

interface Props {
  /** The drawing's height, held while its width is not yet known, so nothing below it moves when it appears. */
  readonly height: number;
  /** The width to draw at where the box cannot be measured. */
  readonly fallback?: number;
  readonly children: (width: number) => ReactNode;
}

/** A box as wide as its container that draws its chart at that width, once the width is known (see useWidth). */
export function SizedPlot({ height, fallback = 640, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, fallback);
  useTellDrawn(width !== null);
  return (
    <div ref={box} className="sized-plot" style={{ minHeight: height }}>
      {width === null ? null : children(width)}
    </div>
  );
}
