import { AppLink } from "../components/app-link";
import { explorerPath } from "../domain/url/routes";
import { setView } from "../domain/url/view-actions";
import { decodeView, encodeView, type ViewName } from "../domain/url/view-codec";

const VIEW_LINKS: readonly { readonly view: ViewName; readonly label: string }[] = [
  { view: "table", label: "Table" },
  { view: "charts", label: "Charts" },
  { view: "compare", label: "Compare" },
];

interface Props {
  /** The explorer's query string: the current one on the explorer, the last one seen elsewhere. */
  readonly search: string;
  readonly onExplorer: boolean;
}

/** The views of the same filtered catalog; switching keeps every filter. */
export function ViewNav({ search, onExplorer }: Props) {
  const state = decodeView(search).state;
  return (
    <nav aria-label="Views" className="views">
      {VIEW_LINKS.map(({ view, label }) => (
        <AppLink
          key={view}
          href={explorerPath(import.meta.env.BASE_URL, encodeView(setView(state, view)))}
          aria-current={onExplorer && state.view === view ? "page" : undefined}
        >
          {label}
        </AppLink>
      ))}
    </nav>
  );
}
