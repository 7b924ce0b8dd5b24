import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { syncFileJob, type FileJob, type FileOutcome } from './parse-file.ts';

/** Runs `syncFileJob`, on this thread or others; `close` ends any threads it started. */
export interface FileJobRunner {
  run(job: FileJob): Promise<FileOutcome>;
  /** Worker threads started so far (0 while every job ran on this thread). */
  readonly threads: number;
  close(): Promise<void>;
}

type Pending = { resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void };

/** One worker thread and the jobs it has not answered yet. */
class JobThread {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private next = 0;

  constructor(root: string) {
    this.worker = new Worker(join(root, 'src/loaders/parse-worker.ts'));
    this.worker.on('message', ({ id, outcome, error }: { id: number; outcome?: FileOutcome; error?: string }) => {
      const job = this.pending.get(id)!;
      this.pending.delete(id);
      if (error === undefined) job.resolve(outcome!);
      else job.reject(new Error(error));
    });
    this.worker.on('error', (error) => {
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    });
  }

  run(job: FileJob): Promise<FileOutcome> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job });
    });
  }

  async close() {
    await this.worker.terminate();
  }
}

/**
 * Runs jobs on this thread until `inlineFirst` of them have run, then on worker threads (one per
 * core): a rebuild that reads a few changed files pays no thread start-up (each thread loads the
 * parser and its models, about a second), while a cold build of an archive reads and parses on
 * every core. A job's outcome is the same wherever it runs.
 */
export function adaptiveRunner(options: { inlineFirst: number; threads?: number; root?: string }): FileJobRunner {
  let inline = 0;
  let pool: JobThread[] | undefined;
  let started = 0;
  const count = Math.max(1, options.threads ?? availableParallelism());
  return {
    get threads() {
      return started;
    },
    run(job) {
      if (inline < options.inlineFirst) {
        inline++;
        return Promise.resolve(syncFileJob(job));
      }
      if (!pool) {
        pool = Array.from({ length: count }, () => new JobThread(options.root ?? process.cwd()));
        started = count;
      }
      // The least busy thread: files differ in size by orders of magnitude.
      const thread = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return thread.run(job);
    },
    async close() {
      await Promise.all((pool ?? []).map((t) => t.close()));
      pool = undefined;
    },
  };
}
