import { describe, expect, it } from 'vitest';
import { findHeadlineLine, recoverHeadline, slugSyllables } from '../../../../src/lib/ingest/headline/recover-headline.ts';
import { collectStats } from '../../../../src/lib/ingest/headline/syllable-stats.ts';
import { loadHeadlineModel, loadSyllableModel } from '../../../../src/lib/ingest/headline/syllable-model.ts';

describe('slugSyllables', () => {
  it('takes the last path segment without extension and numeric id', () => {
    expect(
      slugSyllables('https://dantri.com.vn/kinh-doanh/nganh-thue-that-thu-vi-hang-chuc-ngan-doanh-nghiep-chet-yeu-20201001130442778.htm'),
    ).toEqual(['nganh', 'thue', 'that', 'thu', 'vi', 'hang', 'chuc', 'ngan', 'doanh', 'nghiep', 'chet', 'yeu']);
  });

  it('keeps numbers that belong to the headline', () => {
    expect(slugSyllables('https://x.vn/a/toi-110-viet-nam-co-2-ca-covid-19-20201001.htm?x=1')).toEqual([
      'toi', '110', 'viet', 'nam', 'co', '2', 'ca', 'covid', '19',
    ]);
  });
});

describe('findHeadlineLine', () => {
  const headline = 'Ngành thuế "thất thu" vì hàng chục ngàn doanh nghiệp... "chết yểu"';
  const slug = ['nganh', 'thue', 'that', 'thu', 'vi', 'hang', 'chuc', 'ngan', 'doanh', 'nghiep', 'chet', 'yeu'];

  it('finds the headline line despite quotes and punctuation', () => {
    expect(findHeadlineLine(['Ảnh minh họa.', headline, 'Bình quân mỗi tháng...'], slug)).toBe(1);
  });

  it('matches slugs that glue or split words (GD&ĐT -> gddt, 42km -> 42-km)', () => {
    expect(findHeadlineLine(['Bộ GD&ĐT chạy 42km'], ['bo', 'gddt', 'chay', '42', 'km'])).toBe(0);
  });

  it('returns -1 when the file starts with a lede instead', () => {
    expect(findHeadlineLine(['Bình quân mỗi tháng cả nước có hơn 8.700 doanh nghiệp rút khỏi thị trường.'], slug)).toBe(-1);
  });
});

describe('recoverHeadline', () => {
  it('restores marks and proper-noun case from the text (da nang -> Đà Nẵng)', () => {
    const text = 'Chiều qua, mưa lớn kéo dài ở Đà Nẵng.\nNhiều tuyến phố của Đà Nẵng ngập sâu sau mưa lớn.';
    expect(recoverHeadline(['mua', 'lon', 'o', 'da', 'nang'], text)?.headline).toBe('Mưa lớn ở Đà Nẵng');
  });

  it('lets the neighbour choose between forms (bộ trưởng vs con bò)', () => {
    const text = 'Con bò ăn cỏ ngoài đồng.\nĐàn bò về chuồng, bò sữa cho nhiều sữa.\nSáng nay, ông bộ trưởng phát biểu.';
    expect(recoverHeadline(['bo', 'truong', 'phat', 'bieu'], text)?.headline).toBe('Bộ trưởng phát biểu');
    expect(recoverHeadline(['con', 'bo', 'an', 'co'], text)?.headline).toBe('Con bò ăn cỏ');
  });

  it('keeps acronyms as written mid-sentence (TPHCM)', () => {
    const text = 'Giá nhà ở TPHCM tăng mạnh.\nNgười dân TPHCM lo lắng khi giá nhà tăng.';
    expect(recoverHeadline(['gia', 'nha', 'tphcm', 'tang'], text)?.headline).toBe('Giá nhà TPHCM tăng');
  });

  it('leaves unseen syllables in ASCII and counts what it restored', () => {
    const text = 'Mưa lớn ở Đà Nẵng.';
    expect(recoverHeadline(['da', 'nang', 'xyz'], text)).toMatchObject({ headline: 'Đà Nẵng xyz', restored: 2, total: 3 });
  });

  it('is sure of syllables the article spells, less of those only the background knows, not of unknown ones', () => {
    const text = 'Cộng đồng người Việt ở Nam Phi.';
    const background = collectStats('Người dân vui mừng đón Tết.\nNhà nhà vui Tết.\nVũi nước.');
    const own = recoverHeadline(['nguoi', 'viet', 'o', 'nam', 'phi'], text, { background });
    expect(own).toMatchObject({ confirmed: 5, confidence: 1 });
    // vui: two of three background spellings are `vui`; tet: all; xyz: none.
    const mixed = recoverHeadline(['nguoi', 'viet', 'vui', 'tet', 'xyz'], text, { background, minShare: 0 });
    expect(mixed?.headline).toBe('Người Việt vui Tết xyz');
    expect(mixed?.confirmed).toBe(2);
    expect(mixed?.confidence).toBeCloseTo((2 + 2 / 3 + 0.99 + 0) / 5, 5);
  });

  it('counts a number in the slug as confirmed', () => {
    expect(recoverHeadline(['co', '2', 'ca'], 'Có 2 ca mắc mới.')).toMatchObject({ confirmed: 3, confidence: 1 });
  });

  it('gives up when too little of the slug appears in the text', () => {
    expect(recoverHeadline(['khong', 'co', 'gi', 'o', 'day'], 'Mưa lớn ở Đà Nẵng.')).toBeUndefined();
  });

  it('re-joins words the slug split (mobi-fone -> MobiFone)', () => {
    const text = 'Nhà mạng MobiFone miễn cước cho khách hàng.';
    expect(recoverHeadline(['mobi', 'fone', 'mien', 'cuoc'], text)?.headline).toBe('MobiFone miễn cước');
  });

  it('writes numbers and runs the slug split as the article writes them (Covid-19, 30/4, 1,8, 2021-2022)', () => {
    const text = [
      'Giá ốc hương lên tới 1,8 triệu đồng/kg trong dịp nghỉ lễ 30/4.',
      'Dịch Covid-19 khiến năm học 2021-2022 bắt đầu muộn.',
    ].join('\n');
    expect(recoverHeadline(['oc', 'huong', '1', '8', 'trieu', 'dong'], text)?.headline).toBe('Ốc hương 1,8 triệu đồng');
    expect(recoverHeadline(['nghi', 'le', '30', '4'], text)?.headline).toBe('Nghỉ lễ 30/4');
    expect(recoverHeadline(['dich', 'covid', '19', 'nam', 'hoc', '2021', '2022'], text)?.headline).toBe('Dịch Covid-19 năm học 2021-2022');
  });

  it("never reads a slug's number as another story's date or price from the collection", () => {
    const background = collectStats('Ngày 9/7 trời mưa.\nTừ ngày 9/7 giá vàng tăng.\nGiá vàng ngày 9/7.');
    expect(recoverHeadline(['gia', 'vang', '97', 'trieu'], 'Giá vàng lên 97 triệu đồng.', { background })?.headline).toBe('Giá vàng 97 triệu');
    expect(recoverHeadline(['gia', 'vang', '97', 'tang'], 'Giá vàng tăng mạnh.', { background })?.headline).toBe('Giá vàng 97 tăng');
  });

  it('lets a model of headlines outweigh body text where headlines word things their own way', () => {
    const text = 'Chiếc xe nằm ở đó.';
    const background = collectStats('Xe đó đi rồi.\nNgười đó đến.\nCái đó đẹp.\nThi đỗ rồi.\nBãi biển đẹp.');
    const headlines = collectStats('Cấm đỗ xe trên phố\nĐỗ xe sai chỗ bị phạt\nBãi đỗ xe mới');
    expect(recoverHeadline(['bai', 'do', 'xe'], text, { background })?.headline).toBe('Bãi đó xe');
    expect(recoverHeadline(['bai', 'do', 'xe'], text, { background, headlines })?.headline).toBe('Bãi đỗ xe');
  });

  it('lets the end of the headline choose its last word (lên kệ closes a sentence, lên kế goes on: lên kế hoạch)', () => {
    const background = collectStats(
      ['Điện thoại mới lên kệ.', 'Sách lên kệ.', 'Công ty lên kế hoạch mới.', 'Họ lên kế hoạch.', 'Đội lên kế hoạch tập luyện.', 'Kế toán.'].join('\n'),
    );
    expect(recoverHeadline(['dien', 'thoai', 'len', 'ke'], 'Điện thoại mới.', { background })?.headline).toBe('Điện thoại lên kệ');
    expect(recoverHeadline(['len', 'ke', 'hoach'], 'Điện thoại mới.', { background })?.headline).toBe('Lên kế hoạch');
  });

  it('fills gaps from a collection background when given one', () => {
    const background = collectStats('Người dân vui mừng đón Tết.\nNhà nhà vui Tết.');
    const text = 'Cộng đồng người Việt ở Nam Phi.';
    expect(recoverHeadline(['nguoi', 'viet', 'vui', 'tet'], text, { background })?.headline).toBe('Người Việt vui Tết');
  });
});

describe('recoverHeadline with the shipped models', () => {
  const models = () => ({ background: loadSyllableModel(), headlines: loadHeadlineModel() });
  const slug = ['barcelona', 'te', 'chua', 'tung', 'thay'];

  it("trusts a word's spelling the article gives three times over the models' context (tệ, not the headlines' `Barcelona tề tựu`)", () => {
    const text = [
      'Đây là khởi đầu tệ nhất của CLB từ năm 2002.',
      'Đây là khởi đầu tệ hại nhất của đội bóng xứ Catalan.',
      'Barcelona khởi đầu tệ hại nhất kể từ mùa giải 2002/03.',
    ].join('\n');
    expect(recoverHeadline(slug, text, models())?.headline).toBe('Barcelona tệ chưa từng thấy');
  });

  it('lets the models overrule a word the article writes only twice (đó, but the headline parks: đỗ xe)', () => {
    const text = 'Chiếc xe nằm ở đó từ sáng.\nSau đó, bể bơi sập xuống.';
    expect(recoverHeadline(['roi', 'trung', 'gara', 'do', 'xe'], text, models())?.headline.toLowerCase()).toBe('rơi trúng gara đỗ xe');
  });
});
