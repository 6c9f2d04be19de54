import { describe, expect, it } from "vitest";
import type { CatalogSource } from "../catalog/schema";
import { fileNameOf, importSources } from "./import-sources";
import { uniqueSlug } from "./slug";

const SEED: CatalogSource = { id: "awesome-scfm", title: "awesome-single-cell-foundation", type: "list" };

describe("uniqueSlug", () => {
  it("makes a lowercase slug and numbers it past the ids already taken", () => {
    expect(uniqueSlug("Toy/Kit 2", new Set())).toBe("toy-kit-2");
    expect(uniqueSlug("Žiga-Net", new Set())).toBe("ziga-net");
    expect(uniqueSlug("scGPT", new Set(["scgpt", "scgpt-2"]))).toBe("scgpt-3");
    expect(uniqueSlug("!!!", new Set())).toBe("entry");
  });
});

describe("importSources", () => {
  it("makes one import source per file, titled by the file's first heading, else its name", () => {
    const sources = importSources(
      [
        { path: "lists/My List.md", text: "intro\n# My favourite models\n## Section" },
        { path: "C:\\lists\\plain.markdown", text: "- **Toy**: a" },
      ],
      [SEED],
    );
    expect(sources).toEqual([
      {
        id: "my-list",
        title: "My favourite models",
        type: "import",
        note: "imported from My List.md with npm run catalog:import",
      },
      {
        id: "plain",
        title: "plain.markdown",
        type: "import",
        note: "imported from plain.markdown with npm run catalog:import",
      },
    ]);
  });

  it("never takes the id of another source, and tells apart two files of one name", () => {
    const sources = importSources(
      [
        { path: "a/awesome-scfm.md", text: "" },
        { path: "b/awesome-scfm.md", text: "" },
      ],
      [SEED],
    );
    expect(sources.map((source) => source.id)).toEqual(["awesome-scfm-2", "awesome-scfm-3"]);
  });

  it("reuses the source of an earlier import of the same file", () => {
    const [earlier] = importSources([{ path: "x/toys.md", text: "# Toys" }], [SEED]);
    expect(importSources([{ path: "y/toys.md", text: "# Renamed" }], [SEED, earlier!])).toEqual([earlier]);
  });

  it("takes a newer copy of one of the catalog's lists, known by its heading, for that list", () => {
    const [source] = importSources(
      [{ path: "downloads/README.md", text: "# Awesome Single-Cell Foundation\n" }],
      [SEED],
    );
    expect(source).toBe(SEED);
  });

  it("takes a YAML list, which has no heading, for the catalog's list whose address names that file", () => {
    const theislab: CatalogSource = {
      id: "theislab-transformers",
      title: "single-cell-transformer-papers: single-cell transformers",
      type: "list",
      url: "https://github.com/theislab/single-cell-transformer-papers/blob/7ab9c7d/_data/single-cell-transformers.yml",
    };
    const [source, other] = importSources(
      [
        { path: "data/seeds/theislab/single-cell-transformers.yml", text: "- model: scGPT\n" },
        { path: "elsewhere/transformers.yml", text: "- model: scGPT\n" },
      ],
      [SEED, theislab],
    );
    expect(source).toBe(theislab);
    expect(other).toMatchObject({ id: "transformers", type: "import" });
  });

  it("reads the file name from either kind of path separator", () => {
    expect(fileNameOf("a/b/c.md")).toBe("c.md");
    expect(fileNameOf("a\\b\\c.md")).toBe("c.md");
    expect(fileNameOf("c.md")).toBe("c.md");
  });
});
