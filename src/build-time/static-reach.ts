/**
 * Chunk naming for the client build: every module that a given entry module
 * reaches through static imports alone (not itself, not what it loads with
 * import()) goes into one named chunk. Each file is compressed on its own, so
 * one file for what an assessment page runs at load costs fewer bytes and
 * requests than the handful of small shared chunks Rolldown would otherwise
 * make; and because the rule follows the import graph, a file added to that
 * graph joins the chunk with no list of names to edit.
 */

/** The part of Rolldown's module info this needs. */
export interface ModuleLinks {
  /** Modules that import this one statically. */
  importers: readonly string[];
}

export type ModuleLookup = (id: string) => ModuleLinks | null;

/**
 * A Rolldown `codeSplitting` group name function: `name` for every module
 * that `root` (a path ending, e.g. `src/a/b.ts`) imports statically, directly
 * or through other modules; null for the rest. Answers are remembered per build.
 *
 * Modules under node_modules join only if `packages` matches them: a package's
 * index re-exports all of it, so the graph alone would bring in parts that
 * only other pages use (nanostores' listenKeys, which only Preact islands need).
 */
export function staticReachOf(root: string, name: string, packages?: RegExp) {
  const ends = (id: string) => id.replaceAll('\\', '/').endsWith(root);
  const known = new Map<string, boolean>();
  const reaches = (id: string, lookup: ModuleLookup, seen: Set<string>): boolean => {
    const hit = known.get(id);
    if (hit !== undefined) return hit;
    if (seen.has(id)) return false;
    seen.add(id);
    const importers = lookup(id)?.importers ?? [];
    const found = importers.some((from) => ends(from) || reaches(from, lookup, seen));
    // Only a positive answer is final: a negative one met a cycle still being walked.
    if (found) known.set(id, true);
    return found;
  };
  // getModuleInfo is a method: called through ctx, not detached.
  const eligible = (id: string) => !ends(id) && (!/[\\/]node_modules[\\/]/.test(id) || !!packages?.test(id));
  return (id: string, ctx: { getModuleInfo: ModuleLookup }): string | null =>
    eligible(id) && reaches(id, (m) => ctx.getModuleInfo(m), new Set()) ? name : null;
}
