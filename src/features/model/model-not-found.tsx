import { useState, type FormEvent } from "react";
import { AppLink } from "../../components/app-link";
import { explorerPath } from "../../domain/url/routes";
import { navigate } from "../../state/location-store";

const BASE = import.meta.env.BASE_URL;

/** A link to a model the catalog does not have: say so, and offer the search instead of a dead end. */
export function ModelNotFound({ id }: { readonly id: string }) {
  const [text, setText] = useState(id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(explorerPath(BASE, new URLSearchParams(text.trim() ? { q: text.trim() } : {}).toString()));
  };
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">No model “{id}” in the catalog</h1>
      <p>The link may be old, or the model may be listed under another name. Search the catalog:</p>
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor="not-found-search" className="visually-hidden">
          Search models
        </label>
        <input id="not-found-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">Search</button>
      </form>
      <p>
        <AppLink href={explorerPath(BASE)}>Browse all models</AppLink>
      </p>
    </section>
  );
}
