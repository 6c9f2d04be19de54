import { useEffect } from "react";

export const SITE_NAME = "scfm-atlas";

/** A tab's title: the page's name first (what a reader scans in a row of tabs), then the site's. */
export function pageTitle(page: string | null): string {
  const name = page?.trim();
  return name ? `${name} · ${SITE_NAME}` : SITE_NAME;
}

/** Names the page in the tab and in history while the view is shown; the title before comes back when it goes. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    const before = document.title;
    document.title = pageTitle(page);
    return () => {
      document.title = before;
    };
  }, [page]);
}
