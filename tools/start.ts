// `npm start` and `npm run preview`: builds the site from the content folder (unless --no-build),
// then serves dist/ on http://localhost:4321/ under BASE_PATH the way static hosts do (`/slug`
// answers 301 to `/slug/`), with the server the tests use. When the port is taken, most likely by a
// preview still running, it says so in one line and stops before building: a build would replace
// dist/ under the running server.
//   node tools/start.ts [--no-build] [--port 4321] [--outDir dist]
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { readSiteConfig, SiteConfigError } from '../src/lib/site/site-config.ts';
import { projectRoot } from './harness/build-site.ts';
import { serveStatic } from './harness/serve.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const port = Number(option('--port') ?? 4321);
const outDir = resolve(projectRoot, option('--outDir') ?? 'dist');
const address = `http://localhost:${port}/`;

/** Whether something already answers on the port, over IPv4 or IPv6 (`localhost` may be either). */
async function portTaken(): Promise<boolean> {
  const answers = (host: string) =>
    new Promise<boolean>((done) => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        done(true);
      });
      socket.on('error', () => done(false));
    });
  return (await Promise.all(['127.0.0.1', '::1'].map(answers))).some(Boolean);
}

function stopForTakenPort(): never {
  console.error(`${address} is already in use, most likely by a Báo Tĩnh preview still running: stop it (Ctrl+C in its terminal) and run this again. Nothing was built.`);
  process.exit(1);
}

if (await portTaken()) stopForTakenPort();

let basePath: string;
try {
  basePath = readSiteConfig(process.env, projectRoot).basePath;
} catch (error) {
  if (!(error instanceof SiteConfigError)) throw error;
  for (const problem of error.problems) console.error(problem);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: projectRoot, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

try {
  const server = await serveStatic(outDir, { basePath, port });
  console.log(`Báo Tĩnh: http://localhost:${port}${basePath} (serving ${outDir}; Ctrl+C to stop)`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') stopForTakenPort();
  console.error((error as Error).message);
  process.exit(1);
}
