import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { AppLink } from "../components/app-link";
import { ErrorBoundary } from "../components/error-boundary";
import { parseRoute, explorerPath } from "../domain/url/routes";
import { PageNotFound } from "./page-not-found";
import { EXPLORER_VIEWS } from "./explorer-views";
import { ThemeToggle } from "./theme-toggle";
import { ViewNav } from "./view-nav";
import { useLocationPathname } from "../state/use-view-state";

const BASE = import.meta.env.BASE_URL;
// The changelog page brings its own schema (zod): only those who open it download it.
const ChangesPage = lazy(() => import("../features/changes/changes-page"));
const FitPage = lazy(() => import("../features/fit/fit-page"));
// Benchmark results load only when this view (or a model page, or the comparison) asks for them.
const BenchmarksPage = lazy(() => import("../features/benchmarks/benchmarks-page"));
// The explorer and a model's page bring TanStack Table, the virtualiser, the query index and the exports, a third of
// what the main script was: the Benchmarks view, whose download waits while the main thread compiles and runs code,
// does without them. Their pages wait for the catalog anyway, which starts downloading before either is drawn.
const ExplorePage = lazy(() =>
  import("../features/explore/explore-page").then((module) => ({ default: module.ExplorePage })),
);
const ModelPage = lazy(() => import("../features/model/model-page").then((module) => ({ default: module.ModelPage })));

interface Props {
  /** Made before the first render, so the catalog's worker can start while React draws the page. */
  readonly queryClient?: QueryClient;
}

export function App({ queryClient: given }: Props) {
  const [queryClient] = useState(() => given ?? new QueryClient());
  const pathname = useLocationPathname();
  const route = parseRoute(pathname, BASE);

  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <AppLink href={explorerPath(BASE)} className="brand">
          scfm-atlas
        </AppLink>
        <p className="tagline">Foundation models for single-cell and genomics data</p>
        <ViewNav page={route.page} />
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          {route.page === "explorer" ? (
            <Suspense fallback={<p role="status">Loading the catalog…</p>}>
              <ExplorePage views={EXPLORER_VIEWS} />
            </Suspense>
          ) : route.page === "model" ? (
            <Suspense fallback={<p role="status">Loading the model…</p>}>
              <ModelPage id={route.id} />
            </Suspense>
          ) : route.page === "fit" ? (
            <Suspense fallback={<p role="status">Loading the Fit view…</p>}>
              <FitPage />
            </Suspense>
          ) : route.page === "benchmarks" ? (
            <Suspense fallback={<p role="status">Loading the Benchmarks view…</p>}>
              <BenchmarksPage />
            </Suspense>
          ) : route.page === "changes" ? (
            <Suspense fallback={<p role="status">Loading the changelog…</p>}>
              <ChangesPage />
            </Suspense>
          ) : (
            <PageNotFound />
          )}
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
