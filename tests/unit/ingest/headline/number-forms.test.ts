import { describe, expect, it } from 'vitest';
import { writeNumbers } from '../../../../src/lib/ingest/headline/number-forms.ts';
import { recoverHeadline } from '../../../../src/lib/ingest/headline/recover-headline.ts';

/** The headline's words with the numbers written, from slug syllables the article does not write. */
const written = (slug: string, writes: (unit: string) => boolean = () => false) => {
  const { units, written: forms } = writeNumbers(slug.split('-'), new Map(), writes);
  return units.map((unit, i) => forms.get(i) ?? unit).join(' ');
};

describe('writeNumbers', () => {
  it('writes dates the slug glued or split as dates (ngày 9/5/2021, tháng 5/2021, lễ 30/4, tối 22/4)', () => {
    expect(written('nghi-hoc-den-het-ngay-952021')).toBe('nghi hoc den het ngay 9/5/2021');
    expect(written('tu-ngay-9-5-2021-ha-noi')).toBe('tu ngay 9/5/2021 ha noi');
    expect(written('co-hieu-luc-tu-thang-52021')).toBe('co hieu luc tu thang 5/2021');
    expect(written('vao-cuoi-thang-7-2021')).toBe('vao cuoi thang 7/2021');
    expect(written('mo-lai-dip-nghi-le-304')).toBe('mo lai dip nghi le 30/4');
    expect(written('toi-224-them-4-ca-mac-moi')).toBe('toi 22/4 them 4 ca mac moi');
  });

  it('groups the thousands of numbers of five digits or more (15.000 liều), not of years (năm 2020)', () => {
    expect(written('chuyen-15000-lieu-vac-xin')).toBe('chuyen 15.000 lieu vac xin');
    expect(written('chien-thang-nam-2020')).toBe('chien thang nam 2020');
  });

  it('groups four digits that cannot be a year of the news (1.600 năm ánh sáng), not years (năm 1600, Euro 2020)', () => {
    expect(written('cach-xa-trai-dat-1600-nam-anh-sang')).toBe('cach xa trai dat 1.600 nam anh sang');
    expect(written('xay-dung-tu-nam-1600')).toBe('xay dung tu nam 1600');
    expect(written('vong-chung-ket-euro-2020')).toBe('vong chung ket euro 2020');
  });

  it('leaves numbers that could read several ways (a day alone, 1/11 or 11/1, a range or a decimal)', () => {
    expect(written('lui-tang-phi-toi-ngay-16')).toBe('lui tang phi toi ngay 16');
    expect(written('ngay-111')).toBe('ngay 111');
    expect(written('chay-het-3-7-giay')).toBe('chay het 3 7 giay');
  });

  it("keeps the article's own spelling: what it writes is not rewritten", () => {
    const { units, written: forms } = writeNumbers(['nghi', 'le', '304'], new Map([[2, '30/4-1/5']]), () => false);
    expect(units.map((unit, i) => forms.get(i) ?? unit)).toEqual(['nghi', 'le', '30/4-1/5']);
    expect(written('ngay-3041975', (unit) => unit === '3041975')).toBe('ngay 3041975');
  });
});

describe('recoverHeadline writes numbers', () => {
  it('shows a glued date as a date (ngày 952021 -> ngày 9/5/2021)', () => {
    const text = 'Sở GD&ĐT Hà Nam cho học sinh tiếp tục nghỉ học đến hết ngày thứ Bảy để phòng chống dịch Covid-19.';
    expect(recoverHeadline(['nghi', 'hoc', 'den', 'het', 'ngay', '952021'], text)?.headline).toBe('Nghỉ học đến hết ngày 9/5/2021');
  });
});
