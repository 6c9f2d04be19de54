import { useState } from "react";
import { copyText } from "../../lib/clipboard";

interface Props {
  /** Builds the link at the moment of the click, so it includes what was typed a moment ago. */
  readonly link: () => string;
}

const CONFIRMATION_MS = 4000;

type Outcome = { readonly copied: true } | { readonly copied: false; readonly link: string } | null;

/** Copies the link to this exact view; where the browser refuses, shows the link to copy by hand. */
export function CopyLinkButton({ link }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const copy = async () => {
    const text = link();
    const copied = await copyText(text);
    setOutcome(copied ? { copied: true } : { copied: false, link: text });
    if (copied) setTimeout(() => setOutcome(null), CONFIRMATION_MS);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-outcome">
        {outcome?.copied ? "Link copied" : null}
      </span>
      {outcome && !outcome.copied ? (
        <label className="manual-copy">
          The browser would not copy; select and copy this link:
          <input readOnly value={outcome.link} onFocus={(event) => event.target.select()} autoFocus />
        </label>
      ) : null}
    </span>
  );
}
