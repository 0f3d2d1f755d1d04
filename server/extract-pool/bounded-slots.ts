/** Frees a slot taken from BoundedSlots; calling it again does nothing. */
export type Release = () => void;

/**
 * At most `size` holders at once, at most `maxWaiting` callers in line behind them;
 * a caller beyond that is refused at once (null), so a flood is turned away instead
 * of queued forever. Those in line get a slot in arrival order.
 */
export class BoundedSlots {
  #held = 0;
  readonly #line: Array<(release: Release) => void> = [];

  constructor(
    readonly size: number,
    readonly maxWaiting: number,
  ) {}

  /** A slot (resolves when one is free), or null when the line is full. */
  take(): Promise<Release> | null {
    if (this.#held < this.size) {
      this.#held++;
      return Promise.resolve(this.#releaser());
    }
    if (this.#line.length >= this.maxWaiting) return null;
    return new Promise((resolve) => this.#line.push(resolve));
  }

  get held(): number {
    return this.#held;
  }

  get waiting(): number {
    return this.#line.length;
  }

  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#line.shift();
      // the slot passes straight to the next in line: `held` stays the same
      if (next) next(this.#releaser());
      else this.#held--;
    };
  }
}
