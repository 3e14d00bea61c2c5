/** Promises under way, so that a caller can wait until none is (tests, shutdown, "saved"). */
export class Tasks {
  private readonly running = new Set<Promise<unknown>>();

  /** Adds `task` until it settles; returns it. */
  track<T>(task: Promise<T>): Promise<T> {
    this.running.add(task);
    const done = () => void this.running.delete(task);
    task.then(done, done);
    return task;
  }

  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Resolves when no task is under way, including tasks added while waiting. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}
