/**
 * A value the user is still editing (search text, a dragged slider) kept locally so the input never waits for the
 * URL, then committed after a pause. A change that arrives from elsewhere (Back, a chip, Reset) replaces the draft;
 * the draft's own commits do not echo back into it.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export function useDraft<T>(
  committed: T,
  commit: (value: T) => void,
  delayMs: number,
  equals: (a: T, b: T) => boolean = Object.is,
): readonly [T, (value: T) => void, (value: T) => void] {
  const [draft, setDraftState] = useState(committed);
  const ownCommit = useRef(committed);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: T } | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    const { value } = pending.current;
    pending.current = null;
    ownCommit.current = value;
    commitRef.current(value);
  }, []);

  const setDraft = useCallback(
    (value: T) => {
      setDraftState(value);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { timer: setTimeout(flush, delayMs), value };
    },
    [delayMs, flush],
  );

  /** Drops an edit not yet committed, for a caller about to write the URL itself (one history step, not two). */
  const discard = useCallback((value: T) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    ownCommit.current = value;
    setDraftState(value);
  }, []);

  useEffect(() => {
    if (equals(committed, ownCommit.current)) return;
    ownCommit.current = committed;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setDraftState(committed);
  }, [committed, equals]);

  // A commit due after the component is gone would write to whatever page is showing by then.
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
    },
    [],
  );

  return [draft, setDraft, discard] as const;
}
