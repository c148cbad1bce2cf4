import { describe, expect, it } from 'vitest';
import { looseContext } from '../../../src/schemas/common';
import { methodSchema } from '../../../src/schemas/method';
import { trainingSchema } from '../../../src/schemas/training';
import { facultySchema } from '../../../src/schemas/faculty';

const method = {
  title: 'Driver diagrams',
  summary: 'A picture of what you need to change to reach your aim, and the ideas to test.',
  stages: ['plan'],
  timeNeeded: '1 to 2 hours with your team',
};

describe('content schemas', () => {
  it('accept a valid entry and fill defaults', () => {
    const parsed = methodSchema(looseContext).parse(method);
    expect(parsed.related).toEqual([]);
    expect(parsed.guides).toEqual([]);
  });

  it('name an unknown field and list the allowed ones', () => {
    const result = methodSchema(looseContext).safeParse({ ...method, colour: 'blue' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/^Unknown field "colour"\. Check the spelling\. The fields allowed here are: title, summary/);
  });

  it('reject a stage that is not one of the five', () => {
    const result = methodSchema(looseContext).safeParse({ ...method, stages: ['celebrate'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['stages', 0]);
  });

  it('require a way to get in touch with a faculty', () => {
    const result = facultySchema().safeParse({
      title: 'QSIR faculty', summary: 'Teaches QSIR programmes to staff across the system.', organisation: 'One Gloucestershire',
      audience: 'Anyone working in the system', area: 'Gloucestershire', contact: { name: 'Team' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/at least one way to get in touch/);
  });

  it('reject a booking link that is not a web address', () => {
    const result = trainingSchema(looseContext).safeParse({
      title: 'QSIR Practitioner', summary: 'A practical programme in improvement methods for staff.', faculty: 'qsir-faculty',
      level: 'practitioner', format: 'in-person', audience: 'Staff', howToBook: 'Email the faculty to ask.', bookingUrl: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['bookingUrl']);
  });
});
