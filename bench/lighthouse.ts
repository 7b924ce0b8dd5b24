// Builds a folder of articles, serves it with the test static server, and runs Lighthouse
// (default mobile settings) in the project's Chromium on the home page, an article page and the
// search page with results. Prints the four category scores and the page weight.
// Targets: every score >= 0.95; the home page <= 40 KB of HTML and the article page <= 20 KB,
// both with no JavaScript; at most
// 100 KB of fonts on either page. Also prints the layout shift (CLS) Lighthouse measured.
//   npx node bench/lighthouse.ts [content-dir] [--base /sub/] [--query nga]
import { readFileSync } from 'node:fs';
import { freePort } from '../tools/harness/free-port.ts';
import { resolve } from 'node:path';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';
import type { BuildReport } from '../src/lib/build/build-report.ts';
import { launchBrowser } from '../tools/harness/browser.ts';
import { buildSite } from '../tools/harness/build-site.ts';
import { serveStatic } from '../tools/harness/serve.ts';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const contentDir = resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'content');
const basePath = option('--base', '/');
const query = option('--query', 'nga');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;


interface NetworkItem {
  resourceType?: string;
  resourceSize?: number;
}

function summarise(label: string, result: RunnerResult | undefined): boolean {
  if (!result) throw new Error(`Lighthouse returned nothing for ${label}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const items = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
  const bytes = (type: string) => items.filter((i) => i.resourceType === type).reduce((sum, i) => sum + (i.resourceSize ?? 0), 0);
  const scores = CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0] as const);
  console.log(`\n${label}: ${lhr.finalDisplayedUrl}`);
  for (const [name, score] of scores) console.log(`  ${name.padEnd(15)} ${score.toFixed(2)}${score < 0.95 ? '  (below 0.95)' : ''}`);
  const html = bytes('Document');
  const js = bytes('Script');
  const fonts = bytes('Font');
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
  console.log(`  HTML ${(html / 1024).toFixed(1)} KB, JavaScript ${(js / 1024).toFixed(1)} KB (uncompressed), fonts ${(fonts / 1024).toFixed(1)} KB, layout shift ${cls.toFixed(3)}`);
  for (const [name, score] of scores) {
    if (score >= 0.95) continue;
    const failing = lhr.categories[name]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1);
    console.log(`  ${name} loses points on: ${failing.map((r) => r.id).join(', ')}`);
  }
  const htmlBudget: Record<string, number> = { home: 40 * 1024, article: 20 * 1024 };
  const budget = htmlBudget[label];
  return scores.every(([, s]) => s >= 0.95) && fonts <= 100 * 1024 && (budget === undefined || (html <= budget && js === 0));
}

const site = await buildSite({ contentDir, basePath });
const report = JSON.parse(readFileSync(site.reportPath, 'utf8')) as BuildReport;
const article = report.files.find((f) => f.status === 'page');
if (!article) throw new Error(`${contentDir} has no article that builds: see ${site.reportPath}`);
const server = await serveStatic(site.distDir, { basePath });
const port = await freePort();
const browser = await launchBrowser({ args: [`--remote-debugging-port=${port}`] });
try {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const pages = {
    home: server.url,
    article: server.origin + article.url!,
    search: `${server.url}tim-kiem/?q=${encodeURIComponent(query)}`,
  };
  let ok = true;
  for (const [label, url] of Object.entries(pages)) ok = summarise(label, await lighthouse(url, flags)) && ok;
  console.log(`\n${ok ? 'all targets met' : 'some targets missed'} (${report.summary.pages} pages from ${contentDir}, base ${basePath})`);
} finally {
  await browser.close();
  await server.close();
}
