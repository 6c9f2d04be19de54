import { describe, expect, it } from "vitest";
import { fixMojibake } from "./fix-mojibake";

describe("fixMojibake", () => {
  it.each([
    ["üí°: Pretrained Model", "💡: Pretrained Model"],
    ["üõ†Ô∏è Architecture", "🛠️ Architecture"],
    ["≈Ωiga Avsec", "Žiga Avsec"],
    ["gene‚Äìgene interaction", "gene–gene interaction"],
  ])("repairs %j", (mangled, repaired) => {
    expect(fixMojibake(mangled)).toBe(repaired);
  });

  it.each(["café", "Žiga", "plain ASCII", "über 💡", ""])("leaves correct text %j alone", (text) => {
    expect(fixMojibake(text)).toBe(text);
  });
});
