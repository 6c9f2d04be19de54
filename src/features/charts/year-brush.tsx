import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { bandAfterKey, bandAt, type BandSpan } from "../../domain/charts/count-axis";

interface Props {
  readonly years: readonly number[];
  /** The bands the year filter covers now. */
  readonly span: BandSpan;
  readonly left: number;
  readonly top: number;
  readonly bandWidth: number;
  readonly height: number;
  readonly onChange: (span: BandSpan) => void;
}

const HANDLE = 10;

type Drag = { readonly kind: "start" | "end" } | { readonly kind: "slide"; readonly grabbedAt: number };

/**
 * The year range as a brush under the axis: two handles, each a slider for the keyboard (arrows move a year, page keys
 * five, Home and End to the ends), and the span between them, which drags as a whole. Dragging shows the span as it
 * moves and filters once, on release: at 100,000 models a filter per pointer move would stutter.
 */
export function YearBrush({ years, span, left, top, bandWidth, height, onChange }: Props) {
  const [dragging, setDragging] = useState<{ drag: Drag; span: BandSpan } | null>(null);
  const track = useRef<SVGGElement>(null);
  const shown = dragging?.span ?? span;
  const count = years.length;
  const x = (band: number) => left + band * bandWidth;

  const bandOf = (event: PointerEvent) => {
    const box = track.current?.ownerSVGElement?.getBoundingClientRect();
    return bandAt(event.clientX - (box?.left ?? 0), left, bandWidth, count);
  };
  const begin = (drag: Drag) => (event: PointerEvent<SVGElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDragging({ drag, span: shown });
  };
  const move = (event: PointerEvent) => {
    if (!dragging) return;
    const band = bandOf(event);
    const { drag } = dragging;
    let next: BandSpan;
    if (drag.kind === "slide") {
      const width = span.end - span.start;
      const start = Math.min(count - 1 - width, Math.max(0, span.start + band - drag.grabbedAt));
      next = { start, end: start + width };
    } else if (drag.kind === "start") next = { start: Math.min(band, shown.end), end: shown.end };
    else next = { start: shown.start, end: Math.max(band, shown.start) };
    if (next.start !== shown.start || next.end !== shown.end) setDragging({ drag, span: next });
  };
  const end = () => {
    if (!dragging) return;
    setDragging(null);
    if (dragging.span.start !== span.start || dragging.span.end !== span.end) onChange(dragging.span);
  };
  const onKey = (which: "start" | "end") => (event: KeyboardEvent) => {
    const next = bandAfterKey(event.key, shown[which], count);
    if (next === null) return;
    event.preventDefault();
    const moved =
      which === "start"
        ? { start: Math.min(next, shown.end), end: shown.end }
        : { start: shown.start, end: Math.max(next, shown.start) };
    if (moved.start !== span.start || moved.end !== span.end) onChange(moved);
  };

  const handle = (which: "start" | "end") => {
    const band = shown[which];
    const cx = which === "start" ? x(band) : x(band + 1);
    const year = years[band]!;
    return (
      <g
        role="slider"
        tabIndex={0}
        aria-label={which === "start" ? "From year" : "To year"}
        aria-valuemin={years[0]}
        aria-valuemax={years.at(-1)}
        aria-valuenow={year}
        aria-orientation="horizontal"
        className="brush-handle"
        onPointerDown={begin({ kind: which })}
        onKeyDown={onKey(which)}
      >
        <rect x={cx - HANDLE / 2} y={top} width={HANDLE} height={height} rx={2} />
        <text
          x={which === "start" ? cx - HANDLE : cx + HANDLE}
          y={top + height / 2}
          textAnchor={which === "start" ? "end" : "start"}
          dominantBaseline="middle"
          className="brush-year"
        >
          {year}
        </text>
      </g>
    );
  };

  return (
    <g
      ref={track}
      role="group"
      aria-label="Year range"
      className="year-brush"
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <rect x={left} y={top} width={bandWidth * count} height={height} className="brush-track" />
      <rect
        x={x(shown.start)}
        y={top}
        width={(shown.end - shown.start + 1) * bandWidth}
        height={height}
        className="brush-slide"
        onPointerDown={(event) => begin({ kind: "slide", grabbedAt: bandOf(event) })(event)}
      />
      {handle("start")}
      {handle("end")}
    </g>
  );
}
