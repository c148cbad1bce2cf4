/** Import of an export file in QI Hub's JSON format. */
import type { Instrument } from '../instrument';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, exportHeaderSchema } from '../../schemas/export';
import { answersLeftOut, capped, describeFileIssues } from './import-issues';
import { checkRecords, fail, FORBIDDEN_KEYS, type CheckedImport } from './import-records';

/** Parses JSON, refusing keys that could reach an object's prototype if code ever merged the data naively. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch {
    return { ok: false, error: 'The file is not valid JSON. Choose a file you downloaded from QI Hub, without changes.' };
  }
  if (forbidden) return { ok: false, error: `The file contains the key “${forbidden}”, which QI Hub never writes. Nothing was imported.` };
  return { ok: true, value };
}

/**
 * Paths of keys in `input` that validation dropped from `output` (zod objects
 * strip unknown keys): an export QI Hub wrote never has any.
 */
export function unknownKeys(input: unknown, output: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((v, i) => unknownKeys(v, output[i], `${path}[${i}]`));
  if (!input || typeof input !== 'object' || !output || typeof output !== 'object') return [];
  const out = output as Record<string, unknown>;
  return Object.keys(input).flatMap((k) =>
    Object.hasOwn(out, k) ? unknownKeys((input as Record<string, unknown>)[k], out[k], path ? `${path}.${k}` : k) : [path ? `${path}.${k}` : k],
  );
}

export function checkJson(text: string, catalogue: readonly Instrument[], now = Date.now()): CheckedImport {
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  const header = exportHeaderSchema.safeParse(parsed.value);
  if (!header.success || header.data.format !== EXPORT_FORMAT) {
    return fail('The file is JSON, but not an export from QI Hub. Choose a file you downloaded with “Download as JSON”.');
  }
  if (header.data.version > EXPORT_VERSION) {
    return fail(`The file was made by a newer version of QI Hub (format ${header.data.version}). This site reads format ${EXPORT_VERSION}. Nothing was imported.`);
  }
  const result = exportFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return fail(
      'The file is a QI Hub export, but parts of it are not as QI Hub writes them. Nothing was imported:',
      ...capped([...describeFileIssues(result.error.issues, parsed.value, catalogue), ...answersLeftOut(parsed.value, catalogue)]),
    );
  }
  const extra = unknownKeys(parsed.value, result.data);
  if (extra.length) {
    return fail(`The file has fields QI Hub does not write: ${extra.slice(0, 5).join(', ')}. Nothing was imported.`);
  }
  return checkRecords(
    'json',
    result.data.instruments.map((i) => i.record),
    catalogue,
    now,
  );
}
