"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { type BatchRow, BatchReview } from "~/components/importer/batch-review";
import { byReportDate, chunkFiles } from "~/components/importer/batch-plan";
import type { ReportFile } from "~/lib/report-input";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { messages } from "../../lib/messages";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const m = messages.importer;
/** files per call (the server takes up to 10) and characters per call (the 8 MB body limit, with room for JSON) */
const PREVIEW_FILES = 10;
const COMMIT_FILES = 4;
const CALL_CHARS = 2_500_000;

interface Item extends BatchRow {
  text: string | null;
  departmentId: number | null;
}

function initial(file: ReportFile): Item {
  const base = {
    name: file.name,
    readAs: file.ok ? m.readAs(file) : null,
    week: null,
    reportDate: null,
    department: null,
    counts: {},
    departmentId: null,
  };
  return file.ok
    ? { ...base, state: "previewing", text: file.text, message: null }
    : { ...base, state: "refused", text: null, message: file.message };
}

/** Many files or a .zip: preview each (a few per call), list them by report date, then import them in that order. */
export function BatchImport({
  files,
  departments,
  onClose,
}: {
  files: ReportFile[];
  departments: Map<number, string>;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Item[]>(() => files.map(initial));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [finished, setFinished] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewBatch = useMutation(trpc.importer.previewBatch.mutationOptions());
  const commitBatch = useMutation(trpc.importer.commitBatch.mutationOptions());
  const started = useRef(false);

  const update = (name: string, patch: Partial<Item>) =>
    setItems((prev) => prev.map((it) => (it.name === name ? { ...it, ...patch } : it)));
  // a call that failed as a whole (the network, the rate limit) leaves its files unread or not imported
  const fail = (state: Item["state"], message: string) =>
    setItems((prev) => prev.map((it) => (it.state === state ? { ...it, state: "refused", message } : it)));

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const pending = files.flatMap((f) => (f.ok ? [{ name: f.name, text: f.text }] : []));
    void (async () => {
      try {
        for (const chunk of chunkFiles(pending, PREVIEW_FILES, CALL_CHARS)) {
          const answers = await previewBatch.mutateAsync({ files: chunk.map((f) => ({ text: f.text, fileName: baseName(f.name) })) });
          answers.forEach((a, i) => {
            const name = chunk[i]!.name;
            if (!a.ok) return update(name, { state: "refused", message: a.message });
            update(name, {
              state: a.mode === "same" ? "same" : "ready",
              message: a.mode === "replace" ? m.batch.replace : null,
              week: a.week,
              reportDate: a.reportDate,
              departmentId: a.departmentId,
              department: departments.get(a.departmentId) ?? null,
              counts: a.counts,
            });
          });
        }
      } catch (e) {
        setError(errorMessage(e));
        fail("previewing", errorMessage(e));
      }
      setItems((prev) => byReportDate(prev));
    })();
  }, [files, departments, previewBatch]);

  async function commit() {
    const queue = byReportDate(items).filter((it) => it.state === "ready");
    setProgress({ done: 0, total: queue.length });
    let done = 0;
    try {
      for (const chunk of chunkFiles(
        queue.map((it) => ({ ...it, text: it.text ?? "" })),
        COMMIT_FILES,
        CALL_CHARS,
      )) {
        chunk.forEach((it) => update(it.name, { state: "importing" }));
        const answers = await commitBatch.mutateAsync({
          files: chunk.map((it) => ({ text: it.text, fileName: baseName(it.name), departmentId: it.departmentId! })),
        });
        answers.forEach((a, i) => {
          const name = chunk[i]!.name;
          if (!a.ok) update(name, { state: "refused", message: a.message });
          else update(name, { state: a.mode === "same" ? "skipped" : "imported", counts: a.counts });
        });
        done += chunk.length;
        setProgress({ done, total: queue.length });
      }
    } catch (e) {
      setError(errorMessage(e));
      fail("importing", errorMessage(e));
    }
    setFinished(true);
    void refreshAfterWrite(queryClient, trpc.timeline.pathKey(), trpc.report.pathKey(), trpc.initiative.pathKey());
  }

  return (
    <div className="stack">
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      <BatchReview
        rows={items}
        progress={progress}
        finished={finished}
        busy={previewBatch.isPending || commitBatch.isPending || items.some((it) => it.state === "previewing")}
        onCommit={() => void commit()}
        onClose={onClose}
      />
    </div>
  );
}

/** The name the extractor sees as a date hint: a .zip's entry without the archive's path. */
const baseName = (name: string) => name.split("/").pop() ?? name;
