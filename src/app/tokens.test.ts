import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AA_NON_TEXT, AA_TEXT, contrastRatio, customProperties } from "../domain/design/contrast";

const css = readFileSync(join(import.meta.dirname, "styles.css"), "utf8");

function block(pattern: RegExp): Map<string, string> {
  const body = pattern.exec(css)?.[1];
  if (body === undefined) throw new Error(`No block matches ${pattern}`);
  return customProperties(body);
}

const light = block(/:root\s*\{([^}]*)\}/);
const darkChosen = block(/:root\[data-theme="dark"\]\s*\{([^}]*)\}/);
const darkSystem = block(/:root:not\(\[data-theme="light"\]\)\s*\{([^}]*)\}/);
// The dark sets override colours only; everything else comes from :root.
const dark = new Map([...light, ...darkChosen]);

/** Text (4.5:1) and the edges of controls and the focus ring (3:1), on the backgrounds they are drawn on. */
const TEXT_PAIRS = [
  ["--fg", "--bg"],
  ["--fg", "--stripe"],
  ["--fg", "--surface"],
  ["--fg", "--surface-hover"],
  ["--fg", "--notice-bg"],
  ["--fg", "--alert-bg"],
  ["--muted", "--bg"],
  ["--muted", "--stripe"],
  ["--muted", "--notice-bg"],
  ["--accent", "--bg"],
  ["--accent", "--stripe"],
  ["--on-accent", "--accent"],
  ["--ok", "--bg"],
  ["--danger", "--bg"],
  ["--danger", "--alert-bg"],
] as const;
const NON_TEXT_PAIRS = [
  ["--control-border", "--bg"],
  ["--control-border", "--surface"],
  ["--accent", "--bg"],
  ["--accent", "--surface"],
] as const;

describe.each([
  ["light", light],
  ["dark", dark],
])("the %s colour tokens", (_, tokens) => {
  const colour = (name: string) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`${name} is not defined`);
    return value;
  };

  it.each(TEXT_PAIRS)("%s on %s reads at AA (4.5:1)", (fg, bg) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(NON_TEXT_PAIRS)("%s on %s marks a control at 3:1", (fg, bg) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe("the dark theme", () => {
  it("is the same whether the reader chose it or the system did", () => {
    expect(Object.fromEntries(darkSystem)).toEqual(Object.fromEntries(darkChosen));
  });

  it("overrides every colour the light theme defines", () => {
    const colours = [...light].filter(([, value]) => /^#[0-9a-f]{6}$/i.test(value)).map(([name]) => name);
    expect(colours.filter((name) => !darkChosen.has(name))).toEqual([]);
  });
});
