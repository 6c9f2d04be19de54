/** How every view shows a value nobody reported: the word, never a blank or a zero. */
export function UnknownValue({ text = "unknown" }: { readonly text?: string }) {
  return <span className="unknown">{text}</span>;
}
