import { describe, expect, it } from 'vitest';
import { futureDateWarning, vietnamDate } from '../../../src/lib/ingest/report-warnings.ts';

describe('futureDateWarning', () => {
  const now = new Date('2026-11-29T08:00:00Z');

  it('warns about a date after the day of the build, naming both', () => {
    expect(futureDateWarning('2031-05-01', now)).toBe(
      'date in the future: 2031-05-01 is after the day of this build (2026-11-29, Vietnam time); the page is published and listed first, so check the date field, the dateline or the file name',
    );
  });

  it('accepts today, the past and no date', () => {
    for (const date of ['2026-11-29', '2020-10-01', undefined]) expect(futureDateWarning(date, now)).toBeUndefined();
  });

  it('counts days in Vietnam time: 18:00 UTC is already tomorrow there', () => {
    const evening = new Date('2026-11-29T18:00:00Z');
    expect(vietnamDate(evening)).toBe('2026-11-30');
    expect(futureDateWarning('2026-11-30', evening)).toBeUndefined();
    expect(futureDateWarning('2026-11-30', now)).toMatch(/^date in the future/);
  });
});
