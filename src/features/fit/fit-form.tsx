import { useState, type ReactNode } from "react";
import { MODALITIES, SPECIES } from "../../domain/catalog/vocabularies";
import {
  FIT_GENE_ID_LABELS,
  FIT_GENE_IDS,
  FIT_GPU_LABELS,
  FIT_GPUS,
  FIT_TASK_LABELS,
  FIT_TASKS,
  type FitQuery,
} from "../../domain/fit/fit-query";

interface Props {
  readonly query: FitQuery;
  readonly onChange: (change: Partial<FitQuery>) => void;
}

function Choice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string | null;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string | null) => void;
}) {
  return (
    <div className="fit-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The number of genes is committed on Enter or when the field is left, so typing "300" is one step of history. */
function GenesField({
  value,
  onChange,
}: {
  readonly value: number | null;
  readonly onChange: (genes: number | null) => void;
}) {
  const [draft, setDraft] = useState(value === null ? "" : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value === null ? "" : String(value));
  }
  const commit = () => {
    const genes = /^\d{1,7}$/.test(draft.trim()) ? Number(draft.trim()) : null;
    if (genes !== value) onChange(genes !== null && genes >= 1 ? genes : null);
  };
  return (
    <div className="fit-field">
      <label htmlFor="fit-genes">Genes measured</label>
      <input
        id="fit-genes"
        type="number"
        min={1}
        max={1_000_000}
        inputMode="numeric"
        placeholder="e.g. 300 or 20000"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </div>
  );
}

const entries = <T extends string>(ids: readonly T[], labels: Record<T, string>) =>
  ids.map((id) => [id, labels[id]] as const);

/** The questions of the Fit view; every answer goes to the link at once. */
export function FitForm({ query, onChange }: Props): ReactNode {
  return (
    <form className="fit-form" aria-label="Your data and means" onSubmit={(event) => event.preventDefault()}>
      <Choice
        id="fit-species"
        label="Species"
        value={query.species}
        options={SPECIES.map(({ id, label }) => [id, label] as const)}
        onChange={(species) => onChange({ species })}
      />
      <Choice
        id="fit-gene-ids"
        label="Gene identifiers"
        value={query.geneIds}
        options={entries(FIT_GENE_IDS, FIT_GENE_ID_LABELS)}
        onChange={(geneIds) => onChange({ geneIds: geneIds as FitQuery["geneIds"] })}
      />
      <Choice
        id="fit-modality"
        label="Modality"
        value={query.modality}
        options={MODALITIES.map(({ id, label }) => [id, label] as const)}
        onChange={(modality) => onChange({ modality })}
      />
      <GenesField value={query.genes} onChange={(genes) => onChange({ genes })} />
      <Choice
        id="fit-gpu"
        label="GPU available"
        value={query.gpu}
        options={entries(FIT_GPUS, FIT_GPU_LABELS)}
        onChange={(gpu) => onChange({ gpu: gpu as FitQuery["gpu"] })}
      />
      <Choice
        id="fit-task"
        label="Task"
        value={query.task}
        options={entries(FIT_TASKS, FIT_TASK_LABELS)}
        onChange={(task) => onChange({ task: task as FitQuery["task"] })}
      />
      <div className="fit-field fit-check">
        <input
          id="fit-commercial"
          type="checkbox"
          checked={query.commercial}
          onChange={(event) => onChange({ commercial: event.target.checked })}
        />
        <label htmlFor="fit-commercial">Commercial use needed</label>
      </div>
    </form>
  );
}
