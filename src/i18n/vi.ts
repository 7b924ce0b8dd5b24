/** Every string the interface shows, in one place and typed, so none is scattered or missed. */
export const vi = {
  siteName: 'Báo Tĩnh',
  siteTagline: 'Tin tức tiếng Việt, đọc nhanh, không quảng cáo',
  latest: 'Tin mới nhất',
  pageTitle: (page: number) => `Trang ${page}`,
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  searchLabel: 'Tìm kiếm',
  searchPlaceholder: 'Tìm tin, ví dụ: da nang',
  searchButton: 'Tìm',
  skipToContent: 'Bỏ qua, tới nội dung chính',
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  published: 'Ngày đăng',
  source: 'Nguồn',
  category: 'Chuyên mục',
  related: 'Tin liên quan',
  sourceRelated: 'Tin liên quan (từ nguồn)',
  noArticles: 'Chưa có bài viết nào.',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  backHome: 'Về trang chủ',
  footer: 'Báo Tĩnh: trang tin tĩnh, dựng từ một thư mục bài viết.',
} as const;

export type UiStrings = typeof vi;
