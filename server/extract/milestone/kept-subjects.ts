// Up to this many subjects a scan is cheapest; past it, pieces of the short ones are indexed.
const SCAN_UP_TO = 16;
// Subjects up to this long have every piece indexed; longer ones (rare: long qualifiers) are scanned.
const SHORT = 40;

/**
 * The subjects kept for one event on one day, asked whether a new one repeats
 * one of them: either holds the other (`前后端联调` and `联调`). Thousands of
 * milestones of one event and day made a scan of every kept subject quadratic.
 */
export class KeptSubjects {
  private readonly all: string[] = [];
  private short: Set<string> | null = null;
  private piecesOfShort: Set<string> | null = null;
  private readonly long: string[] = [];

  /** Whether `subject` holds or is held by a kept subject (what a scan with `includes` answers). */
  repeats(subject: string): boolean {
    if (!this.short || !this.piecesOfShort) return this.all.some((s) => s.includes(subject) || subject.includes(s));
    if (this.all.length > 0 && (subject === "" || this.short.has(""))) return true;
    if (subject.length <= SHORT && this.piecesOfShort.has(subject)) return true;
    for (const piece of pieces(subject)) if (this.short.has(piece)) return true;
    return this.long.some((s) => s.includes(subject) || subject.includes(s));
  }

  keep(subject: string): void {
    this.all.push(subject);
    if (this.short) this.index(subject);
    else if (this.all.length > SCAN_UP_TO) {
      this.short = new Set();
      this.piecesOfShort = new Set();
      for (const s of this.all) this.index(s);
    }
  }

  private index(subject: string): void {
    if (subject.length > SHORT) {
      this.long.push(subject);
      return;
    }
    this.short!.add(subject);
    for (const piece of pieces(subject)) this.piecesOfShort!.add(piece);
  }
}

/** Every non-empty piece of `text` up to SHORT characters long. */
function* pieces(text: string): Generator<string> {
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= Math.min(text.length, start + SHORT); end++) yield text.slice(start, end);
  }
}
