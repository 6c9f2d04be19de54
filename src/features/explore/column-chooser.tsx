import { useEffect, useId, useRef, useState } from "react";
import {
  CATALOG_COLUMNS,
  COLUMN_GROUP_LABELS,
  COLUMN_GROUPS,
  columnById,
  NAME_COLUMN,
} from "../../domain/columns/catalog-columns";
import { currentColumns, moveColumn, resetColumns, toggleColumn } from "../../domain/url/view-actions";
import type { ViewState } from "../../domain/url/view-codec";
import type { updateView } from "../../state/use-view-state";

interface Props {
  readonly state: ViewState;
  readonly update: typeof updateView;
}

/** Shows, hides and reorders columns: every catalog field is offered, the name always comes first. */
export function ColumnChooser({ state, update }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = currentColumns(state);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        button.current?.focus();
      } else if (wrapper.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [open]);

  return (
    <div className="column-chooser" ref={wrapper}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns ({shown.length + 1})
      </button>
      <div id={panelId} className="chooser-panel" hidden={!open}>
        <section aria-label="Column order">
          <h3>Shown, in order</h3>
          <ol className="column-order">
            <li>
              <span>Name</span> <span className="hint">always first</span>
            </li>
            {shown.map((id, i) => {
              const label = columnById(id)?.label ?? id;
              return (
                <li key={id}>
                  <span>{label}</span>
                  <span className="order-buttons">
                    <button
                      type="button"
                      aria-label={`Move ${label} earlier`}
                      disabled={i === 0}
                      onClick={() => update((s) => moveColumn(s, id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${label} later`}
                      disabled={i === shown.length - 1}
                      onClick={() => update((s) => moveColumn(s, id, 1))}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={() => update(resetColumns)} disabled={state.columns === null}>
            Default columns
          </button>
        </section>
        <section aria-label="Available columns" className="column-groups">
          {COLUMN_GROUPS.map((group) => (
            <fieldset key={group}>
              <legend>{COLUMN_GROUP_LABELS[group]}</legend>
              {CATALOG_COLUMNS.filter((column) => column.group === group && column.id !== NAME_COLUMN).map((column) => (
                <label key={column.id}>
                  <input
                    type="checkbox"
                    checked={shown.includes(column.id)}
                    onChange={() => update((s) => toggleColumn(s, column.id))}
                  />
                  {column.label}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      </div>
    </div>
  );
}
