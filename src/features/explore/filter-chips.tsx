import type { ActiveFilter } from "../../domain/query/active-filters";
import type { ViewState } from "../../domain/url/view-codec";

interface Props {
  readonly filters: readonly ActiveFilter<ViewState>[];
  readonly onApply: (state: ViewState) => void;
  readonly onReset: () => void;
}

/** Every active filter as a chip that removes it, and one button that removes them all. */
export function FilterChips({ filters, onApply, onReset }: Props) {
  if (filters.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters" role="group">
      <ul>
        {filters.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              className="chip"
              aria-label={`Remove filter ${filter.text}`}
              onClick={() => onApply(filter.without)}
            >
              {filter.text}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}
