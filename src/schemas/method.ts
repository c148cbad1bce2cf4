/** A QI method or tool: `content/methods/<slug>.mdx`. */
import { z } from 'astro/zod';
import { externalLink, summary, tag, title, type SchemaContext, fields } from './common';

/** The stages of an improvement project, in the order a project meets them. */
export const projectStages = ['understand', 'plan', 'test', 'measure', 'sustain-and-spread'] as const;
export type ProjectStage = (typeof projectStages)[number];

/** How each stage is written on the page. */
export const stageLabels: Record<ProjectStage, string> = {
  understand: 'Understand the problem',
  plan: 'Plan',
  test: 'Test changes',
  measure: 'Measure',
  'sustain-and-spread': 'Sustain and spread',
};

export const methodSchema = ({ ref }: SchemaContext) =>
  fields({
    /** The method's common name, e.g. "Driver diagrams". */
    title,
    /** What it is, in one or two sentences. */
    summary,
    /** Other names people search for, e.g. "fishbone" for cause and effect. */
    aliases: z.array(z.string().trim().min(2)).default([]),
    /** The project stages where the method helps most. */
    stages: z.array(z.enum(projectStages)).min(1, 'Name at least one project stage.'),
    /** Roughly how long it takes, e.g. "1 to 2 hours with your team". */
    timeNeeded: z.string().trim().min(3),
    /** Other methods people use alongside this one (ids from content/methods). */
    related: z.array(ref('methods')).default([]),
    /** Tags that assessment items point at when they score low. */
    tags: z.array(tag).default([]),
    /** Guides and tools on other sites. */
    resources: z.array(externalLink).default([]),
  });

export type MethodData = z.infer<ReturnType<typeof methodSchema>>;
