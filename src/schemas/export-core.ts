/**
 * The export file's name, version and TypeScript shape, without zod: writing
 * an export needs only these, so "Download" loads no validator. The zod schema
 * that checks a file on import is in ./export.ts (documented there).
 */
import type { AnswerRecord } from './answers-core';

export const EXPORT_FORMAT = 'qi-hub-answers';
export const EXPORT_VERSION = 1;

export interface ExportedInstrument {
  id: string;
  title: string;
  items: string[];
  record: AnswerRecord;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  instruments: ExportedInstrument[];
}
