"use client";
// The print page's controls: the paper (a new URL: the pages are cut per paper) and 打印.
import { type JSX, useEffect } from "react";
import { messages } from "~/lib/messages";
import type { Paper } from "./print-rows";

const m = messages.printTimeline;
const PAPERS: readonly Paper[] = ["A4", "A3"];

export function PrintActions({ paper, auto }: { paper: Paper; auto: boolean }): JSX.Element {
  // opened from the 导出 menu: straight to the print dialog, once
  useEffect(() => {
    if (auto) window.print();
  }, [auto]);
  const choose = (next: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set("paper", next);
    url.searchParams.delete("print");
    window.location.assign(url.toString());
  };
  return (
    <>
      <label>
        {m.paper}{" "}
        <select value={paper} onChange={(e) => choose(e.target.value)}>
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => window.print()}>
        {m.print}
      </button>
    </>
  );
}
