/**
 * A file's extension, lower case, without the dot; '' for none and for dot files (`.env`).
 *
 * @example extensionOf('tin/Ảnh.JPG') // 'jpg'
 */
export function extensionOf(path: string): string {
  const name = path.split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
