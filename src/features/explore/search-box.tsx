interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: Props) {
  return (
    <div className="search">
      <label htmlFor="model-search" className="visually-hidden">
        Search models
      </label>
      <input
        id="model-search"
        type="search"
        placeholder="Search models, papers, architectures, tasks"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
