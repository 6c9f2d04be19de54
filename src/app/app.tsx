import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { CatalogPage } from "../features/catalog-list/catalog-page";
import { ErrorBoundary } from "../components/error-boundary";

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="brand">scfm-atlas</p>
        <p className="tagline">Foundation models for single-cell and genomics data</p>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <CatalogPage />
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
