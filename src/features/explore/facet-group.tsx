import { memo } from "react";
import type { FacetPanel } from "../../domain/query/facet-options";
import { setFacetUnknown, toggleFacetValue } from "../../domain/query/query-actions";
import { useUiStore } from "../../state/ui-store";
import { updateView } from "../../state/use-view-state";
import { useRovingFocus } from "./use-roving-focus";

/** Long facets show this many values until expanded; ticked values are always shown. */
const SHORT_LIST = 6;

interface Props {
  readonly panel: FacetPanel;
}

// A facet's panel is described afresh on every render of the filters; one whose values, counts and choices are
// the same draws the same group, so a click in one facet does not redraw the other ten.
function samePanel(a: Props, b: Props): boolean {
  const [x, y] = [a.panel, b.panel];
  return (
    x.facet === y.facet &&
    x.label === y.label &&
    x.unknownCount === y.unknownCount &&
    x.unknownShown === y.unknownShown &&
    x.unknownChosen === y.unknownChosen &&
    x.options.length === y.options.length &&
    x.options.every((option, i) => {
      const other = y.options[i]!;
      return (
        option.value === other.value &&
        option.count === other.count &&
        option.selected === other.selected &&
        option.label === other.label
      );
    })
  );
}

export const FacetGroup = memo(function FacetGroup({ panel }: Props) {
  const { facet, label, options, unknownCount, unknownShown } = panel;
  const expanded = useUiStore((state) => state.expandedFacets.includes(facet));
  const toggleExpanded = useUiStore((state) => state.toggleFacetExpanded);
  const long = options.length > SHORT_LIST + 1;
  const shown = !long || expanded ? options : options.filter((option, i) => i < SHORT_LIST || option.selected);
  const listId = `facet-${facet}-values`;
  const roving = useRovingFocus<HTMLFieldSetElement>();

  return (
    <fieldset className="facet" ref={roving.ref} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
      <legend>{label}</legend>
      <div id={listId} className="facet-values">
        {shown.map((option) => (
          <label key={option.value} className={option.count === 0 ? "facet-option empty" : "facet-option"}>
            <input
              type="checkbox"
              data-roving-key={option.value}
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
              data-roving-key="(unknown)"
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
          data-roving-key="(more)"
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
}, samePanel);
