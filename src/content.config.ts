import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { CollectionName, SchemaContext } from './schemas/common';
import { methodSchema } from './schemas/method';
import { facultySchema } from './schemas/faculty';
import { trainingSchema } from './schemas/training';
import { posterSchema } from './schemas/poster';
import { programmeSchema } from './schemas/programme';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/page';
import { resourceSchema } from './schemas/resource';
import { assessmentSchema } from './schemas/assessment';
import { focusSchema } from './schemas/focus';

// Astro's reference() is typed for its own collection names; ours are the same strings.
const ctx: SchemaContext = { ref: (c) => reference(c) as unknown as ReturnType<SchemaContext['ref']> as never };
const from = (type: CollectionName, pattern = '**/*.{md,mdx}') => glob({ base: `./content/${type}`, pattern });

export const collections = {
  methods: defineCollection({ loader: from('methods'), schema: methodSchema(ctx) }),
  faculties: defineCollection({ loader: from('faculties'), schema: facultySchema() }),
  training: defineCollection({ loader: from('training'), schema: trainingSchema(ctx) }),
  posters: defineCollection({ loader: from('posters'), schema: ({ image }) => posterSchema({ ...ctx, image }) }),
  programmes: defineCollection({ loader: from('programmes'), schema: programmeSchema() }),
  news: defineCollection({ loader: from('news'), schema: newsSchema(ctx) }),
  pages: defineCollection({ loader: from('pages'), schema: pageSchema() }),
  resources: defineCollection({ loader: from('resources', '**/*.{md,yaml}'), schema: resourceSchema() }),
  assessments: defineCollection({ loader: from('assessments', '**/*.yaml'), schema: assessmentSchema() }),
  // One file; each top-level key (an instrument id) is an entry.
  focus: defineCollection({ loader: file('./content/focus/where-to-focus.yaml'), schema: focusSchema(ctx) }),
};
