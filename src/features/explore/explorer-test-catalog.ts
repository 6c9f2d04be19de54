/** A loaded catalog for component tests: the real one, read from disk, with its provenance held back as the app does. */
import type { LoadedCatalog } from "../../data/loaded-catalog";
import { factsOf } from "../../domain/archive/entry-archive";
import { loadRealCatalog } from "../../../test/support/real-catalog";

export function realLoadedCatalog(): LoadedCatalog {
  const whole = loadRealCatalog();
  return {
    document: { ...whole, entries: whole.entries.map(factsOf) },
    skipped: [],
    complete: true,
    heldBack: {
      provenance: (id) => Promise.resolve(whole.entries.find((entry) => entry.id === id)?.provenance ?? null),
      documentJson: () => Promise.resolve(new Blob(["{}"])),
    },
  };
}
