import { Tooltip, usePlotArea } from "recharts";
import { SCALE_TOOLTIP, ScaleTooltip, type ScaleTooltipDatum } from "./scale-tooltip";
import { useFocusedMark, type MarkFocus } from "./use-mark-group";

const CURSOR = { strokeDasharray: "3 3" };
// The tooltip's widest (15rem in styles.css), to set it beside a focused mark without leaving the chart.
const TIP_WIDTH = 240;
const GAP = 12;

interface Props {
  readonly focus: MarkFocus;
  /** The series' data, in the order of its marks. */
  readonly data: readonly (ScaleTooltipDatum | null)[];
  readonly cursor?: boolean;
}

/**
 * Recharts' Tooltip for a scatter's marks: on hover as Recharts shows it, and while a mark has keyboard focus, held
 * open beside that mark with its content (Recharts would show the last hovered mark, which can be another). It alone
 * follows the focus, so the marks are not drawn again as focus moves.
 */
export function FocusTooltip({ focus, data, cursor = true }: Props) {
  const focused = useFocusedMark(focus);
  const area = usePlotArea();
  const datum = focused === null ? undefined : data[focused.index];
  if (!focused || !datum || !area)
    return <Tooltip content={SCALE_TOOLTIP} cursor={cursor ? CURSOR : false} isAnimationActive={false} />;
  const right = focused.x > area.x + area.width / 2;
  const beside = right ? focused.x - GAP - TIP_WIDTH : focused.x + GAP;
  // On a narrow chart (a phone) the tooltip cannot stand beside the mark: it is kept inside the plot, under the
  // mark and its focus ring, rather than cut off at the figure's edge.
  const x = Math.max(0, Math.min(beside, area.x + area.width - TIP_WIDTH));
  const y = x === beside ? focused.y + GAP : focused.y + (focused.radius ?? 5) + 2 * GAP;
  return (
    <Tooltip
      content={<ScaleTooltip pinned={datum} />}
      cursor={false}
      isAnimationActive={false}
      active
      defaultIndex={focused.index}
      position={{ x, y }}
    />
  );
}
