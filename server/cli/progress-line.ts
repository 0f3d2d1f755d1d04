// A progress line on stderr (`导入 12/52 2024-W47.md`), rewritten in place; only
// on a terminal, so that a log or a pipe gets the per-file lines alone.

export interface ProgressLine {
  show(done: number, total: number, label: string): void;
  clear(): void;
}

type Stream = Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean };

export function progressLine(stream: Stream, verb: string): ProgressLine {
  const erase = "\r\x1b[K";
  let shown = false;
  return {
    show(done, total, label) {
      if (!stream.isTTY) return;
      stream.write(`${erase}${verb} ${done}/${total} ${label}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write(erase);
      shown = false;
    },
  };
}
