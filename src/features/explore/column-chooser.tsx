import { useEffect, useId, useRef, useState } from "react";
import { FIELD_GROUP_LABELS, FIELD_GROUPS } from "../../domain/fields/field-def";
import { resetColumns } from "../../domain/url/view-actions";
import { updateView } from "../../state/use-view-state";
import type { CatalogTable } from "./catalog-table-model";

interface Props {
  readonly table: CatalogTable;
  /** The URL chose no columns: the default set is shown. */
  readonly isDefault: boolean;
}

/**
 * Shows, hides and reorders columns through the table model's visibility and order (which write the URL): every
 * catalog field is offered, the name always comes first.
 */
export function ColumnChooser({ table, isDefault }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const all = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const shown = table.getVisibleLeafColumns().filter((column) => column.getCanHide());
  const move = (id: string, by: -1 | 1) =>
    table.setColumnOrder((order) => {
      const visible = order.filter((other) => shown.some((column) => column.id === other));
      const from = visible.indexOf(id);
      const to = visible[from + by];
      if (to === undefined) return order;
      return order.map((other) => (other === id ? to : other === to ? id : other));
    });

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
        {/* Drawn only while open: closed, its thirty checkboxes would be drawn again on every filter click. */}
        {open ? (
          <>
            <section aria-label="Column order">
              <h3>Shown, in order</h3>
              <ol className="column-order">
                <li>
                  <span>Name</span> <span className="hint">always first</span>
                </li>
                {shown.map(({ id, columnDef }, i) => {
                  const label = columnDef.meta!.field.label;
                  return (
                    <li key={id}>
                      <span>{label}</span>
                      <span className="order-buttons">
                        <button
                          type="button"
                          aria-label={`Move ${label} earlier`}
                          disabled={i === 0}
                          onClick={() => move(id, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          aria-label={`Move ${label} later`}
                          disabled={i === shown.length - 1}
                          onClick={() => move(id, 1)}
                        >
                          ↓
                        </button>
                      </span>
                    </li>
                  );
                })}
              </ol>
              <button type="button" onClick={() => updateView(resetColumns)} disabled={isDefault}>
                Default columns
              </button>
            </section>
            <section aria-label="Available columns" className="column-groups">
              {FIELD_GROUPS.map((group) => (
                <fieldset key={group}>
                  <legend>{FIELD_GROUP_LABELS[group]}</legend>
                  {all
                    .filter((column) => column.columnDef.meta!.field.group === group)
                    .map((column) => (
                      <label key={column.id}>
                        <input
                          type="checkbox"
                          checked={column.getIsVisible()}
                          onChange={() => column.toggleVisibility()}
                        />
                        {column.columnDef.meta!.field.label}
                      </label>
                    ))}
                </fieldset>
              ))}
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}
