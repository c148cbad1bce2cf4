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
    /**
     * The methods a reader of this one should turn to next, each with the
     * reason, e.g. a run chart leads to SPC charts "when you have 20 or more
     * points and want limits". Listed on this page only, in this order: a
     * method that names this one is not listed back unless this one names it too.
     */
    related: z
      .array(
        z.strictObject({
          /** The related method's id: its file name in content/methods. */
          method: ref('methods'),
          /** Why it belongs here, in one short sentence. */
          reason: z.string().trim().min(10, 'Give the reason in a short sentence.').max(200, 'Keep the reason to one short sentence (200 characters at most).'),
        }),
      )
      .default([]),
    /** Tags that assessment items point at when they score low. */
    tags: z.array(tag).default([]),
    /**
     * Guides to this method in particular on other sites (a QSIR guide, an IHI
     * tool page). General QI resources belong in content/resources, which the
     * resources page lists once; the build refuses a guide that is one of them.
     */
    guides: z.array(externalLink).default([]),
  });

export type MethodData = z.infer<ReturnType<typeof methodSchema>>;
