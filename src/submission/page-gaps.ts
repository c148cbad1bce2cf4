/**
 * What a page is missing that the team behind it could send: the words for
 * the "complete this page" call to action. Pure functions over a content
 * entry's data, so every page type asks in the same way and only for what is
 * really missing.
 */

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A mailto: link with the subject (and body, if given) filled in. */
export function mailtoHref(email: string, subject: string, body?: string): string {
  const params = [`subject=${encodeURIComponent(subject)}`];
  if (body) params.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${email}?${params.join('&')}`;
}

interface PosterFields {
  organisation?: string | undefined;
  question?: string | undefined;
  approach?: string | undefined;
  measures?: string | undefined;
  results?: string | undefined;
  learning?: string | undefined;
  team: readonly string[];
  contact?: unknown;
  image?: unknown;
  pdf?: string | undefined;
}

/** What a poster's team could add, in the order the case study shows it. */
export function posterGaps(d: PosterFields): string[] {
  const gaps: [unknown, string][] = [
    [d.organisation, 'the organisations involved'],
    [d.question, 'your aim'],
    [d.approach, 'what you did'],
    [d.measures, 'your measures'],
    [d.results, 'your results'],
    [d.learning, 'what you learnt'],
    [d.team.length > 0, 'the team'],
    [d.contact, 'a contact for the work'],
    [d.image || d.pdf, 'the poster itself'],
  ];
  return gaps.filter(([have]) => !have).map(([, ask]) => ask);
}

interface TrainingFields {
  level: string;
  format: string;
  duration?: string | undefined;
  howToBook?: string | undefined;
  bookingUrl?: string | undefined;
}

/** What the people who run a course could add. */
export function trainingGaps(d: TrainingFields): string[] {
  const gaps: [unknown, string][] = [
    [d.level !== 'ask-the-faculty', 'its level'],
    [d.format !== 'ask-the-faculty', 'how it is delivered'],
    [d.duration, 'how long it takes'],
    [d.howToBook, 'how to book or ask about a place'],
    [d.bookingUrl, 'a booking page'],
  ];
  return gaps.filter(([have]) => !have).map(([, ask]) => ask);
}

interface FacultyFields {
  area?: string | undefined;
  organisation?: string | undefined;
  contact?: { email?: string | undefined; phone?: string | undefined } | undefined;
}

/** What a faculty could add: a direct way to reach it, and the area it covers. */
export function facultyGaps(d: FacultyFields): string[] {
  const gaps: [unknown, string][] = [
    [d.contact?.email || d.contact?.phone, 'an email address or phone number for the faculty'],
    [d.organisation, 'the organisation it belongs to'],
    [d.area, 'the area it covers'],
  ];
  return gaps.filter(([have]) => !have).map(([, ask]) => ask);
}
