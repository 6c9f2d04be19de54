/**
 * Reads a .bib file as BibTeX itself does, for tests: an entry is `@type{` up to the brace that brings the count back
 * to zero, counting every brace (BibTeX ignores a backslash before one). Anything between entries is a comment.
 */
export interface ReadEntry {
  readonly type: string;
  readonly key: string;
  readonly fields: ReadonlyMap<string, string>;
}

function readFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const name = /^\s*,?\s*([a-z]+)\s*=\s*/i.exec(body.slice(i));
    if (!name) break;
    i += name[0].length;
    let value = "";
    if (body[i] === "{") {
      let depth = 0;
      const start = i;
      for (; i < body.length; i += 1) {
        if (body[i] === "{") depth += 1;
        else if (body[i] === "}" && (depth -= 1) === 0) break;
      }
      value = body.slice(start + 1, i);
      i += 1;
    } else {
      const bare = /^[^,]*/.exec(body.slice(i))![0];
      value = bare.trim();
      i += bare.length;
    }
    fields.set(name[1]!.toLowerCase(), value);
  }
  return fields;
}

export function readBibtex(text: string): ReadEntry[] {
  const entries: ReadEntry[] = [];
  let i = 0;
  while ((i = text.indexOf("@", i)) >= 0) {
    const head = /^@([a-z]+)\s*\{/i.exec(text.slice(i));
    if (!head) {
      i += 1;
      continue;
    }
    let depth = 0;
    let end = i + head[0].length - 1;
    for (; end < text.length; end += 1) {
      if (text[end] === "{") depth += 1;
      else if (text[end] === "}" && (depth -= 1) === 0) break;
    }
    const body = text.slice(i + head[0].length, end);
    const comma = body.indexOf(",");
    const type = head[1]!.toLowerCase();
    if (type !== "comment") {
      entries.push({
        type,
        key: (comma < 0 ? body : body.slice(0, comma)).trim(),
        fields: readFields(comma < 0 ? "" : body.slice(comma)),
      });
    }
    i = end + 1;
  }
  return entries;
}
