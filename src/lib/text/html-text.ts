/** Plain text from the sanitised HTML of Markdown articles. No imports: browser-safe. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The few entities sanitised Markdown HTML holds, as characters again. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

/** Markup dropped, text kept: what a reader sees of sanitised Markdown HTML. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}
