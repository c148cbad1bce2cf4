import { describe, expect, it } from 'vitest';
import { facultyGaps, listText, mailtoHref, posterGaps, trainingGaps } from '../../../src/submission/page-gaps';

describe('listText', () => {
  it('joins with commas and "and"', () => {
    expect(listText([])).toBe('');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b'])).toBe('a and b');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('mailtoHref', () => {
  it('encodes the subject and body', () => {
    expect(mailtoHref('team@nhs.net', 'Poster: A & B', 'Line 1\nLine 2')).toBe('mailto:team@nhs.net?subject=Poster%3A%20A%20%26%20B&body=Line%201%0ALine%202');
    expect(mailtoHref('team@nhs.net', 'Hi')).toBe('mailto:team@nhs.net?subject=Hi');
  });
});

describe('posterGaps', () => {
  it('asks a title-only poster for its whole story, in page order', () => {
    expect(posterGaps({ team: [] })).toEqual([
      'the organisations involved', 'your aim', 'what you did', 'your measures', 'your results', 'what you learnt', 'the team', 'a contact for the work', 'the poster itself',
    ]);
  });
  it('asks for nothing when everything is there', () => {
    expect(posterGaps({ organisation: 'Trust', question: 'q', approach: 'a', measures: 'm', results: 'r', learning: 'l', team: ['A'], contact: { email: 'a@nhs.net' }, pdf: '/p.pdf' })).toEqual([]);
  });
});

describe('trainingGaps', () => {
  it('asks for level, format, length, how to book and booking page only when missing', () => {
    expect(trainingGaps({ level: 'ask-the-faculty', format: 'ask-the-faculty' })).toEqual(['its level', 'how it is delivered', 'how long it takes', 'how to book or ask about a place', 'a booking page']);
    expect(trainingGaps({ level: 'introductory', format: 'online', duration: '2 days', howToBook: 'Email the faculty.', bookingUrl: 'https://x' })).toEqual([]);
  });
});

describe('facultyGaps', () => {
  it('asks for a direct contact when there is none or only a web page, and for the organisation and area when missing', () => {
    expect(facultyGaps({ contact: { url: 'https://x' } as never })).toEqual(['an email address or phone number for the faculty', 'the organisation it belongs to', 'the area it covers']);
    expect(facultyGaps({})).toEqual(['an email address or phone number for the faculty', 'the organisation it belongs to', 'the area it covers']);
    expect(facultyGaps({ organisation: 'Trust', area: 'Gloucestershire', contact: { email: 'a@nhs.net' } })).toEqual([]);
  });
});
