import { describe, expect, it } from "vitest";
import { shortUrl } from "./short-url";

describe("shortUrl", () => {
  it("keeps the host and the last segment of a long path", () => {
    expect(shortUrl("https://github.com/biomap-research/scFoundation/blob/main/MODEL_LICENSE")).toBe(
      "github.com/…/MODEL_LICENSE",
    );
  });

  it("drops www. and keeps a single segment whole", () => {
    expect(shortUrl("https://www.biorxiv.org/content")).toBe("biorxiv.org/content");
  });

  it("is the host alone for a bare address, ignoring a trailing slash", () => {
    expect(shortUrl("https://huggingface.co/")).toBe("huggingface.co");
  });

  it("decodes the segment it shows", () => {
    expect(shortUrl("https://example.org/a/Table%202")).toBe("example.org/…/Table 2");
  });

  it("returns what is not an http(s) URL unchanged", () => {
    expect(shortUrl("scfm-atlas")).toBe("scfm-atlas");
    expect(shortUrl("mailto:someone@example.org")).toBe("mailto:someone@example.org");
  });
});
