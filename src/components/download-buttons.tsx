import { useState } from "react";
import { downloadBlob } from "../lib/download";

export interface DownloadChoice {
  /** The button's text, e.g. "Export CSV". */
  readonly label: string;
  readonly fileName: string;
  readonly type: string;
  /** The file's content; a promise where part of it is asked of the catalog loader (provenance, whole entries). */
  readonly build: () => string | Promise<string | Blob>;
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
  const [busy, setBusy] = useState(false);
  const save = async (choice: DownloadChoice) => {
    setBusy(true);
    setMessage(`Building ${choice.fileName}…`);
    try {
      const content = await choice.build();
      downloadBlob(typeof content === "string" ? new Blob([content], { type: choice.type }) : content, choice.fileName);
      setMessage(`Saved ${choice.fileName}.`);
    } catch (error) {
      setMessage(`${choice.fileName} could not be built: ${(error as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="export-menu" aria-label={label}>
      <div role="group" aria-label="Formats" className="button-group">
        {choices.map((choice) => (
          <button key={choice.label} type="button" disabled={busy} onClick={() => void save(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
      <span role="status" className="export-message">
        {message}
      </span>
    </section>
  );
}
