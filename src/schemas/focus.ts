/**
 * "Where to focus": for each statement of each self-assessment, the methods and
 * the training on this site that help when it scores low. One file,
 * `content/focus/where-to-focus.yaml`, keyed by instrument id and then item id,
 * so the whole mapping is reviewed in one place.
 */
import { z } from 'astro/zod';
import { HYPHENATED, type SchemaContext } from './common';

export const focusSchema = ({ ref }: SchemaContext) =>
  z.record(
    z.string().regex(HYPHENATED, 'Item ids are lower case words joined by hyphens.'),
    z.strictObject({
      /** Methods (ids of files in content/methods/) that help, most helpful first. Leave empty when none fits. */
      methods: z.array(ref('methods')).max(3, 'List at most 3 methods for a statement.').default([]),
      /** Training offers (ids of files in content/training/) that help, most helpful first. Leave empty when none fits. */
      training: z.array(ref('training')).max(3, 'List at most 3 training offers for a statement.').default([]),
    }),
  );

export type FocusData = z.infer<ReturnType<typeof focusSchema>>;
