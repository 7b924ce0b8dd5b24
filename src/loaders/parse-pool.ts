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

type Pending = { job: FileJob; resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void };

/** A job on the caller's thread, settling its promise. */
function runHere({ job, resolve, reject }: Pending): void {
  try {
    resolve(syncFileJob(job));
  } catch (error) {
    reject(error as Error);
  }
}

/**
 * One worker thread and the jobs it has not answered yet. Should the thread die (out of memory,
 * a crash), its jobs and any given to it later run on the caller's thread: the load slows down
 * instead of waiting for answers that never come.
 */
class JobThread {
  readonly pending = new Map<number, Pending>();
  dead = false;
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
    const died = () => {
      this.dead = true;
      const orphans = [...this.pending.values()];
      this.pending.clear();
      orphans.forEach(runHere);
    };
    this.worker.on('error', died);
    // Also after close(), when nothing is pending.
    this.worker.on('exit', died);
  }

  run(job: FileJob): Promise<FileOutcome> {
    return new Promise((resolve, reject) => {
      if (this.dead) return runHere({ job, resolve, reject });
      const id = this.next++;
      this.pending.set(id, { job, resolve, reject });
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
      // The least busy thread that lives: files differ in size by orders of magnitude.
      const live = pool.filter((t) => !t.dead);
      const thread = live.length > 0 ? live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)) : pool[0]!;
      return thread.run(job);
    },
    async close() {
      await Promise.all((pool ?? []).map((t) => t.close()));
      pool = undefined;
    },
  };
}
