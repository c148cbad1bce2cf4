import { describe, expect, it } from 'vitest';
import { fileToData, fileToText } from '../../../src/charts/components/read-file';
import { toWindows1252 } from '../../fixtures/windows-1252';

const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string) => new File([bytes], name);

describe('a chart data file', () => {
  it('reads a CSV that Excel on Windows saved (Windows-1252) with its labels as written', async () => {
    const text = 'Site,Falls\r\nCafé ward,4\r\nStreet – £ clinic,5\r\n';
    expect(await fileToText(file('falls.csv', toWindows1252(text)))).toBe(text);
    expect((await fileToData(file('falls.csv', toWindows1252(text)))).text).toContain('Café ward');
  });

  it('reads UTF-8 with or without a byte-order mark', async () => {
    expect(await fileToText(file('a.csv', '\uFEFFMonth,Falls\nJan,3\n'))).toBe('Month,Falls\nJan,3\n');
    expect(await fileToText(file('a.csv', 'Gŵyl,3\n'))).toBe('Gŵyl,3\n');
  });

  it('refuses an empty file and a file that is not text, by name', async () => {
    await expect(fileToText(file('empty.csv', ''))).rejects.toThrow('“empty.csv” is empty.');
    await expect(fileToText(file('photo.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0])))).rejects.toThrow('“photo.csv” is not a CSV or text file.');
  });
});
