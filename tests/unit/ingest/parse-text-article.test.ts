import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/lib/ingest/read-article.ts';
import { parseTextArticle } from '../../../src/lib/ingest/parse-text-article.ts';
import type { ParsedArticle as Article } from '../../../src/lib/ingest/article.ts';
import { MAX_ARTICLE_CHARS } from '../../../src/lib/ingest/article-size.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const read = (dir: string, file: string) => readArticle(file, readFileSync(new URL(`${dir}/${file}`, fixtures)));
const article = (dir: string, file: string): Article => {
  const result = read(dir, file);
  if (!result.ok) throw new Error(`${file} was skipped: ${result.reason}`);
  return result.article;
};
const paragraphs = (a: Article) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const captions = (a: Article) => a.blocks.filter((b) => b.kind === 'caption').map((b) => b.text);

describe('seed 000 (VOV, blank-line paragraphs)', () => {
  const a = article('seeds', '000_cccd129fef1f31bc.txt');

  it('has the headline, source and lede without the VOV.VN- prefix', () => {
    expect(a.headline).toBe('Nga và Pháp sẽ duy trì liên lạc trong chiến dịch chống IS ở Syria');
    expect(a.headlineFrom).toBe('first-line');
    expect(a.source).toBe('VOV');
    expect(a.lede).toBe('Nga và Pháp sẽ duy trì các cuộc tiếp xúc, liên lạc giữa quân đội 2 nước trong chiến dịch chống IS ở Syria.');
  });

  it('shows the photo credit line as a caption, not a paragraph', () => {
    expect(captions(a)).toEqual([
      'Tổng thống Nga Putin (phải) và người đồng cấp Pháp Hollande bắt tay quyết tâm tiêu diệt IS trong cuộc gặp ngày 27/11 tại Điện Kremlin. Ảnh AP',
    ]);
  });

  it('ends the body on the last sentence, end mark and boilerplate removed', () => {
    const body = paragraphs(a);
    expect(body).toHaveLength(5);
    expect(body.at(-1)).toMatch(/vụ tấn công này\.$/);
    expect(body.join('\n')).not.toMatch(/\/\.|Mời quý độc giả|Tin liên quan/);
    expect(a.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Mời quý độc giả theo dõi VOV.VN trên', '/.', 'VOV.VN-']),
    );
  });

  it("keeps the source's related list: four items, each once, summaries without prefix", () => {
    expect(a.sourceRelated.map((r) => r.headline)).toEqual([
      'Nga cho biết sẽ tăng cường không kích vào các cơ sở lọc dầu của IS',
      'Nga không kích tiêu diệt 472 mục tiêu gồm 80 xe tải dầu của IS ở Syria',
      'Quốc hội Pháp ủng hộ mở rộng chiến dịch không kích ở Syria',
      'Lần đầu tiên Pháp sử dụng tên lửa hành trình không kích IS',
    ]);
    expect(a.sourceRelated[0].summary).toBe(
      'Các lực lượng vũ trang Nga đang tăng cường không kích vào những cơ sở sản xuất và lọc dầu của nhóm IS tại Syria.',
    );
    expect(a.sourceRelated.every((r) => r.summary && !/^VOV/.test(r.summary))).toBe(true);
  });

  it('has no attribution, date or category it cannot know', () => {
    expect([a.attribution, a.date, a.category]).toEqual([undefined, undefined, undefined]);
  });
});

describe('seed 004 (Tiền Phong)', () => {
  const a = article('seeds', '004_414b8e3419c40970.txt');

  it('has headline, source from TPO and the lede without prefix', () => {
    expect(a.headline).toBe('Lầu Năm góc lập kênh liên lạc trực tiếp với quân đội Nga');
    expect(a.source).toBe('Tiền Phong');
    expect(a.lede).toMatch(/^Bộ trưởng Quốc phòng Mỹ Ashton Carter ngày 29\/9 đã ra lệnh /);
  });

  it('collapses the repeated caption and the doubled attribution', () => {
    expect(captions(a)).toEqual(['Bộ trưởng Quốc phòng Mỹ Ashton Carter. Ảnh: AP']);
    expect(a.attribution).toBe('Theo Tass');
  });

  it('drops the MỚI - NÓNG trending list and says so in the report', () => {
    const all = [a.lede, ...paragraphs(a), ...a.sourceRelated.map((r) => r.headline)].join('\n');
    expect(all).not.toMatch(/Chu Thanh Huyền|MỚI - NÓNG/);
    expect(a.sourceRelated).toEqual([]);
    expect(a.removed.filter((r) => /trending/.test(r.reason)).length).toBeGreaterThanOrEqual(3);
    expect(paragraphs(a).at(-1)).toMatch(/chống khủng bố ở Trung Đông\.$/);
  });
});

describe('header shape (unc-dev)', () => {
  const a = article('unc-dev-sample', 'news_business_002.txt');

  it('reads the header fields: date, source from the URL, category from the URL section', () => {
    expect(a.date).toBe('2020-10-01');
    expect(a.source).toBe('Dân trí');
    expect(a.category).toBe('Kinh doanh');
    expect(a.originalUrl).toMatch(/^https:\/\/dantri\.com\.vn\/kinh-doanh\//);
  });

  it('takes the headline line verbatim and the next line as lede', () => {
    expect(a.headline).toBe('Ngành thuế "thất thu" vì hàng chục ngàn doanh nghiệp... "chết yểu"');
    expect(a.lede).toBe('Bình quân mỗi tháng cả nước có hơn 8.700 doanh nghiệp rút khỏi thị trường.');
  });

  it('lets a "# title = ..." line win over the slug and the first line', () => {
    const text = '# url = https://dantri.com.vn/xa-hoi/mua-lon-o-da-nang-20201001.htm\n# title = Tiêu đề do biên tập viên đặt\nMưa lớn ở Đà Nẵng\nĐoạn một.\nĐoạn hai.';
    const result = readArticle('x.txt', Buffer.from(text));
    expect(result.ok && [result.article.headline, result.article.headlineFrom, result.article.headlineConfidence]).toEqual([
      'Tiêu đề do biên tập viên đặt',
      'front-matter',
      undefined,
    ]);
  });

  it('gives a recovered headline a confidence, and flags a low one for an editor', () => {
    const body = 'Chiều qua, mưa lớn kéo dài ở Đà Nẵng.\nNhiều tuyến phố của Đà Nẵng ngập sâu sau mưa lớn.';
    const read = (slug: string) => {
      const result = readArticle('x.txt', Buffer.from(`# url = https://dantri.com.vn/xa-hoi/${slug}-20201001.htm\n${body}`));
      if (!result.ok) throw new Error(result.reason);
      return result.article;
    };
    const sure = read('mua-lon-o-da-nang');
    expect([sure.headline, sure.headlineFrom, sure.headlineConfidence]).toEqual(['Mưa lớn ở Đà Nẵng', 'url-slug', 1]);
    expect(sure.warnings.join()).not.toMatch(/headline to check/);
    const unsure = read('mua-lon-o-da-nang-va-quang-ngai');
    expect(unsure.headlineConfidence).toBeLessThan(0.9);
    expect(unsure.warnings).toContainEqual(expect.stringMatching(/^headline to check: ".*" was recovered from the URL slug with low confidence \(0\.\d\d; 5 of 8 syllables/));
  });

  it('recovers a missing headline from the URL slug with diacritics', () => {
    const recovered = readdirSync(new URL('unc-dev-sample/', fixtures))
      .map((f) => article('unc-dev-sample', f))
      .filter((x) => x.headlineFrom === 'url-slug');
    expect(recovered.length).toBeGreaterThan(0);
    for (const x of recovered) expect(x.headline).toMatch(/[à-ỹ]/u);
  });
});

describe('article structure (dantri shape without a standfirst)', () => {
  const text = [
    '# url = https://dantri.com.vn/the-gioi/nga-thu-ten-lua-moi-20210429171723171.htm',
    'Nga thử tên lửa mới',
    'Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)',
    'Newsweek đưa tin, cuộc thử nghiệm diễn ra hồi đầu tuần tại bãi thử Sary-Shagan,&nbspKazakhstan.',
    'Bộ Quốc phòng Nga cho biết, tên lửa này được thiết kế để bảo vệ thủ đô Moscow &amp; vùng lân cận.',
    'Tốc độ gấp 4 lần đạn súng trường',
    'Ông Grabchuk nói với RT: &#8220;Tên lửa bay trên 3 km/s&#8221;, và &lt;script&gt; không phải mã.',
  ].join('\n');
  const result = parseTextArticle({ file: 'tin/ten-lua.txt', text, encoding: 'utf-8', warnings: [] });
  if (!result.ok) throw new Error(result.reason);
  const a = result.article;

  it('takes the first sentence as lede, not the photo caption above it', () => {
    expect(a.lede).toBe('Newsweek đưa tin, cuộc thử nghiệm diễn ra hồi đầu tuần tại bãi thử Sary-Shagan, Kazakhstan.');
    expect(captions(a)).toEqual(['Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)']);
  });

  it('makes the short line between paragraphs a subhead', () => {
    expect(a.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'subhead', 'paragraph']);
    expect(a.blocks[2].text).toBe('Tốc độ gấp 4 lần đạn súng trường');
  });

  it('reads HTML entities as the characters they stand for, as text, and reports them', () => {
    expect(paragraphs(a)).toEqual([
      'Bộ Quốc phòng Nga cho biết, tên lửa này được thiết kế để bảo vệ thủ đô Moscow & vùng lân cận.',
      'Ông Grabchuk nói với RT: “Tên lửa bay trên 3 km/s”, và <script> không phải mã.',
    ]);
    expect(a.html).toBeUndefined();
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['&nbsp', '&amp;', '&#8220;', '&#8221;', '&lt;', '&gt;']));
    expect(a.removed.find((r) => r.text === '&nbsp')?.reason).toMatch(/HTML entity.*space/);
  });
});

describe('baomoi shape (headline, lede, one long body line)', () => {
  const a = article('baomoi-sample', '21395276.txt');

  it('splits headline, lede and body', () => {
    expect(a.headline).toBe('Kết quả xổ số điện toán Vietlott ngày 6/2/2017');
    expect(a.lede).toMatch(/^Kết quả xổ số điện toán Vietlott ngày 6\/2\/2017: Kết quả xổ số điện toán 123/);
    expect(paragraphs(a)).toHaveLength(1);
  });
});

describe('Markdown with front matter', () => {
  it('reads the fields and renders the body', () => {
    const a = article('bad-inputs', 'frontmatter-ok.md');
    expect([a.headline, a.date, a.source, a.category]).toEqual([
      'Bài viết Markdown có front matter',
      '2015-12-18',
      'VOV',
      'Thế giới',
    ]);
    expect(a.html).toContain('<strong>đậm</strong>');
    expect(a.html).toContain('<a href="https://vov.vn">');
  });

  it('sanitises raw HTML: no script, no event handlers, no javascript: links', () => {
    const md = [
      '---\ntitle: T\n---',
      '<script>alert(1)</script><img src="x" onerror="alert(1)">',
      '[a](javascript:alert(1)) <a href="javascript:x" onclick="y()">b</a>',
    ].join('\n\n');
    const result = readArticle('x.md', Buffer.from(md));
    const html = result.ok ? (result.article.html ?? '') : '';
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:/i);
    expect(html).toContain('<img src="x"');
  });

  it('refuses broken front matter with the YAML problem', () => {
    const result = read('bad-inputs', 'frontmatter-broken.md');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/front matter is not valid YAML/) });
  });

  it('skips drafts', () => {
    const result = readArticle('d.md', Buffer.from('---\ntitle: Nháp\ndraft: true\n---\nx'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/draft/) });
  });
});

describe('bad inputs', () => {
  it('keeps HTML in a .txt file as text', () => {
    const a = article('bad-inputs', 'html-injection.txt');
    expect(a.headline).toBe("Tiêu đề <script>alert('xss')</script> có mã độc");
    expect(a.html).toBeUndefined();
  });

  it('keeps Markdown-looking text literally', () => {
    const a = article('bad-inputs', 'markdown-lookalike.txt');
    expect(paragraphs(a).join('\n')).toContain('* dấu sao ở đầu dòng');
  });

  it.each([
    ['empty.txt', /empty/],
    ['whitespace-only.txt', /white space/],
    ['binary-named.txt', /binary/],
    ['photo.jpg', /not an article file/],
  ])('skips %s with a reason', (file, reason) => {
    expect(read('bad-inputs', file)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('gives a punctuation-only headline a real one from the text', () => {
    const a = article('bad-inputs', 'symbols-title.txt');
    expect(a.headline).toBe('Tiêu đề chỉ toàn dấu câu');
    expect(a.warnings.join()).toMatch(/headline/);
  });

  it('shortens a 600-character first line into a headline', () => {
    const a = article('bad-inputs', 'long-title.txt');
    expect(a.headline.length).toBeLessThanOrEqual(161);
    expect(a.headline.endsWith('…')).toBe(true);
  });

  it('keeps a title-only file as a page and warns', () => {
    const a = article('bad-inputs', 'title-only.txt');
    expect(a.blocks).toEqual([]);
    expect(a.warnings.join()).toMatch(/no body text/);
  });

  it('publishes the mojibake file repaired, its warning in the report', () => {
    const a = article('bad-inputs', 'mojibake.txt');
    expect([a.headline, a.source, a.lede]).toEqual([
      'Đà Nẵng đón “siêu trăng” cuối năm – người dân đổ ra bờ biển',
      'VOV',
      'Tối 18/12, hàng nghìn người dân và du khách đã đổ ra bãi biển Mỹ Khê để ngắm “siêu trăng” cuối cùng của năm.',
    ]);
    expect(a.warnings.join()).toMatch(/mojibake repaired/);
  });

  it('takes the category from the sub-folder', () => {
    expect(article('bad-inputs', 'the-gioi/nested-folder.txt').category).toBe('Thế giới');
  });

  it('publishes the 9.8 MB article cut to the size limit at a sentence end, and says so', () => {
    const a = article('bad-inputs', 'huge-article.txt');
    expect(a.headline).toBe('Bài báo rất dài để thử giới hạn');
    expect(a.truncated?.totalChars).toBe(readFileSync(new URL('bad-inputs/huge-article.txt', fixtures), 'utf8').length);
    expect(a.truncated?.shownChars).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(a.truncated?.shownChars).toBeGreaterThan(0.9 * MAX_ARTICLE_CHARS);
    expect(paragraphs(a).join('\n').length).toBeLessThan(MAX_ARTICLE_CHARS);
    expect(paragraphs(a).at(-1)).toMatch(/rất dài\.$/);
    expect(a.warnings).toContainEqual(expect.stringMatching(/^too long: 7,600,034 characters, over the limit of 1,000,000; the page shows the first/));
  });

  it('gives two files with one headline two slugs', () => {
    const a = article('bad-inputs', 'duplicate-title-a.txt');
    const b = article('bad-inputs', 'duplicate-title-b.txt');
    expect(a.headline).toBe(b.headline);
    expect(a.slug).not.toBe(b.slug);
  });
});

describe('baomoi leftovers', () => {
  it('reads a dateline as the date and strips a prefix from the paragraph after it', () => {
    const text = '\u200bTP.HCM cấm xe ra vào đường Nguyễn Huệ\n13/05/2017 10:28 GMT+7\nTTO - Sở Giao thông vận tải TP.HCM vừa thông báo cấm xe.\nĐoạn hai.';
    const result = readArticle('22261771.txt', Buffer.from(text));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article).toMatchObject({
      headline: 'TP.HCM cấm xe ra vào đường Nguyễn Huệ',
      date: '2017-05-13',
      source: 'Tuổi Trẻ',
      lede: 'Sở Giao thông vận tải TP.HCM vừa thông báo cấm xe.',
    });
  });
});
