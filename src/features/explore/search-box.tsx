import { useEffect, useRef } from "react";

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Whether a key pressed here is typing (a text field, a select, editable text), so "/" must not be taken. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The search box. "/" focuses it from anywhere outside a text field; Esc clears it. */
export function SearchBox({ value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const clear = useRef(onChange);
  useEffect(() => {
    clear.current = onChange;
  });
  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", focusOnSlash);
    return () => document.removeEventListener("keydown", focusOnSlash);
  }, []);
  return (
    <div className="search">
      <label htmlFor="model-search" className="visually-hidden">
        Search models
      </label>
      <input
        ref={input}
        id="model-search"
        type="search"
        placeholder="Search models, papers, authors, tasks (press /)"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // A search field clears itself on Esc in some browsers only; here it always does, and says so to React.
          if (event.key === "Escape" && value !== "") {
            event.preventDefault();
            clear.current("");
          }
        }}
      />
    </div>
  );
}
