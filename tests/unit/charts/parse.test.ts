import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectSeparator, serialDate, parseDate, parsePasted, parseValue, splitLine, type Separator } from '../../../src/charts/data/parse';

describe('pasted data', () => {
  it('reads tab-separated cells copied from a spreadsheet, with a header', () => {
    const r = parsePasted('Month\tFalls\n01/04/2024\t12\n01/05/2024\t9\n01/06/2024\t14\n');
    expect(r.separator).toBe('\t');
    expect(r.header).toEqual({ line: 1, label: 'Month', value: 'Falls' });
    expect(r.points).toEqual([
      { line: 2, label: '01/04/2024', date: '2024-04-01', value: 12 },
      { line: 3, label: '01/05/2024', date: '2024-05-01', value: 9 },
      { line: 4, label: '01/06/2024', date: '2024-06-01', value: 14 },
    ]);
    expect(r.bad).toEqual([]);
  });

  it('reads comma and semicolon separated text without a header', () => {
    expect(parsePasted('Week 1,3.5\nWeek 2,4').points.map((p) => [p.label, p.value])).toEqual([
      ['Week 1', 3.5],
      ['Week 2', 4],
    ]);
    const semi = parsePasted('31/01/2025;12,5\n28/02/2025;13');
    expect(semi.separator).toBe(';');
    expect(semi.points.map((p) => [p.date, p.value])).toEqual([
      ['2025-01-31', 12.5],
      ['2025-02-28', 13],
    ]);
  });

  it('lists every bad row with its line number and a reason, and skips nothing silently', () => {
    const text = [
      'Date,Value', // 1 header
      '01/01/2025,10', // 2
      '', // 3 blank
      '02/01/2025,', // 4 no value
      '03/01/2025,ten', // 5 not a number
      '31/02/2025,7', // 6 not a real date
      '12/31/2025,7', // 7 month first
      '04/01/2025,1,2', // 8 three columns
      'just one', // 9 one column
      ',5', // 10 no label
      '01/01/2025,11', // 11 repeated date
      '"Ward 7, north",8', // 12 quoted label with a comma
      '"open quote,9', // 13
      '05/01/2025,12,,', // 14 empty trailing cells are fine
    ].join('\r\n');
    const r = parsePasted(text);
    expect(r.header?.line).toBe(1);
    expect(r.blank).toEqual([3]);
    // Line 12's label is not a date while the others are: it could not be put in time order, so it is listed.
    expect(r.points.map((p) => p.line)).toEqual([2, 14]);
    expect(r.bad.map((b) => b.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.bad.find((b) => b.line === 12)).toEqual({ line: 12, text: '"Ward 7, north",8', reason: expect.stringMatching(/"Ward 7, north" is not a date, but the other rows have dates/) });
    const reason = (line: number) => r.bad.find((b) => b.line === line)!.reason;
    expect(reason(4)).toMatch(/no value/);
    expect(reason(5)).toMatch(/"ten" is not a number/);
    expect(reason(6)).toMatch(/not a real date/);
    expect(reason(7)).toMatch(/day\/month\/year/);
    expect(reason(8)).toMatch(/3 columns/);
    expect(reason(9)).toMatch(/only one column/);
    expect(reason(10)).toMatch(/no date or label/);
    expect(reason(11)).toMatch(/already on line 2/);
    expect(reason(13)).toMatch(/quotation mark/);
    expect(r.bad.find((b) => b.line === 5)!.text).toBe('03/01/2025,ten');
  });

  it('reads two-digit years, ISO dates with a time, and Excel serials where the column is clearly dates', () => {
    const points = (text: string) => parsePasted(text).points.map((p) => [p.label, p.date]);
    expect(points('01/03/25\t4\n31/12/99\t5')).toEqual([
      ['01/03/25', '2025-03-01'],
      ['31/12/99', '2099-12-31'],
    ]);
    expect(points('2025-01-31 00:00:00,4\n2025-02-01T09:30:00Z,5')).toEqual([
      ['2025-01-31 00:00:00', '2025-01-31'],
      ['2025-02-01T09:30:00Z', '2025-02-01'],
    ]);
    expect(serialDate('45689')).toBe('2025-02-01');
    expect(serialDate('25569')).toBe('1970-01-01');
    expect(serialDate('1234')).toBeUndefined();
    // A serial among dates, or under a heading that says dates, is a date.
    expect(points('31/01/2025\t1\n45689\t2')).toEqual([
      ['31/01/2025', '2025-01-31'],
      ['45689', '2025-02-01'],
    ]);
    expect(points('Date\tFalls\n45689\t2\n45690\t3')).toEqual([
      ['45689', '2025-02-01'],
      ['45690', '2025-02-02'],
    ]);
    // Without either, a number is a label (a ward or case number, say).
    expect(points('45689\t2\n45690\t3')).toEqual([
      ['45689', undefined],
      ['45690', undefined],
    ]);
  });

  it('lists the fewer kind as bad rows when dates and labels are mixed, so nothing is drawn out of order unsaid', () => {
    const r = parsePasted('Week 1\t3\n01/01/2025\t4\n02/01/2025\t5\n31/01/2025\t6');
    expect(r.points.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(r.bad).toEqual([{ line: 1, text: 'Week 1\t3', reason: expect.stringMatching(/not a date, but the other rows have dates/) }]);
    const labels = parsePasted('Week 1\t3\nWeek 2\t4\n01/01/2025\t5');
    expect(labels.points.map((p) => p.label)).toEqual(['Week 1', 'Week 2']);
    expect(labels.bad[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/is a date, but most rows have labels/) });
    // A serial that lands on a date already given is a repeated date.
    expect(parsePasted('01/02/2025\t1\n45689\t2').bad[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/already on line 1/) });
  });

  it('does not take a first row of data with a bad value for a header', () => {
    const r = parsePasted('01/01/2025\tn/a\n02/01/2025\t4');
    expect(r.header).toBeNull();
    expect(r.bad).toEqual([{ line: 1, text: '01/01/2025\tn/a', reason: 'The value "n/a" is not a number.' }]);
  });

  it('reads values the way spreadsheets write them', () => {
    expect(parseValue('1,234.5', '\t')).toBe(1234.5);
    expect(parseValue('85%', '\t')).toBe(85);
    expect(parseValue('£12.40', ',')).toBe(12.4);
    expect(parseValue('1.2E+03', '\t')).toBe(1200);
    expect(parseValue('-3', '\t')).toBe(-3);
    expect(parseValue('.5', '\t')).toBe(0.5);
    expect(parseValue('12,5', ';')).toBe(12.5);
    expect(parseValue('12,5', '\t')).toEqual({ reason: 'The value "12,5" is not a number.' });
    const tooLarge = (v: string) => ({
      reason: `The value "${v}" is too large to work with. Use values up to 1,000,000,000,000,000, for example by giving them in thousands.`,
      tooLarge: true,
    });
    expect(parseValue('1e999', '\t')).toEqual(tooLarge('1e999'));
    expect(parseValue('1e308', '\t')).toEqual(tooLarge('1e308'));
    expect(parseValue('-1e16', '\t')).toEqual(tooLarge('-1e16'));
    expect(parseValue('1e15', '\t')).toBe(1e15);
    expect(parseValue('Infinity', '\t')).toHaveProperty('reason');
    expect(parseValue('0x10', '\t')).toHaveProperty('reason');
  });

  it('reads UK and ISO dates, and knows leap years', () => {
    expect(parseDate('1/2/2025')).toBe('2025-02-01');
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('29.02.2023')).toHaveProperty('reason');
    expect(parseDate('2025-03-31')).toBe('2025-03-31');
    expect(parseDate('2025-13-01')).toHaveProperty('reason');
    expect(parseDate('Jan-25')).toBeUndefined();
    expect(parseDate('01/02-2025')).toBeUndefined();
  });

  it('finds the separator', () => {
    expect(detectSeparator('a\t1')).toBe('\t');
    expect(detectSeparator('a;1,5')).toBe(';');
    expect(detectSeparator('\n\na,1')).toBe(',');
    expect(splitLine(' "a ""b""" , 2 ', ',')).toEqual(['a "b"', '2']);
  });
});

describe('round trips', () => {
  const label = fc.oneof(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => ({
        text: `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`,
        date: d.toISOString().slice(0, 10) as string | undefined,
      })),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,;"'()-]{0,20}$/).map((text) => ({ text: text.trim(), date: undefined as string | undefined })),
  );
  const row = fc.record({ label, value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }) });
  // All dates or all labels: a column that mixes them has its fewer kind listed as bad rows (tested on its own).
  const rows = fc
    .uniqueArray(row, { minLength: 1, maxLength: 40, selector: (r) => r.label.date ?? `text:${r.label.text}` })
    .filter((rs) => rs.every((r) => r.label.text !== '') && (rs.every((r) => r.label.date) || rs.every((r) => !r.label.date)));
  // Quote a label as a spreadsheet does when it holds a separator or a quote.
  const quote = (cell: string) => (/[,;"\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

  it('what we write, we read back: every separator, with or without a header', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom<Separator>('\t', ',', ';'), fc.boolean(), fc.constantFrom('\n', '\r\n'), (data, sep, header, eol) => {
        const body = data.map((r) => `${quote(r.label.text)}${sep}${String(r.value)}`);
        const text = [...(header ? [`Period${sep}Measure`] : []), ...body].join(eol);
        const parsed = parsePasted(text);
        expect(parsed.separator).toBe(sep);
        expect(parsed.bad).toEqual([]);
        expect(parsed.header !== null).toBe(header);
        // String(-0) is "0": the same number.
        expect(parsed.points.map((p) => [p.label, p.date, p.value])).toEqual(data.map((r) => [r.label.text, r.label.date, r.value + 0]));
      }),
    );
  });

  it('every line of any text is a point, the header, a blank line or a bad row', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const r = parsePasted(text);
        const accounted = [...r.points.map((p) => p.line), ...r.bad.map((b) => b.line), ...r.blank, ...(r.header ? [r.header.line] : [])].sort((a, b) => a - b);
        const total = text.split(/\r\n|\r|\n/).length - (text.endsWith('\n') && text.length > 0 ? 1 : 0);
        expect(accounted).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      }),
    );
  });
});

describe('values too big to compute with', () => {
  it('are bad rows with their line, and never reach the chart as limits that cannot be worked out', async () => {
    const { evaluate } = await import('../../../src/charts/maker/evaluate');
    const { blankChart } = await import('../../../src/charts/maker/model');
    const big = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(1e308, -1e308, 1.7976931348623157e308, 1e16, 1e15));
    fc.assert(
      fc.property(fc.array(big, { minLength: 2, maxLength: 30 }), (values) => {
        const data = values.map((v, i) => `Week ${i + 1},${v}`).join('\n');
        for (const kind of ['run', 'spc'] as const) {
          const ev = evaluate({ ...blankChart(), kind, data });
          expect(ev.points.length + ev.bad.length).toBe(values.length);
          for (const b of ev.bad) expect(b.reason).toMatch(/too large to work with|not a number/);
          if (ev.run) expect(Number.isFinite(ev.run.median)).toBe(true);
          for (const p of ev.spc?.periods ?? []) {
            expect(Number.isFinite(p.mean)).toBe(true);
            // No limits (NaN) is allowed, when too few values differ; limits of ±Infinity are not.
            for (const x of [p.lpl, p.upl]) expect(Number.isFinite(x) || Number.isNaN(x)).toBe(true);
          }
        }
      }),
    );
  });

  it('lists 1e308 with its line number', () => {
    const read = parsePasted('Date,Value\n1/1/2025,1e308\n2/1/2025,5\n3/1/2025,-Infinity');
    expect(read.bad.map((b) => [b.line, b.reason.slice(0, 40)])).toEqual([
      [2, 'The value "1e308" is too large to work w'],
      [4, 'The value "-Infinity" is not a number.'],
    ]);
  });
});
