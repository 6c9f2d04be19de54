import { QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import "./app/styles.css";
import { applyTheme, storedTheme } from "./state/theme";
import { catalogQueryOptions } from "./data/catalog-query";

// Before the first render, so a remembered dark theme does not flash light.
applyTheme(storedTheme());

// Every page but the changelog reads the catalog: its worker starts now, its script and the catalog loading while
// React draws the page, not after.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(catalogQueryOptions());

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
