import { describe, expect, it } from 'vitest';
import { bylineNames, closingByline, takeAttribution } from '../../../../src/lib/ingest/clean/attribution.ts';
import { removeBoilerplate } from '../../../../src/lib/ingest/clean/boilerplate.ts';

describe('takeAttribution', () => {
  it('collapses a doubled word and takes the line off the body', () => {
    const result = takeAttribution(['Đoạn một.', 'Theo Theo Tass']);
    expect(result).toMatchObject({ body: ['Đoạn một.'], attribution: 'Theo Tass' });
    expect(result.removed).toEqual([{ text: 'Theo Theo Tass', reason: expect.stringMatching(/doubled/) }]);
  });

  it('takes a short author line', () => {
    expect(takeAttribution(['Đoạn một.', 'Minh Anh (tổng hợp)']).attribution).toBe('Minh Anh (tổng hợp)');
  });

  it('takes an initials byline', () => {
    for (const line of ['H.Long', 'T.Đ', 'M.C', 'N.T.Hà']) expect(takeAttribution(['Bài viết.', line]).attribution, line).toBe(line);
    expect(takeAttribution(['Bài viết.', 'H.long']).attribution).toBeUndefined();
  });

  it('splits an author name glued to a wire credit, and says so', () => {
    for (const [line, attribution] of [
      ['Nhật LinhTheo Bloomberg', 'Nhật Linh - Theo Bloomberg'],
      ['Kim DungTheo Las Vegas Review Journal', 'Kim Dung - Theo Las Vegas Review Journal'],
      ['T.ThủyTheo T.H/DTrends', 'T.Thủy - Theo T.H/DTrends'],
    ]) {
      const result = takeAttribution(['Bài viết.', line]);
      expect(result.attribution, line).toBe(attribution);
      expect(result.body).toEqual(['Bài viết.']);
      expect(result.removed[0]).toEqual({ text: line, reason: 'attribution: author and source were glued together' });
    }
    // A sentence is never taken for one.
    expect(takeAttribution(['Bài viết.', 'Ông ấy nói rằng thị trườngTheo dự báo sẽ tăng, lạm phát giảm.']).attribution).toBeUndefined();
  });

  it('leaves a closing sentence that starts with Theo', () => {
    const lines = ['Đoạn một.', 'Theo ông Minh, giá vàng sẽ còn tăng trong thời gian tới, nhất là dịp cuối năm.'];
    expect(takeAttribution(lines)).toEqual({ body: lines, removed: [] });
  });
});

describe('removeBoilerplate', () => {
  it('removes follow-us prompts and end marks, keeping the full stop', () => {
    const { kept, removed } = removeBoilerplate(['Câu cuối./.', 'Câu khác/.', 'Mời quý độc giả theo dõi VOV.VN trên', 'Chia sẻ']);
    expect(kept).toEqual(['Câu cuối.', 'Câu khác.']);
    expect(removed).toHaveLength(4);
  });
});

// Closing lines as they end unc-dev articles (news_health_034, news_world_064, news_tech_085 ...).
describe('closingByline', () => {
  it('reads a short last line with no sentence end as a signature', () => {
    for (const line of ['Tổng hợp', 'VOV', 'Theo Reuters, Guardian', 'Ảnh: Gia Hưng', 'Lan Hương (tổng hợp) - Trường Thịnh', 'Thế giới & Việt Nam']) {
      expect(closingByline(`Đoạn một.\nĐoạn hai.\n${line}\n`), line).toBe(line);
    }
  });

  it('leaves a closing sentence, a long line, a line ending in a colon or a quote, and an empty body', () => {
    const sentence = 'Tuy nhiên, các biện pháp hỗ trợ cộng đồng doanh nghiệp đến nay còn chưa đáng kể và diễn biến dịch bệnh trên thế giới vẫn còn rất phức tạp';
    for (const line of [`${sentence}.`, sentence, 'Xem thêm tại đây:', 'Ông nói: “Chúng tôi sẽ trở lại”', 'Một hai ba bốn năm sáu bảy tám chín']) {
      expect(closingByline(`Đoạn một.\n${line}`), line).toBeUndefined();
    }
    expect(closingByline('  \n')).toBeUndefined();
  });
});

describe('bylineNames', () => {
  it('splits a byline into the people and outlets it credits, without Theo or Ảnh:', () => {
    expect(bylineNames('Kim Dung - Theo Las Vegas Review Journal')).toEqual(['Kim Dung', 'Las Vegas Review Journal']);
    expect(bylineNames('Theo Bloomberg, Straits Times')).toEqual(['Bloomberg', 'Straits Times']);
    expect(bylineNames('Ảnh: Bộ Quốc phòng Nga, Reuters, Euro News')).toEqual(['Bộ Quốc phòng Nga', 'Reuters', 'Euro News']);
    expect(bylineNames('Lan Hương (tổng hợp) - Trường Thịnh')).toEqual(['Lan Hương', 'tổng hợp', 'Trường Thịnh']);
    expect(bylineNames('Trương Nguyễn - Nguyễn Phê')).toEqual(['Trương Nguyễn', 'Nguyễn Phê']);
    expect(bylineNames('VietnamNet/SCMP')).toEqual(['VietnamNet', 'SCMP']);
    expect(bylineNames('Hoàng Mạnh và Minh Khôi')).toEqual(['Hoàng Mạnh', 'Minh Khôi']);
  });

  it('writes names in NFC with single spaces, and finds none in a bare label', () => {
    expect(bylineNames('Trường  Thịnh'.normalize('NFD'))).toEqual(['Trường Thịnh']);
    expect(bylineNames('Theo')).toEqual([]);
  });
});
