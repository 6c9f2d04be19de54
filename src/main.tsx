import { QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import "./app/styles.css";
import { applyTheme, storedTheme } from "./state/theme";
import { catalogQueryOptions } from "./data/catalog-query";
import { parseRoute } from "./domain/url/routes";

// Before the first render, so a remembered dark theme does not flash light.
applyTheme(storedTheme());

// Every page but the changelog reads the catalog: its worker starts now, its script and the catalog loading while
// React draws the page, not after.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(catalogQueryOptions());
// The Benchmarks view's results likewise, when the page opens on it: from its own chunk, so no other page pays.
if (parseRoute(window.location.pathname, import.meta.env.BASE_URL).page === "benchmarks")
  void import("./data/results-query").then(({ prefetchBenchmarks }) =>
    prefetchBenchmarks(queryClient, window.location.search),
  );

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
