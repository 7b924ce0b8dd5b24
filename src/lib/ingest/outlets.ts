/**
 * Vietnamese news outlets: the lede prefixes their articles start with and their
 * web domains. Add a row to teach Báo Tĩnh a new outlet.
 */
export interface Outlet {
  name: string;
  /** Lede prefixes without the dash, matched case-sensitively (`TPO`, `(Dân trí)`). */
  prefixes: string[];
  domains: string[];
}

export const OUTLETS: Outlet[] = [
  { name: 'VOV', prefixes: ['VOV.VN', 'VOV'], domains: ['vov.vn'] },
  { name: 'Tiền Phong', prefixes: ['TPO', '(TPO)'], domains: ['tienphong.vn'] },
  { name: 'Tuổi Trẻ', prefixes: ['TTO', '(TTO)'], domains: ['tuoitre.vn'] },
  { name: 'Dân trí', prefixes: ['(Dân trí)', 'Dân trí'], domains: ['dantri.com.vn'] },
  { name: 'Người Lao Động', prefixes: ['(NLĐO)', 'NLĐO'], domains: ['nld.com.vn'] },
  { name: 'Pháp Luật TP.HCM', prefixes: ['PLO', '(PLO)'], domains: ['plo.vn'] },
  { name: 'VTV', prefixes: ['VTV.vn', 'VTV'], domains: ['vtv.vn'] },
  { name: 'VnExpress', prefixes: [], domains: ['vnexpress.net'] },
  { name: 'Thanh Niên', prefixes: [], domains: ['thanhnien.vn'] },
  { name: 'Zing News', prefixes: [], domains: ['zingnews.vn', 'news.zing.vn'] },
  { name: 'VietNamNet', prefixes: [], domains: ['vietnamnet.vn'] },
  { name: 'Lao Động', prefixes: ['(LĐO)', 'LĐO'], domains: ['laodong.vn'] },
  { name: 'Sài Gòn Giải Phóng', prefixes: ['SGGPO', '(SGGPO)', '(SGGP)'], domains: ['sggp.org.vn'] },
  { name: 'Nhân Dân', prefixes: ['NDĐT', '(NDĐT)'], domains: ['nhandan.vn', 'nhandan.com.vn'] },
  { name: 'Hà Nội Mới', prefixes: ['(HNMO)', 'HNMO', '(HNM)'], domains: ['hanoimoi.com.vn'] },
  { name: 'Giáo dục & Thời đại', prefixes: ['GD&TĐ'], domains: ['giaoducthoidai.vn'] },
  { name: 'An ninh Thủ đô', prefixes: ['ANTĐ', '(ANTĐ)'], domains: ['anninhthudo.vn'] },
  { name: 'An ninh Tiền tệ', prefixes: ['ANTT.VN'], domains: ['antt.vn'] },
  { name: 'Báo Nghệ An', prefixes: ['(Baonghean)', '(Baonghean.vn)'], domains: ['baonghean.vn'] },
  { name: 'VnMedia', prefixes: ['(VnMedia)'], domains: ['vnmedia.vn'] },
  { name: 'ICTPress', prefixes: ['(ICTPress)'], domains: ['ictpress.vn'] },
  { name: 'Xã hội Thông tin', prefixes: ['(XHTT)'], domains: ['xahoithongtin.com.vn'] },
  { name: 'Trung tâm Thông tin Du lịch', prefixes: ['(TITC)'], domains: ['titc.vn'] },
  { name: 'VTC News', prefixes: ['(VTC News)', 'VTC News'], domains: ['vtc.vn'] },
  { name: 'Chính phủ', prefixes: ['(Chinhphu.vn)'], domains: ['chinhphu.vn', 'baochinhphu.vn'] },
  { name: 'Giáo dục Việt Nam', prefixes: ['(GDVN)', 'GDVN'], domains: ['giaoduc.net.vn'] },
  { name: 'Kinh tế & Đô thị', prefixes: ['(KTĐT)', 'KTĐT'], domains: ['kinhtedothi.vn'] },
  { name: 'Công an Nhân dân', prefixes: ['(CAND)', 'CAND'], domains: ['cand.com.vn'] },
  { name: 'Thời báo Tài chính', prefixes: ['(TBTCO)', 'TBTCO'], domains: ['thoibaotaichinhvietnam.vn'] },
  { name: 'Đảng Cộng sản Việt Nam', prefixes: ['(ĐCSVN)', 'ĐCSVN'], domains: ['dangcongsan.vn'] },
  { name: 'Infonet', prefixes: ['Infonet', '(Infonet)'], domains: ['infonet.vn', 'infonet.vietnamnet.vn'] },
  { name: 'Kiến Thức', prefixes: ['(Kiến Thức)'], domains: ['kienthuc.net.vn'] },
  { name: 'Báo Quảng Ninh', prefixes: ['(Baoquangninh.com.vn)', '(BQN)'], domains: ['baoquangninh.com.vn'] },
  { name: 'Báo Đà Nẵng', prefixes: ['(Baodanang.vn)'], domains: ['baodanang.vn'] },
  { name: 'Báo Mới', prefixes: [], domains: ['baomoi.com'] },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PREFIX_RULES = OUTLETS.flatMap((outlet) =>
  outlet.prefixes.map((prefix) => ({
    outlet,
    // `VOV.VN-`, `TPO - `, `(Dân trí) –`, `(NLĐO)-`: any dash, any spacing.
    pattern: new RegExp(`^${escapeRegExp(prefix)}\\s*[-–—]\\s*`),
  })),
).sort((a, b) => b.pattern.source.length - a.pattern.source.length);

/**
 * Finds an outlet's prefix at the start of a paragraph and returns the outlet and
 * the text without it.
 *
 * @example stripSourcePrefix('TPO - Bộ trưởng...') // { source: 'Tiền Phong', text: 'Bộ trưởng...', prefix: 'TPO - ' }
 */
export function stripSourcePrefix(text: string): { source?: string; text: string; prefix?: string } {
  for (const { outlet, pattern } of PREFIX_RULES) {
    const match = pattern.exec(text);
    if (match) return { source: outlet.name, text: text.slice(match[0].length), prefix: match[0] };
  }
  return { text };
}

/** The outlet behind a URL's host name, subdomains included (`m.dantri.com.vn` -> Dân trí). */
export function outletFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  const outlet = OUTLETS.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
  return outlet?.name;
}

/** Maps a free-form `source` field to an outlet's display name when it names one (`tpo` -> Tiền Phong). */
export function canonicalSourceName(value: string): string {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  const outlet = OUTLETS.find(
    (o) => o.name.toLowerCase() === lower || o.prefixes.some((p) => p.replace(/[()]/g, '').toLowerCase() === lower),
  );
  return outlet?.name ?? outletFromUrl(/^https?:/.test(trimmed) ? trimmed : `https://${trimmed}`) ?? trimmed;
}
