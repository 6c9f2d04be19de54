import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, longLine, MAX_LINE_CHARS, MAX_LIST_BYTES, readListText } from "./read-list-text";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readListText", () => {
  it("returns the text of a UTF-8 list, accents and emoji included", () => {
    expect(readListText("list.md", utf8("# Liste\n- **scGPT** – Märtens 💡\r\n"))).toEqual({
      text: "# Liste\n- **scGPT** – Märtens 💡\r\n",
    });
  });

  it.each([
    ["a lone 0xff", bytes(0x2d, 0x20, 0x61, 0xff, 0x62), 3, "0xff"],
    ["a sequence cut short at the end", bytes(0x61, 0xe2, 0x82), 1, "0xe2"],
    ["an overlong encoding of '/'", bytes(0x61, 0x62, 0xc0, 0xaf), 2, "0xc0"],
    ["an encoded surrogate", bytes(0xed, 0xa0, 0x80), 0, "0xed"],
    ["a continuation byte with no lead", bytes(0x61, 0x80), 1, "0x80"],
  ])("refuses %s, naming the file and the byte offset", (_case, input, offset, shown) => {
    const result = readListText("lists/bad.md", input);
    expect(result).toEqual({
      error: expect.stringContaining(`lists/bad.md: byte ${offset} (${shown}) is not UTF-8 text`),
    });
  });

  it("refuses binary garbage at its first control byte", () => {
    expect(readListText("x.bin", bytes(0x50, 0x4b, 0x03, 0x04))).toEqual({
      error: "x.bin: byte 2 (0x03) is a control character; this is not a text list",
    });
    expect(readListText("nul.md", utf8("abc\0def"))).toMatchObject({ error: expect.stringContaining("byte 3 (0x00)") });
  });

  it("refuses a file larger than the limit before reading it", () => {
    const result = readListText("big.md", new Uint8Array(MAX_LIST_BYTES + 1).fill(0x61));
    expect(result).toEqual({ error: expect.stringContaining(`big.md: ${MAX_LIST_BYTES + 1} bytes is more than the`) });
  });

  it("refuses an over-long line only where lines cannot be skipped one by one", () => {
    const text = `- model: a\n- model: ${"b".repeat(MAX_LINE_CHARS)}\n`;
    expect(readListText("l.yml", utf8(text), { wholeLines: true })).toEqual({
      error: `l.yml: line 2 has ${MAX_LINE_CHARS + 9} characters, more than the ${MAX_LINE_CHARS} a list line may have`,
    });
    expect(readListText("l.md", utf8(text))).toEqual({ text });
  });

  it("finds no long line in short text, and the first long one otherwise", () => {
    expect(longLine("a\nb\n")).toBeNull();
    expect(longLine(`a\n\n${"x".repeat(MAX_LINE_CHARS + 1)}`)).toEqual({ line: 3, chars: MAX_LINE_CHARS + 1 });
  });
});

describe("firstInvalidUtf8", () => {
  it("accepts every string's UTF-8 encoding", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => firstInvalidUtf8(utf8(text)) === -1));
  });

  it("agrees with the standard decoder on any bytes", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        return (firstInvalidUtf8(input) === -1) === valid;
      }),
      { numRuns: 2000 },
    );
  });
});
