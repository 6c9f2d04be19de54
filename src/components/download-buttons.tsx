import { useState } from "react";
import { downloadBlob } from "../lib/download";

export interface DownloadChoice {
  /** The button's text, e.g. "Export CSV". */
  readonly label: string;
  readonly fileName: string;
  readonly type: string;
  readonly build: () => string;
}

/** A row of export buttons for a page (a comparison, a model): each builds its file and saves it. */
export function DownloadButtons({
  label,
  choices,
}: {
  readonly label: string;
  readonly choices: readonly DownloadChoice[];
}) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="export-menu" aria-label={label}>
      {choices.map((choice) => (
        <button
          key={choice.label}
          type="button"
          onClick={() => {
            downloadBlob(new Blob([choice.build()], { type: choice.type }), choice.fileName);
            setMessage(`Saved ${choice.fileName}.`);
          }}
        >
          {choice.label}
        </button>
      ))}
      <span role="status" className="export-message">
        {message}
      </span>
    </section>
  );
}
