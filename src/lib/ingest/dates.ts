export type DateResult = { date?: string; warning?: string };

/**
 * Reads a publication date written as `YYYYMMDD`, `YYYY-MM-DD` (optionally with a
 * time), `DD/MM/YYYY` or a YAML date, and returns it as `YYYY-MM-DD`. A date that
 * does not exist (`2015-02-30`) is a warning, never a crash.
 *
 * @example parseDate('20201001') // { date: '2020-10-01' }
 */
export function parseDate(value: unknown): DateResult {
  if (value === undefined || value === null || value === '') return {};
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { warning: 'invalid date' } : { date: value.toISOString().slice(0, 10) };
  }
  const text = String(value).trim();
  const parts =
    /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/.exec(text) ??
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (parts) return checkedDate(+parts[1], +parts[2], +parts[3], text);
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayFirst) return checkedDate(+dayFirst[3], +dayFirst[2], +dayFirst[1], text);
  return { warning: `unreadable date "${text}": expected YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY` };
}

/**
 * A date in a file name, only where it is unambiguous: eight digits forming a real
 * date between 1990 and 2099 (`2017-02-06-vietlott.txt`, `20170206_x.txt`).
 */
export function dateFromFileName(fileName: string): string | undefined {
  // A name that is only digits is an id (`21395276.txt`), whatever it happens to spell.
  if (/^\d+$/.test(fileName.replace(/\.[^.]*$/, ''))) return undefined;
  const match = /(?:^|[^\d])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(fileName);
  if (!match) return undefined;
  return checkedDate(+match[1], +match[2], +match[3], match[0]).date;
}

function checkedDate(year: number, month: number, day: number, text: string): DateResult {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { warning: `invalid date "${text}": no such day` };
  }
  return { date: d.toISOString().slice(0, 10) };
}

const VI_DATE = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2015-12-18` -> `18 tháng 12, 2015`: how Vietnamese readers see dates. */
export function formatDateVi(isoDate: string): string {
  return VI_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
