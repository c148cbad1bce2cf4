/**
 * Finds poster images and PDFs that a content file names but that are not
 * there. Astro's own "image not found" error does not say which content file
 * asked for the image, so the build checks first and names the file.
 */
import path from 'node:path';

export interface PosterFileEntry {
  /** The content file, relative to the project root, e.g. "content/posters/ari-hubs.mdx". */
  file: string;
  /** Its frontmatter. */
  data: Record<string, unknown>;
}

export interface MissingFile {
  file: string;
  field: 'image.src' | 'pdf';
  value: string;
  /** Where the build looked, relative to the project root. */
  lookedFor: string;
}

const isRemote = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value);

/**
 * `image.src` is relative to the content file (as Astro's image() reads it);
 * `pdf` is a path under public/ ("/posters/x.pdf") unless it is a full URL.
 */
export function findMissingPosterFiles(entries: readonly PosterFileEntry[], exists: (projectPath: string) => boolean): MissingFile[] {
  const missing: MissingFile[] = [];
  for (const { file, data } of entries) {
    const image = (data as { image?: { src?: unknown } }).image?.src;
    if (typeof image === 'string' && !isRemote(image) && !image.startsWith('/')) {
      const lookedFor = path.posix.join(path.posix.dirname(file), image);
      if (!exists(lookedFor)) missing.push({ file, field: 'image.src', value: image, lookedFor });
    }
    const pdf = (data as { pdf?: unknown }).pdf;
    if (typeof pdf === 'string' && !isRemote(pdf)) {
      const lookedFor = path.posix.join('public', pdf.replace(/^\/+/, ''));
      if (!exists(lookedFor)) missing.push({ file, field: 'pdf', value: pdf, lookedFor });
    }
  }
  return missing;
}

export function describeMissingFiles(missing: readonly MissingFile[]): string {
  return missing.map((m) => `${m.file}: field "${m.field}" names "${m.value}", but there is no file at ${m.lookedFor}.`).join('\n');
}
