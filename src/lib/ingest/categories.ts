import { slugify } from '../site/slug.ts';

/**
 * Common Vietnamese news sections by their ASCII slug, as they appear in URLs and
 * folder names (`the-gioi/` -> Thế giới). Extend freely.
 */
const SECTIONS: Record<string, string> = {
  'the-gioi': 'Thế giới',
  'thoi-su': 'Thời sự',
  'xa-hoi': 'Xã hội',
  'kinh-doanh': 'Kinh doanh',
  'kinh-te': 'Kinh tế',
  'tai-chinh': 'Tài chính',
  'bat-dong-san': 'Bất động sản',
  'giai-tri': 'Giải trí',
  'van-hoa': 'Văn hóa',
  'the-thao': 'Thể thao',
  'phap-luat': 'Pháp luật',
  'giao-duc': 'Giáo dục',
  'giao-duc-khuyen-hoc': 'Giáo dục',
  'giao-duc-huong-nghiep': 'Giáo dục',
  'suc-khoe': 'Sức khỏe',
  'doi-song': 'Đời sống',
  'du-lich': 'Du lịch',
  'khoa-hoc': 'Khoa học',
  'khoa-hoc-cong-nghe': 'Khoa học công nghệ',
  'cong-nghe': 'Công nghệ',
  'suc-manh-so': 'Công nghệ',
  'so-hoa': 'Công nghệ',
  'o-to-xe-may': 'Ô tô - Xe máy',
  'xe': 'Xe',
  'chinh-tri': 'Chính trị',
  'quan-su': 'Quân sự',
  'quoc-te': 'Quốc tế',
  'nhip-song-tre': 'Nhịp sống trẻ',
  'ban-doc': 'Bạn đọc',
  'tam-long-nhan-ai': 'Tấm lòng nhân ái',
  'viec-lam': 'Việc làm',
  'lao-dong-viec-lam': 'Lao động - Việc làm',
  'gia-dinh': 'Gia đình',
  'tinh-yeu-gioi-tinh': 'Tình yêu - Giới tính',
  'nong-nghiep': 'Nông nghiệp',
  'moi-truong': 'Môi trường',
  'chung-khoan': 'Chứng khoán',
  'am-thuc': 'Ẩm thực',
  'thoi-trang': 'Thời trang',
  'tu-van': 'Tư vấn',
  'goc-nhin': 'Góc nhìn',
};

/** The display name of a section slug or folder name, or undefined when it names no known section. */
export function categoryFromSection(section: string): string | undefined {
  return SECTIONS[slugify(section)];
}

/**
 * The section named by a news URL's first path segment
 * (`https://dantri.com.vn/kinh-doanh/x.htm` -> Kinh doanh).
 */
export function categoryFromUrl(url: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  return segments.length > 1 ? categoryFromSection(segments[0]) : undefined;
}

/**
 * A category from the article's sub-folder: a known section gets its proper name,
 * any other folder name is used as written (a person named that folder on purpose).
 */
export function categoryFromFolder(relativePath: string): string | undefined {
  const parts = relativePath.split('/');
  if (parts.length < 2) return undefined;
  const folder = parts[parts.length - 2];
  return categoryFromSection(folder) ?? folder.replace(/[-_]+/g, ' ').trim();
}
