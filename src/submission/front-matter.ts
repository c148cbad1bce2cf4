/**
 * Writes a content file's frontmatter and Markdown body from plain data, for
 * the submission forms. No YAML library: every string is written as a JSON
 * string, which YAML reads as a double-quoted scalar, so a colon, a quote mark
 * or a leading hyphen in what a person typed can never change the file's shape.
 */

export type FrontValue = string | number | boolean | readonly string[] | { readonly [key: string]: string | undefined } | undefined;

/** Line breaks as "\n", and no control characters other than tab and line break. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, '')
    .trim();
}

const scalar = (v: string | number | boolean) => (typeof v === 'string' ? JSON.stringify(cleanText(v)) : String(v));

/**
 * The frontmatter block, fields in the order given. Undefined values, empty
 * strings, empty lists and groups with nothing in them are left out.
 */
export function frontMatter(fields: Readonly<Record<string, FrontValue>>): string {
  const lines: string[] = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      const items = (value as readonly string[]).filter((v) => cleanText(v) !== '');
      if (items.length === 0) continue;
      lines.push(`${key}:`, ...items.map((v) => `  - ${scalar(v)}`));
    } else if (typeof value === 'object') {
      const entries = Object.entries(value).filter((e): e is [string, string] => e[1] !== undefined && cleanText(e[1]) !== '');
      if (entries.length === 0) continue;
      lines.push(`${key}:`, ...entries.map(([k, v]) => `  ${k}: ${scalar(v)}`));
    } else {
      lines.push(`${key}: ${scalar(value as string | number | boolean)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/**
 * Plain text as Markdown (and MDX) paragraphs: every character that Markdown
 * or MDX would read as markup ("<", "{", "*", "#", "[" and the like) is escaped
 * with a backslash, so the text shows exactly as typed and cannot break the build.
 */
export function markdownText(text: string): string {
  return cleanText(text)
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map(escapeLine).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The paragraphs a page shows for typed text, as the built page renders it: a
 * blank line starts a new paragraph, and a single line break reads as a space
 * (Markdown's soft break, and a line break inside an HTML paragraph). The
 * submission preview and the pages that show front-matter text both use it,
 * so the preview shows exactly what the page will.
 */
export function paragraphs(text: string | undefined): string[] {
  return cleanText(text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
}

function escapeLine(line: string): string {
  const escaped = line.trim().replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
  // What starts a heading, list, quote or rule only at the start of a line.
  // And in MDX a line starting "import" or "export" is JavaScript that the build
  // runs: its first letter becomes a character reference, which shows as typed.
  return escaped
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^(import|export)/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/**
 * A whole content file: frontmatter, then `kept` (a body already in the site,
 * as it is), then the new sections with their text escaped. Sections with no
 * text are left out.
 */
export function contentFile(fields: Readonly<Record<string, FrontValue>>, sections: readonly { heading: string; text: string | undefined }[], kept = ''): string {
  const parts = [
    kept.trim(),
    ...sections.filter((s) => s.text && cleanText(s.text)).map((s) => `## ${s.heading}\n\n${markdownText(s.text!)}`),
  ].filter(Boolean);
  return parts.length ? `${frontMatter(fields)}\n${parts.join('\n\n')}\n` : frontMatter(fields);
}

/** Lower case words joined by hyphens, for ids and slugs: "We Wait Well!" -> "we-wait-well". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** One item per line (or per comma, when `commas`), trimmed, blanks dropped. */
export function listFrom(text: string, commas = false): string[] {
  return cleanText(text)
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
