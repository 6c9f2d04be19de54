import { useId, useState } from "react";
import type { AnyField } from "../../domain/fields/field-lookup";
import type { HeldBack } from "../../data/loaded-catalog";
import { useNames } from "../../components/names-context";
import type { IndexedEntry } from "../../domain/query/entry-values";
import { entriesToBibtex } from "../../domain/export/bibtex";
import { exportColumns, exportFileName } from "../../domain/export/csv";
import { buildCsvBlob } from "../../lib/build-csv";
import { downloadBlob } from "../../lib/download";
import { today } from "../../lib/today";
import { NARROW_SCREEN, useMediaQuery } from "../../state/use-media-query";

interface Props {
  /** The rows of the current view, in its order. */
  readonly rows: readonly IndexedEntry[];
  readonly columns: readonly AnyField[];
  /** Where the entries are kept whole, for "Export JSON". */
  readonly heldBack: HeldBack;
}

type Progress = { readonly done: number; readonly total: number } | null;

/**
 * Export exactly what the view shows: CSV (its columns, or every field), JSON (a catalog document), BibTeX. The
 * formats are one group and the CSV's options another; on a phone they fold behind an "Export" button, so the first
 * screen shows models rather than three rows of buttons.
 */
export function ExportMenu({ rows, columns, heldBack }: Props) {
  // Source lists and relations export by name.
  const names = useNames();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const [allFields, setAllFields] = useState(false);
  const [bom, setBom] = useState(false);
  const [progress, setProgress] = useState<Progress>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [jsonBusy, setJsonBusy] = useState(false);
  const count = rows.length;
  // Read when an export is asked for, not on every change of the rows.
  const entries = () => rows.map((row) => row.entry);
  const noun = count === 1 ? "model" : "models";

  // Builds a file (in a worker for CSV past a few thousand rows; JSON always in the catalog worker), saves it and
  // says so; `settle` frees its button.
  const save = async (format: "CSV" | "JSON", build: () => Promise<Blob>, settle: () => void) => {
    try {
      const blob = await build();
      downloadBlob(blob, exportFileName(today(), count, format === "CSV" ? "csv" : "json"));
      setMessage(`Exported ${count} ${noun} as ${format}.`);
    } catch (error) {
      setMessage(`The ${format} could not be built: ${(error as Error).message}`);
    } finally {
      settle();
    }
  };
  const exportCsv = () => {
    const ids = exportColumns(columns, allFields).map((column) => column.id);
    setMessage(null);
    return save(
      "CSV",
      () =>
        buildCsvBlob({ entries: entries(), columnIds: ids, bom, names }, (done, total) => setProgress({ done, total })),
      () => setProgress(null),
    );
  };
  const exportJson = () => {
    setMessage(`Building the JSON of ${count} ${noun}…`);
    setJsonBusy(true);
    return save(
      "JSON",
      () => heldBack.documentJson(rows.map((row) => row.entry.id)),
      () => setJsonBusy(false),
    );
  };
  const exportBibtex = () => {
    downloadBlob(
      new Blob([entriesToBibtex(entries())], { type: "application/x-bibtex" }),
      exportFileName(today(), count, "bib"),
    );
    setMessage(`Exported ${count} citations as BibTeX.`);
  };

  return (
    <section className="export-menu" aria-label="Export">
      {narrow ? (
        <button
          type="button"
          className="export-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Export {count} {noun}
        </button>
      ) : null}
      <div id={panelId} className="export-panel" hidden={narrow && !open}>
        <div role="group" aria-label="Export formats" className="button-group">
          <button type="button" onClick={() => void exportCsv()} disabled={count === 0 || progress !== null}>
            Export CSV ({count} {noun})
          </button>
          <button type="button" onClick={() => void exportJson()} disabled={count === 0 || jsonBusy}>
            Export JSON
          </button>
          <button type="button" onClick={exportBibtex} disabled={count === 0}>
            Export BibTeX
          </button>
        </div>
        <div role="group" aria-label="CSV options" className="export-options">
          <label>
            <input type="checkbox" checked={allFields} onChange={(event) => setAllFields(event.target.checked)} />
            Every field, not just the visible columns
          </label>
          <label>
            <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
            Byte-order mark (for Excel)
          </label>
        </div>
      </div>
      {progress ? (
        <label className="export-progress">
          Building the CSV: {progress.done.toLocaleString("en-US")} of {progress.total.toLocaleString("en-US")} rows
          <progress value={progress.done} max={progress.total} />
        </label>
      ) : null}
      <span role="status" className="export-message">
        {message}
      </span>
    </section>
  );
}
