import { useCallback, useMemo } from "react";
import { Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import type { Domain } from "../../domain/charts/scale-axes";
import { formatYear, SCALE_MARGIN, Y_AXIS_WIDTH, type StripDatum } from "./scale-data";
import { FocusRing } from "./focus-ring";
import { FocusTooltip } from "./focus-tooltip";
import { markShape, MarkDataContext, MarkGroupContext } from "./scale-shapes";
import { useMarkPlaces } from "./use-mark-places";
import { onRovingKeyDown } from "./use-roving-focus";
import { useMarkFocus } from "./use-mark-group";

interface Props {
  readonly marks: readonly StripDatum[];
  readonly width: number;
  readonly height: number;
  /** The scatter's year axis, so a year sits at the same place on both. */
  readonly xDomain: Domain;
  readonly xTicks: readonly number[];
  /** A click on a model opens it; null where the strip draws bins, which are counts. */
  readonly onPoint: ((id: string) => void) | null;
}

const MARGIN = { ...SCALE_MARGIN, top: 4, bottom: 4 };
const Y_DOMAIN = [0, 1];
const Y_TICKS = [0.5];
const noCount = () => "no count";
const stripPlace = (mark: StripDatum) => `${mark.id}:${mark.x}`;
const byYear = (a: StripDatum, b: StripDatum) => a.x - b.x;

/** The models with a year but no cell count, on a line of their own under the scatter: a second, small ScatterChart. */
export function ScaleStrip({ marks, width, height, xDomain, xTicks, onPoint }: Props) {
  // A year's bin, or a model, keeps its mark while the year axis stays (see useMarkPlaces).
  const shown = useMarkPlaces(marks, stripPlace, byYear, xDomain.join());
  const { places } = shown;
  const onActivate = useCallback(
    (index: number) => {
      const mark = shown.shown[index];
      if (mark) onPoint?.(mark.id);
    },
    [shown.shown, onPoint],
  );
  const focus = useMarkFocus(places);
  const group = useMemo(() => (onPoint ? { focus, onActivate } : null), [focus, onActivate, onPoint]);
  // Made again only with new places, for the reasons given in scale-chart.tsx.
  const scatter = useMemo(
    () => <Scatter name="No cell count" data={places} shape={markShape} isAnimationActive={false} />,
    [places],
  );
  return (
    <div
      className="scale-strip"
      role="group"
      aria-label="Models with a year but no cell count"
      onKeyDown={onPoint ? onRovingKeyDown : undefined}
    >
      <MarkDataContext value={shown}>
        <MarkGroupContext value={group}>
          <ScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
            <XAxis
              type="number"
              dataKey="x"
              domain={xDomain}
              ticks={xTicks}
              tickFormatter={formatYear}
              interval={0}
              hide
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={Y_DOMAIN}
              ticks={Y_TICKS}
              tickFormatter={noCount}
              interval={0}
              width={Y_AXIS_WIDTH}
              tickLine={false}
            />
            <FocusTooltip focus={focus} data={shown.shown} cursor={false} />
            <FocusRing focus={focus} />
            {scatter}
          </ScatterChart>
        </MarkGroupContext>
      </MarkDataContext>
    </div>
  );
}
