import { describe, expect, it } from "vitest";
import { licenceClass, licenceOf } from "./licence-class";

describe("licenceClass", () => {
  it.each([
    ["MIT", "permissive"],
    ["Apache-2.0", "permissive"],
    ["BSD-3-Clause", "permissive"],
    ["BSD-2-Clause", "permissive"],
    ["ISC", "permissive"],
    ["CC-BY-4.0", "permissive"],
    ["CC0-1.0", "permissive"],
    ["NCBI-PD", "permissive"],
    ["GPL-3.0", "copyleft"],
    ["GPL-3.0-only", "copyleft"],
    ["AGPL-3.0", "copyleft"],
    ["LGPL-2.1-or-later", "copyleft"],
    ["MPL-2.0", "copyleft"],
    ["CC-BY-SA-4.0", "copyleft"],
    ["CC-BY-NC-4.0", "non-commercial"],
    ["CC-BY-NC-ND-4.0", "non-commercial"],
    ["CC-BY-NC-SA-4.0", "non-commercial"],
    ["Genentech Non-Commercial Software License", "non-commercial"],
    ["Research-only licence", "non-commercial"],
    ["Free for academic use", "non-commercial"],
    ["noncommercial terms", "non-commercial"],
    ["LicenseRef-GenBio-AI-Community", "non-commercial"],
    ["none", "none-stated"],
    ["None", "none-stated"],
    ["Some Custom License", "unknown"],
    ["", "unknown"],
  ] as const)("%s is %s", (id, expected) => {
    expect(licenceClass(id)).toBe(expected);
  });

  it("says unknown when nobody looked", () => {
    expect(licenceClass(null)).toBe("unknown");
  });

  it("does not read NC inside a word as non-commercial", () => {
    expect(licenceClass("NCBI-PD")).toBe("permissive");
    expect(licenceClass("Unlicense")).toBe("permissive");
  });

  it("keeps the id beside its class", () => {
    expect(licenceOf("MIT")).toEqual({ id: "MIT", class: "permissive" });
    expect(licenceOf(null)).toEqual({ id: null, class: "unknown" });
  });
});
