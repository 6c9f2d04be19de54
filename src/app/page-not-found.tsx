import { AppLink } from "../components/app-link";
import { explorerPath } from "../domain/url/routes";
import { useDocumentTitle } from "../state/use-document-title";

export function PageNotFound() {
  useDocumentTitle("Page not found");
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <AppLink href={explorerPath(import.meta.env.BASE_URL)}>Browse all models</AppLink>
      </p>
    </section>
  );
}
