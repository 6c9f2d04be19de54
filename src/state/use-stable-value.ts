import { useState } from "react";

/**
 * The same object for as long as its content is the same, by a key that describes the content. When the URL takes
 * up the search text a moment after it was typed, the view state is a new object with equal content: keeping the
 * old one spares filtering and counting 100,000 entries again for nothing.
 */
export function useStableValue<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key === key) return kept.value;
  // Adjusting state while rendering, as React documents for values derived from props: no extra commit.
  setKept({ key, value });
  return value;
}
