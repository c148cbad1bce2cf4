/**
 * What is wrong with a damaged review file, in plain English: what, where,
 * and what to do, instead of the validator's own words ("Invalid input:
 * expected array, received string (at projects)").
 */
import type * as z from 'zod/mini';

const listNames: Record<string, [one: string, all: string]> = {
  projects: ['project', 'the list of projects'],
  goals: ['goal', 'the list of goals'],
  relations: ['relation', 'the list of relations'],
  dismissed: ['dismissed pair', 'the list of dismissed pairs'],
  decisions: ['decision', 'the decisions'],
};

const kindWords: Record<string, string> = { array: 'a list', string: 'text', object: 'a set of fields', number: 'a number', boolean: 'yes or no' };

export const WHAT_TO_DO = 'Open the file as it was downloaded from this tool, or ask whoever sent it for a new copy. Nothing was changed.';

/** The field a path ends at, in words: "the list of projects", "the field “title”". */
function fieldWords(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the review';
  if (typeof last === 'string' && path.length === 1 && listNames[last]) return listNames[last][1];
  return typeof last === 'number' ? `an entry` : `the field “${String(last)}”`;
}

/** Where the problem is: "in project 3 (“Falls audit…”)", "in relation 2", or nothing when the sentence already says. */
function placeWords(path: readonly PropertyKey[], review: unknown): string {
  const [list, index] = path;
  if (typeof list !== 'string' || !listNames[list] || path.length < 2) return list === 'decisions' ? ' in the decisions' : '';
  if (typeof index !== 'number') return ` in the ${listNames[list][0]} for “${String(index)}”`;
  const title = list === 'projects' ? (review as { projects?: { title?: unknown }[] })?.projects?.[index]?.title : undefined;
  const t = typeof title === 'string' ? title.trim() : '';
  return ` in ${listNames[list][0]} ${index + 1}${t ? ` (“${t.slice(0, 60)}${t.length > 60 ? '…' : ''}”)` : ''}`;
}

/** One plain sentence (without its full stop) for the first problem the validator found. */
export function describeIssue(issue: z.core.$ZodIssue | undefined, review: unknown): string {
  if (!issue) return 'a field is wrong';
  const place = placeWords(issue.path, review);
  const field = issue.path.length > 2 || (issue.path.length === 1 && !listNames[String(issue.path[0])]) ? fieldWords(issue.path) : issue.path.length === 1 ? fieldWords(issue.path) : 'it';
  // The review's own checks already speak plainly ("Every project needs a title."); only the validator's defaults are reworded.
  if (!/^(Invalid|Unrecognized|Too (big|small)|Expected)/.test(issue.message)) return `${issue.message.replace(/\.$/, '')}${place}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${field} is missing or is not ${kindWords[issue.expected] ?? issue.expected}${place}`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'a field' : 'fields'} this tool does not write (${issue.keys.map((k) => `“${k}”`).join(', ')})${place}`;
    case 'invalid_value':
      return `${field} holds a value this tool does not know${place}`;
    case 'too_big':
    case 'too_small':
      return `${field} is too ${issue.code === 'too_big' ? 'long' : 'short'}${place}`;
    default:
      return `${field} is not as this tool writes it${place}`;
  }
}
