"use client";
// The timeline's one 导出 menu: the PNG drawn in the browser, the Excel workbook
// and the printable PDF made from the same query as the page (filters,
// departments, view), so each export holds what is on screen; and the way to
// the department's calendar subscription links.
import type { JSX } from "react";
import { messages } from "~/lib/messages";

const m = messages.exports;

export interface TimelineExportMenuProps {
  /** the timeline page's query (components/timeline/timeline-url.ts), without `?` */
  query: string;
  onPng: () => void;
  pngBusy: boolean;
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export function TimelineExportMenu({ query, onPng, pngBusy }: TimelineExportMenuProps): JSX.Element {
  return (
    <details className="export-menu">
      <summary title={m.menuTitle}>{m.menu}</summary>
      <div className="export-menu-items">
        <button type="button" title={messages.chart.exportPngTitle} disabled={pngBusy} onClick={onPng}>
          {messages.chart.exportPng}
        </button>
        <a className="button" href={withQuery("/export/timeline", query)} title={m.xlsxTitle} download>
          {m.xlsx}
        </a>
        <a
          className="button"
          href={withQuery("/print/timeline", query ? `${query}&print=1` : "print=1")}
          title={m.pdfTitle}
          target="_blank"
          rel="noopener"
        >
          {m.pdf}
        </a>
        <a className="button" href="/calendar" title={m.calendarTitle}>
          {m.calendar}
        </a>
      </div>
    </details>
  );
}
