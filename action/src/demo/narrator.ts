/** Step-by-step output for the demo: numbered steps, indented detail, nothing fancy that breaks in CI logs. */
export class Narrator {
  private step = 0;
  constructor(
    private readonly out: (line: string) => void,
    private readonly total: number,
  ) {}

  title(text: string): void {
    this.out(text);
    this.out('');
  }

  next(text: string): void {
    this.step++;
    this.out(`[${this.step}/${this.total}] ${text}`);
  }

  detail(text: string, indent = 6): void {
    for (const line of text.split('\n')) this.out(`${' '.repeat(indent)}${line}`);
  }

  blank(): void {
    this.out('');
  }
}
