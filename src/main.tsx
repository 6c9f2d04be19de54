import { QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import "./app/styles.css";
import { applyTheme, storedTheme } from "./state/theme";
import { catalogQueryOptions } from "./data/catalog-query";
import { startEarlyResults } from "./data/early-results";
import { parseRoute } from "./domain/url/routes";

// Before the first render, so a remembered dark theme does not flash light.
applyTheme(storedTheme());

// Every page that reads the catalog (all but the Benchmarks view) starts its worker now: its script and the catalog
// load while React draws the page, not after. The Benchmarks view starts its results instead, from their own chunk,
// so no other page pays; left out, the catalog's download and validation would share the machine with them.
const queryClient = new QueryClient();
if (parseRoute(window.location.pathname, import.meta.env.BASE_URL).page === "benchmarks") {
  void startEarlyResults(window.location.search);
  void import("./data/results-query").then(({ prefetchBenchmarks }) =>
    prefetchBenchmarks(queryClient, window.location.search),
  );
} else void queryClient.prefetchQuery(catalogQueryOptions());

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
