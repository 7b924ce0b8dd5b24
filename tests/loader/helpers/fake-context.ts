import type { LoaderContext } from 'astro/loaders';
import { articleSchema } from '../../../src/lib/ingest/article.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };
type Handler = (path: string) => Promise<void>;

/** A dev server's file watcher: `emit` runs the loader's handlers for an event and waits for them. */
export interface FakeWatcher {
  add(path: string): void;
  on(event: string, handler: Handler): void;
  emit(event: 'add' | 'change' | 'unlink', path: string): Promise<void>;
}

function fakeWatcher(): FakeWatcher {
  const handlers = new Map<string, Handler[]>();
  return {
    add: () => {},
    on: (event, handler) => void handlers.set(event, [...(handlers.get(event) ?? []), handler]),
    emit: async (event, path) => {
      for (const handler of handlers.get(event) ?? []) await handler(path);
    },
  };
}

/**
 * The parts of Astro's loader context the loader uses, backed by a Map; with `watch`, the
 * context of `astro dev`, whose watcher the test drives.
 */
export function fakeContext(options: { watch?: boolean } = {}) {
  const entries = new Map<string, Entry>();
  const logs: string[] = [];
  const counts = { set: 0 };
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      counts.set++;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    has: (id: string) => entries.has(id),
  };
  const log = (level: string) => (message: string) => logs.push(`${level} ${message}`);
  const watcher = options.watch ? fakeWatcher() : undefined;
  const context = {
    collection: 'articles',
    store,
    watcher,
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => articleSchema.parse(data),
  } as unknown as LoaderContext;
  return { context, entries, logs, counts, watcher };
}
