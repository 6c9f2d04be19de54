import type { FacetPanel } from "../../domain/query/facet-options";
import { setFacetUnknown, toggleFacetValue } from "../../domain/query/query-actions";
import { useUiStore } from "../../state/ui-store";
import { updateView } from "../../state/use-view-state";

/** Long facets show this many values until expanded; ticked values are always shown. */
const SHORT_LIST = 6;

interface Props {
  readonly panel: FacetPanel;
}

export function FacetGroup({ panel }: Props) {
  const { facet, label, options, unknownCount, unknownShown } = panel;
  const expanded = useUiStore((state) => state.expandedFacets.includes(facet));
  const toggleExpanded = useUiStore((state) => state.toggleFacetExpanded);
  const long = options.length > SHORT_LIST + 1;
  const shown = !long || expanded ? options : options.filter((option, i) => i < SHORT_LIST || option.selected);
  const listId = `facet-${facet}-values`;

  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <div id={listId} className="facet-values">
        {shown.map((option) => (
          <label key={option.value} className={option.count === 0 ? "facet-option empty" : "facet-option"}>
            <input
              type="checkbox"
              checked={option.selected}
              onChange={() => updateView((state) => toggleFacetValue(state, facet, option.value))}
            />
            <span className="facet-label">{option.label}</span> <span className="facet-count">{option.count}</span>
          </label>
        ))}
        {unknownCount > 0 || panel.unknownChosen ? (
          <label className="facet-option facet-unknown" title={`Entries with no ${label.toLowerCase()} in the catalog`}>
            <input
              type="checkbox"
              checked={unknownShown}
              onChange={(event) => updateView((state) => setFacetUnknown(state, facet, event.target.checked))}
            />
            <span className="facet-label">Unknown</span> <span className="facet-count">{unknownCount}</span>
          </label>
        ) : null}
      </div>
      {long ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => toggleExpanded(facet)}
        >
          {expanded
            ? `Show fewer ${label.toLowerCase()} values`
            : `Show all ${options.length} ${label.toLowerCase()} values`}
        </button>
      ) : null}
    </fieldset>
  );
}
