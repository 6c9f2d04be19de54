import { memo, useState } from "react";
import { formatRangeValue } from "../../domain/query/active-filters";
import { RANGE_LABELS, RANGE_NOUNS, type Bounds } from "../../domain/query/facet-options";
import { setRange } from "../../domain/query/query-actions";
import {
  fromSliderPosition,
  parseRangeInput,
  RANGE_SCALES,
  sliderExtent,
  toSliderPosition,
} from "../../domain/query/range-scale";
import type { RangeCounts } from "../../domain/query/run-query";
import type { Range, RangeId } from "../../domain/query/view-state";
import { useDraft } from "../../state/use-draft";
import { updateView } from "../../state/use-view-state";

interface Props {
  readonly range: RangeId;
  readonly bounds: Bounds;
  readonly value: Range | undefined;
  readonly counts: RangeCounts;
}

const NO_RANGE: Range = { min: null, max: null };
const sameRange = (a: Range, b: Range) => a.min === b.min && a.max === b.max;
const COMMIT_DELAY_MS = 250;

/**
 * A two-thumb slider with a box for each end; dragging commits after a pause, as one history step. Memoised: a facet
 * click changes neither a range's value nor (until the frame after) its counts, so the five ranges skip that render.
 */
export const RangeFilter = memo(function RangeFilter({ range, bounds, value, counts }: Props) {
  const label = RANGE_LABELS[range];
  const noun = label.toLowerCase();
  const [draft, setDraft] = useDraft(
    value ?? NO_RANGE,
    (next) => updateView((state) => setRange(state, range, next, bounds), { coalesce: `range:${range}` }),
    COMMIT_DELAY_MS,
    sameRange,
  );
  const extent = sliderExtent(range, bounds);
  const low = draft.min ?? bounds.min;
  const high = draft.max ?? bounds.max;
  const active = draft.min !== null || draft.max !== null;
  const { step } = RANGE_SCALES[range];

  const slide = (side: "min" | "max", position: number) => {
    const number = fromSliderPosition(range, position);
    if (side === "min") setDraft({ min: Math.min(number, high), max: draft.max });
    else setDraft({ min: draft.min, max: Math.max(number, low) });
  };

  return (
    <fieldset className="facet range-filter">
      <legend>{label}</legend>
      <div className="dual-slider">
        {(["min", "max"] as const).map((side) => {
          const number = side === "min" ? low : high;
          return (
            <input
              key={side}
              type="range"
              className={`thumb-${side}`}
              aria-label={`${side === "min" ? "Minimum" : "Maximum"} ${noun}`}
              min={extent.min}
              max={extent.max}
              step={step}
              value={toSliderPosition(range, number)}
              aria-valuetext={formatRangeValue(range, number)}
              onChange={(event) => slide(side, event.target.valueAsNumber)}
            />
          );
        })}
      </div>
      <div className="range-inputs">
        <RangeInput
          range={range}
          side="min"
          value={draft.min}
          placeholder={bounds.min}
          onCommit={(min) => setDraft({ min, max: draft.max })}
        />
        <span aria-hidden="true">–</span>
        <RangeInput
          range={range}
          side="max"
          value={draft.max}
          placeholder={bounds.max}
          onCommit={(max) => setDraft({ min: draft.min, max })}
        />
      </div>
      {counts.unknown > 0 ? (
        <p className="range-unknown">
          {counts.unknown} {counts.unknown === 1 ? "model" : "models"} with no known {RANGE_NOUNS[range]}
          {active ? ", left out" : ""}
        </p>
      ) : null}
    </fieldset>
  );
});

interface InputProps {
  readonly range: RangeId;
  readonly side: "min" | "max";
  readonly value: number | null;
  readonly placeholder: number;
  readonly onCommit: (value: number | null) => void;
}

/** A box for one end of a range; what is typed applies on Enter or when leaving the box. */
function RangeInput({ range, side, value, placeholder, onCommit }: InputProps) {
  const shown = value === null ? "" : range === "year" ? String(value) : formatRangeValue(range, value);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = `range-${range}-${side}`;
  const apply = () => {
    if (text === null) return;
    const typed = parseRangeInput(range, text);
    if (!typed.ok) {
      setError(typed.message);
      return;
    }
    setError(null);
    setText(null);
    onCommit(typed.value);
  };
  const name = `${side === "min" ? "Minimum" : "Maximum"} ${RANGE_LABELS[range].toLowerCase()}`;
  return (
    <span className="range-input">
      <input
        id={id}
        type="text"
        inputMode={range === "year" ? "numeric" : "decimal"}
        aria-label={name}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={range === "year" ? String(placeholder) : formatRangeValue(range, placeholder)}
        value={text ?? shown}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply();
          if (event.key === "Escape") {
            setText(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
