import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';

const configPath = fileURLToPath(new URL('../../../.html-validate.json', import.meta.url));

/** Every `.html` file under a folder, as paths relative to it. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Runs html-validate with the project's .html-validate.json over every page of a built
 * site; returns one `file:line:col rule message` line per problem (none when valid).
 */
export async function validateBuiltHtml(distDir: string): Promise<string[]> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(configPath, 'utf8')) as ConfigData);
  const problems: string[] = [];
  for (const file of await listHtmlFiles(distDir)) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}
