import { DefaultZIndexes, ZIndexLayer } from "recharts";
import { useFocusedMark, type MarkFocus } from "./use-mark-group";

const GAP = 3;

/**
 * A ring around the mark that has keyboard focus, drawn above every mark: a dark (in dark mode, light) circle on a
 * halo of the page's background, so it stands out on a marker of any colour, on the grid and on either theme, where
 * the marker's own outline in the accent colour could vanish on a blue marker.
 */
export function FocusRing({ focus }: { readonly focus: MarkFocus }) {
  const focused = useFocusedMark(focus);
  if (!focused) return null;
  const r = (focused.radius ?? 5) + GAP;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="focus-ring" pointerEvents="none" data-index={focused.index}>
        <circle className="focus-ring-halo" cx={focused.x} cy={focused.y} r={r} />
        <circle className="focus-ring-line" cx={focused.x} cy={focused.y} r={r} />
      </g>
    </ZIndexLayer>
  );
}
