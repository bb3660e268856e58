// What the process's streams are: colour only on a terminal and never with NO_COLOR (no-color.org), and a
// progress line on stderr only when it is a terminal that a person watches.
export interface Streams {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Shows `checked 1,200 of 5,000 files` once a run has taken long enough to wonder about, rewritten in place. */
export class ProgressLine {
  private shown = false;
  private lastWrite = 0;
  private readonly started = Date.now();

  constructor(private readonly stream: Streams['stderr'], private readonly enabled: boolean,
    private readonly delayMs = 500, private readonly intervalMs = 100) {}

  update(done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastWrite < this.intervalMs) return;
    this.lastWrite = now;
    this.shown = true;
    this.stream.write(`\r\x1b[Kport-lens: read ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
