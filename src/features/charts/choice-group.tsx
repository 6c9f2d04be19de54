import { useId } from "react";

interface Props<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

/**
 * A chart's choice (scale, colour, stacking) as a segmented control: native radio buttons drawn as joined segments,
 * so it stays one labelled radio group to assistive tech and the arrow keys move the choice.
 */
export function ChoiceGroup<T extends string>({ label, value, options, onChange }: Props<T>) {
  const legendId = useId();
  return (
    <fieldset className="segmented" role="radiogroup" aria-labelledby={legendId}>
      <legend id={legendId}>{label}</legend>
      <div className="segments">
        {options.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name={`${label}-${legendId}`}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
