import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRelatedIndex, buildRelatedIndexOnThreads, buildRelatedIndexWithSections, type RelatedInput } from '../../../src/lib/related/index.ts';
import { relatedInput } from '../../../src/lib/related/article-input.ts';
import { readArticle } from '../../../src/lib/ingest/read-article.ts';

const football = (id: string, extra: string): RelatedInput => ({
  id,
  headline: `Đội tuyển Việt Nam thắng trận ${extra}`,
  lede: `Huấn luyện viên Park Hang Seo hài lòng sau trận đấu ${extra}.`,
  text: `Đội tuyển bóng đá Việt Nam ghi bàn thắng quyết định. Tiền đạo Công Phượng sút phạt. Trận đấu ${extra} diễn ra trên sân Mỹ Đình.`,
});
const weather = (id: string, extra: string): RelatedInput => ({
  id,
  headline: `Bão số ${extra} đổ bộ miền Trung`,
  lede: 'Mưa lớn gây ngập lụt, người dân sơ tán khẩn cấp.',
  text: `Cơn bão mạnh cấp ${extra} gây gió giật, mưa to ở Quảng Nam và Đà Nẵng. Trung tâm dự báo khí tượng thủy văn cảnh báo lũ quét và sạt lở đất.`,
});
const prices = (id: string, extra: string): RelatedInput => ({
  id,
  headline: `Giá xăng dầu tăng ${extra} đồng mỗi lít`,
  lede: 'Liên bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu.',
  text: `Giá xăng RON 95 tăng thêm ${extra} đồng. Quỹ bình ổn giá xăng dầu tiếp tục được sử dụng trong kỳ điều hành.`,
});

const corpus: RelatedInput[] = [
  football('f1', 'Thái Lan'), football('f2', 'Malaysia'), football('f3', 'Indonesia'),
  weather('w1', '5'), weather('w2', '9'), weather('w3', '13'),
  prices('p1', '300'), prices('p2', '500'), prices('p3', '700'),
];
const topic = (id: string) => id[0];

describe('buildRelatedIndex', () => {
  it("prefers, among equally close stories, the one by the same reporter (a reporter's desk is a topic)", () => {
    const byline = (doc: RelatedInput, name: string) => ({ ...doc, byline: name });
    const docs = [
      byline(football('q', 'Thái Lan'), 'Hoàng Mạnh'),
      byline(football('a', 'Malaysia'), 'Minh Khôi'),
      byline(football('b', 'Indonesia'), 'Hoàng Mạnh'),
      ...corpus.slice(3),
    ];
    for (let run = 0; run < 2; run++) {
      const hits = buildRelatedIndex(run ? [...docs].reverse() : docs, { limit: 2 }).get('q')!;
      expect(hits.map((h) => h.id)).toEqual(['b', 'a']);
    }
    expect(buildRelatedIndex(docs, { limit: 2, tuning: { bylineWeight: 0, bylineBonus: 0, topicWeight: 0 } }).get('q')!.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('ranks articles on the same subject first', () => {
    const related = buildRelatedIndex(corpus, { limit: 2 });
    expect(related.size).toBe(corpus.length);
    for (const [id, hits] of related) {
      expect(hits).toHaveLength(2);
      for (const h of hits) expect(topic(h.id)).toBe(topic(id));
      expect(hits.map((h) => h.id)).not.toContain(id);
      expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    }
  });

  it('honours the limit and defaults to 5', () => {
    expect(buildRelatedIndex(corpus, { limit: 1 }).get('f1')).toHaveLength(1);
    const teams = ['Lào', 'Campuchia', 'Myanmar', 'Philippines', 'Singapore', 'Brunei', 'Đông Timor', 'Hàn Quốc'];
    const big = [...corpus, ...teams.map((team, i) => football(`g${i}`, team))];
    const hits = buildRelatedIndex(big).get('f1')!;
    expect(hits).toHaveLength(5);
    for (const h of hits) expect('fg').toContain(topic(h.id));
  });

  it('is deterministic: same input twice and shuffled input give the same lists', () => {
    const a = buildRelatedIndex(corpus);
    const b = buildRelatedIndex(corpus);
    const shuffled = [corpus[4], corpus[8], corpus[0], corpus[6], corpus[2], corpus[7], corpus[1], corpus[5], corpus[3]];
    const c = buildRelatedIndex(shuffled);
    expect([...b]).toEqual([...a]);
    expect(new Map([...c].sort())).toEqual(new Map([...a].sort()));
  });

  it('breaks score ties by id', () => {
    // same text, different ledes of equal length that the query does not share, their last
    // words unknown to the shipped word weights (so weighed alike): an exact tie
    const twins = [
      { ...football('x2', 'Lào'), lede: 'Bài số zxq' },
      { ...football('x1', 'Lào'), lede: 'Bài số qxz' },
      weather('x0', '3'),
    ];
    const same = { id: 'q', headline: 'Đội tuyển Việt Nam thắng trận Lào', text: 'Trận đấu Lào' };
    // lexical scores only: the topic model would (rightly) tell the two ledes apart
    const hits = buildRelatedIndex([...twins, same], { tuning: { nearDuplicateCosine: 2, topicWeight: 0 } }).get('q')!;
    expect(hits[0].score).toBe(hits[1].score);
    expect(hits.slice(0, 2).map((h) => h.id)).toEqual(['x1', 'x2']);
  });

  it('lets reposts of one story fill only one slot', () => {
    const base = football('orig', 'Campuchia');
    const reposts = ['r1', 'r2', 'r3', 'r4'].map((id) => ({ ...base, id }));
    const nearRepost = { ...base, id: 'r5', text: base.text + ' Cập nhật lúc 20 giờ.' };
    const docs = [base, ...reposts, nearRepost, ...corpus];
    const related = buildRelatedIndex(docs, { limit: 3 });
    const dupIds = new Set(['orig', 'r1', 'r2', 'r3', 'r4', 'r5']);

    // the article's own copies count as one entry
    const own = related.get('orig')!.map((h) => h.id);
    expect(own.filter((id) => dupIds.has(id))).toHaveLength(1);
    expect(own).toHaveLength(3);

    // for another article, hits that copy each other count once
    const other = related.get('f2')!.map((h) => h.id);
    expect(other).toHaveLength(3);
    expect(other.filter((id) => dupIds.has(id))).toHaveLength(1);
    expect(other).toContain('f1');
    expect(other).toContain('f3');
  });

  it('also gives each article its latent section, the same whatever the input order, and the same lists', () => {
    const { lists, sections } = buildRelatedIndexWithSections(corpus);
    expect([...lists]).toEqual([...buildRelatedIndex(corpus)]);
    expect([...sections.keys()].sort()).toEqual(corpus.map((d) => d.id).sort());
    for (const group of ['f', 'w', 'p']) {
      expect(new Set(corpus.filter((d) => d.id[0] === group).map((d) => sections.get(d.id))).size).toBe(1);
    }
    expect(new Set(sections.values()).size).toBe(3);
    const shuffled = buildRelatedIndexWithSections([...corpus].reverse()).sections;
    expect(new Map([...shuffled].sort())).toEqual(new Map([...sections].sort()));
  });

  it('rejects duplicate ids', () => {
    expect(() => buildRelatedIndex([corpus[0], corpus[0]])).toThrow(/duplicate id/);
  });

  it('shows no story for an article that shares only a few words with the others, unless the floor is off', () => {
    // Lexical scores only: in a corpus of ten, the section, beat and topic terms are not calibrated.
    const lexical = { sectionWeight: 0, beatWeight: 0, topicWeight: 0, diffusionWeight: 0 };
    const cooking: RelatedInput = {
      id: 'cook',
      headline: 'Cách nấu phở bò ngon tại nhà',
      lede: 'Nước dùng trong, thơm mùi quế hồi, thịt bò mềm.',
      text: 'Ninh xương bò trong sáu giờ, thêm gừng nướng và hành nướng. Người dân miền Trung cũng nấu món này vào mùa mưa.',
    };
    const related = buildRelatedIndex([...corpus, cooking], { tuning: lexical });
    expect(related.get('cook')).toEqual([]);
    expect(related.get('f1')!.map((h) => h.id)).toEqual(['f2', 'f3']);
    expect(buildRelatedIndex([...corpus, cooking], { tuning: { ...lexical, minScore: 0, extraMinScore: 0 } }).get('cook')!.length).toBeGreaterThan(0);
  });

  it('still lists the two seed articles (both on Russia, France and IS in Syria) as related to each other', () => {
    const dir = new URL('../../fixtures/seeds/', import.meta.url);
    const seeds = readdirSync(dir).map((f) => readArticle(f, readFileSync(new URL(f, dir)))).flatMap((r) => (r.ok ? [relatedInput(r.article)] : []));
    expect(seeds).toHaveLength(2);
    const related = buildRelatedIndex(seeds);
    expect(related.get(seeds[0]!.id)!.map((h) => h.id)).toEqual([seeds[1]!.id]);
    expect(related.get(seeds[1]!.id)!.map((h) => h.id)).toEqual([seeds[0]!.id]);
  });

  it('returns empty lists for an article with nothing in common', () => {
    const lone = { id: 'lone', headline: 'Xyzzy', text: 'qwerty asdf' };
    expect(buildRelatedIndex([...corpus, lone]).get('lone')).toEqual([]);
  });

  it('gives, split over two threads, exactly the lists and sections of one thread', async () => {
    const read = (name: string) => {
      const dir = new URL(`../../fixtures/${name}/`, import.meta.url);
      return readdirSync(dir).map((f) => readArticle(`${name}/${f}`, readFileSync(new URL(f, dir)))).flatMap((r) => (r.ok ? [relatedInput(r.article)] : []));
    };
    const docs = [...read('unc-dev-sample'), ...read('baomoi-sample'), ...read('seeds'), ...corpus];
    expect(docs.length).toBeGreaterThan(40);
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const one = buildRelatedIndexWithSections(docs, { limit: 5 });
    const two = await buildRelatedIndexOnThreads(docs, { limit: 5 }, root, 0);
    expect([...one.lists].filter(([, hits]) => hits.length > 0).length).toBeGreaterThan(20);
    expect([...two.lists]).toEqual([...one.lists]);
    expect([...two.sections]).toEqual([...one.sections]);
  });
});
