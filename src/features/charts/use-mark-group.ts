import { useMemo, useState } from "react";
import type { MarkGroup } from "./scale-shapes";
import { useRovingFocus } from "./use-roving-focus";

/**
 * A Recharts series' marks as one roving group (see useRovingFocus), and which mark has focus, for the chart's
 * Tooltip to show it as it shows a hovered one.
 */
export function useMarkGroup(count: number, onActivate: (index: number) => void) {
  const { current, onFocusMark } = useRovingFocus(count);
  const [focused, setFocused] = useState<number | null>(null);
  const group = useMemo(
    (): MarkGroup => ({ current, onFocusMark, onActivate, onShow: setFocused }),
    [current, onFocusMark, onActivate],
  );
  return { group, focused };
}
