/**
 * A method page links the guide to that method; general QI resources (the
 * QSIR library's front page, Improvement Fundamentals) are listed once, on the
 * resources page. These checks keep the two apart and the related lists sound.
 */

/** One address, written the same way however an editor typed it: no fragment, no trailing slash, lower-case host. */
export function sameAddress(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

export interface MethodLinks {
  id: string;
  guides: { url: string }[];
  related: { method: string }[];
}

/** "method: url" for each guide on a method that is one of the general resources. */
export function generalGuidesOnMethods(methods: MethodLinks[], generalUrls: string[]): string[] {
  const general = new Set(generalUrls.map(sameAddress));
  return methods.flatMap((m) => m.guides.filter((g) => general.has(sameAddress(g.url))).map((g) => `${m.id}: ${g.url}`));
}

/** Problems with related lists: a method naming itself, or naming the same method twice. */
export function relatedProblems(methods: MethodLinks[]): string[] {
  return methods.flatMap((m) => {
    const ids = m.related.map((r) => r.method);
    const problems = ids.includes(m.id) ? [`${m.id}: names itself as related`] : [];
    const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    return [...problems, ...twice.map((id) => `${m.id}: names "${id}" more than once`)];
  });
}
