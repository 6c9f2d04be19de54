import { AppLink } from "../components/app-link";
import { benchmarksPath, explorerPath, fitPath, type Route } from "../domain/url/routes";
import { setView } from "../domain/url/view-actions";
import { encodeView, type ViewName } from "../domain/url/view-codec";
import { useViewState } from "../state/use-view-state";

const VIEW_LINKS: readonly { readonly view: ViewName; readonly label: string }[] = [
  { view: "table", label: "Table" },
  { view: "charts", label: "Charts" },
  { view: "compare", label: "Compare" },
];

interface Props {
  readonly page: Route["page"];
}

/** The views of the same filtered catalog; switching keeps every filter. */
export function ViewNav({ page }: Props) {
  const onExplorer = page === "explorer";
  // A model page carries the explorer's view in its query, so the links go back to the same filters.
  const { state } = useViewState();
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
      <AppLink
        href={benchmarksPath(import.meta.env.BASE_URL)}
        aria-current={page === "benchmarks" ? "page" : undefined}
      >
        Benchmarks
      </AppLink>
      <AppLink href={fitPath(import.meta.env.BASE_URL)} aria-current={page === "fit" ? "page" : undefined}>
        Fit
      </AppLink>
    </nav>
  );
}
