// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexEntries } from "../../domain/query/entry-values";
import { facetPanel } from "../../domain/query/facet-options";
import { decodeView } from "../../domain/url/view-codec";
import { realLoadedCatalog } from "./explorer-test-catalog";
import { FacetGroup } from "./facet-group";
import { openAt, addressSearch } from "../../../test/support/address";

const catalog = realLoadedCatalog();
const all = indexEntries(catalog.document.entries);
const panelNow = (facet: "family" | "venue") =>
  facetPanel(all, decodeView(addressSearch()).state, facet, catalog.document.sources);

beforeEach(() => openAt("/"));
afterEach(cleanup);

describe("a facet group", () => {
  it("is a named group of values with counts, and a tick writes the filter to the URL", () => {
    render(<FacetGroup panel={panelNow("family")} />);
    const group = screen.getByRole("group", { name: "Architecture family" });
    const decoder = within(group).getByRole("checkbox", { name: /^Decoder \(GPT-style\) \d+$/ });
    fireEvent.click(decoder);
    expect(new URLSearchParams(addressSearch()).get("arch")).toBe("decoder-transformer");
  });

  it("keeps or leaves out the models with no value on request", () => {
    render(<FacetGroup panel={panelNow("family")} />);
    const unknown = screen.getByRole("checkbox", { name: /^Unknown \d+$/ });
    expect((unknown as HTMLInputElement).checked).toBe(true);
    fireEvent.click(unknown);
    expect(new URLSearchParams(addressSearch()).get("arch")).toBe("-unknown");
  });

  it("shows a long list short until asked for all of it", () => {
    const panel = panelNow("venue");
    render(<FacetGroup panel={panel} />);
    const group = screen.getByRole("group", { name: "Venue" });
    const shortCount = within(group).getAllByRole("checkbox").length;
    fireEvent.click(screen.getByRole("button", { name: /Show all \d+ venue values/ }));
    expect(within(group).getAllByRole("checkbox").length).toBeGreaterThan(shortCount);
    expect(within(group).getAllByRole("checkbox").length).toBe(panel.options.length + (panel.unknownCount > 0 ? 1 : 0));
  });
});
