import { createContext, useContext, useMemo, type ReactNode } from "react";
import { ID_NAMES, namesOf, type Names } from "../domain/catalog/names";
import type { CatalogFacts } from "../domain/catalog/schema";

/** The catalog's source titles and entry names, for views that write a source list or a relation. */
const NamesContext = createContext<Names>(ID_NAMES);

export const useNames = (): Names => useContext(NamesContext);

/** Gives the pages under it the names of `document`'s sources and entries. */
export function NamesProvider({
  document,
  children,
}: {
  readonly document: CatalogFacts;
  readonly children: ReactNode;
}) {
  const names = useMemo(() => namesOf(document), [document]);
  return <NamesContext value={names}>{children}</NamesContext>;
}
