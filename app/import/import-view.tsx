"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { ImportForm } from "~/components/importer/import-form";
import type { InputLimits, ReportFile } from "~/lib/report-input";
import { ImportResultNotice } from "~/components/importer/import-result";
import { compactDecisions, isRejected } from "~/components/review/decisions";
import type { ProfileCorrection } from "~/lib/layout-profile/layout-profile";
import type { Change, ChangeSet, ImportResult, ReviewDecisions } from "~/server/tracking/types";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { messages } from "../../lib/messages";
import { BatchImport } from "./batch-import";
import { UndoImport } from "../_undo/undo-import";
import { ImportReviewSection, type PreviewOptions } from "./import-review-section";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const m = messages.importer;
const same = (a: ReviewDecisions, b: ReviewDecisions) => JSON.stringify(compactDecisions(a)) === JSON.stringify(compactDecisions(b));
/** What a preview was made of: it is current while the text, date and decisions are still these. */
interface Preview {
  changeSet: ChangeSet;
  decisions: ReviewDecisions;
  text: string;
  referenceDate: string;
}

/** Paste or upload → preview → review decisions → re-preview → commit. Nothing is written before 确认导入. */
export function ImportView({ limits }: { limits: InputLimits }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [referenceDate, setReferenceDate] = useState("");
  // the uploaded file's name goes along with its text; cleared with the text
  const [fileName, setFileName] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  // decisions are keyed by what they are about: they outlive edits of the text (only emptying it clears them)
  const [decisions, setDecisions] = useState<ReviewDecisions>({});
  // until the first preview of a text, the server proposes the decisions of the week's earlier version
  const [adopted, setAdopted] = useState(false);
  const [result, setResult] = useState<(ImportResult & { departmentId: number }) | null>(null);
  const reviewRef = useRef<HTMLElement>(null);
  const [seen, setSeen] = useState<Map<string, Change>>(new Map());
  const [error, setError] = useState<string | null>(null);
  // null until the first preview proposes one (the department the header names)
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  // many files or a .zip: the batch import takes over the page until it is closed
  const [batch, setBatch] = useState<ReportFile[] | null>(null);
  // structural corrections (issue #13): each re-reads the report at once; the commit remembers them unless unticked
  const [corrections, setCorrections] = useState<ProfileCorrection[]>([]);
  const [remember, setRemember] = useState(true);

  const mine = useQuery(trpc.department.mine.queryOptions());
  const editable = (mine.data?.departments ?? []).filter((d) => d.role !== "viewer");
  const departmentNames = useMemo(() => new Map((mine.data?.departments ?? []).map((d) => [d.id, d.name])), [mine.data]);
  // merge targets come from the department the report goes into
  const timeline = useQuery({
    ...trpc.timeline.get.queryOptions({ departmentIds: departmentId === null ? [] : [departmentId] }),
    enabled: departmentId !== null,
  });
  const initiatives = useMemo(
    () => (timeline.data?.groups ?? []).flatMap((g) => g.initiatives.map((i) => ({ id: i.id, name: i.name, group: g.name }))),
    [timeline.data],
  );
  // what a new milestone may be mapped onto: the known milestones of its initiative
  const milestonesOf = useMemo(
    () => new Map((timeline.data?.groups ?? []).flatMap((g) => g.initiatives.map((i) => [i.id, i.milestones] as const))),
    [timeline.data],
  );

  // a new text's first preview brings the review into view (the text box above is tall); a re-preview stays where the PM is
  const scrolledFor = useRef<string | null>(null);
  const previewed = preview?.changeSet;
  useEffect(() => {
    if (!previewed || scrolledFor.current === preview.text) return;
    scrolledFor.current = preview.text;
    reviewRef.current?.scrollIntoView({ block: "start" });
  }, [previewed, preview]);

  const previewMutation = useMutation(trpc.importer.preview.mutationOptions());
  const commitMutation = useMutation(trpc.importer.commit.mutationOptions());
  const busy = previewMutation.isPending || commitMutation.isPending;
  const stale =
    preview !== null && (!same(preview.decisions, decisions) || preview.text !== text || preview.referenceDate !== referenceDate);
  const input = () => ({
    departmentId: departmentId ?? undefined,
    text,
    referenceDate: referenceDate || undefined,
    fileName: fileName || undefined,
    decisions: compactDecisions(decisions),
    corrections,
  });

  function reset(nextText: string) {
    if (nextText.trim() === "") {
      setFileName("");
      setDepartmentId(null);
      setPreview(null);
      setDecisions({});
      setAdopted(false);
      setSeen(new Map());
    }
    setText(nextText);
    setResult(null);
    setError(null);
    setCorrections([]);
  }

  function runPreview(options: PreviewOptions = {}) {
    setError(null);
    // another department plans against other initiatives: the decisions made here no longer apply
    const fresh = options.departmentId !== undefined || !adopted;
    const used = options.decisions ? compactDecisions(options.decisions) : fresh ? undefined : compactDecisions(decisions);
    const asked = { text, referenceDate };
    previewMutation.mutate(
      { ...input(), ...options, decisions: used },
      {
        onSuccess: (changeSet) => {
          if (options.corrections) setCorrections(options.corrections);
          setDepartmentId(changeSet.departmentId);
          setDecisions(changeSet.decisions);
          setAdopted(true);
          setPreview({ changeSet, decisions: changeSet.decisions, ...asked });
          setSeen((prev) => new Map([...prev, ...changeSet.changes.map((c) => [c.id, c] as const)]));
        },
        onError: (e) => {
          // a refused correction leaves the review as it was
          if (!options.corrections && !options.decisions) setPreview(null);
          setError(errorMessage(e));
        },
      },
    );
  }

  function runCommit() {
    if (!preview) return;
    setError(null);
    commitMutation.mutate(
      { ...input(), departmentId: preview.changeSet.departmentId, rememberForDepartment: remember },
      {
        onSuccess: (r) => {
          setResult({ ...r, departmentId: preview.changeSet.departmentId });
          setPreview(null);
          void refreshAfterWrite(queryClient, trpc.timeline.pathKey(), trpc.report.pathKey(), trpc.initiative.pathKey());
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  }

  if (result)
    return (
      <ImportResultNotice
        result={result}
        onAgain={() => {
          reset("");
          setReferenceDate("");
          setFileName("");
        }}
        undo={
          // the same text again is undoable only when it taught the profile something
          result.mode === "same" && !result.rememberedRules ? null : (
            <UndoImport
              reportId={result.reportId}
              departmentId={result.departmentId}
              week={result.week}
              onDone={() => {
                setResult(null);
                setPreview(null);
                setError(null);
              }}
            />
          )
        }
      />
    );

  if (mine.data && editable.length === 0)
    return (
      <div className="notice info" role="status">
        {m.noEditableDepartment}
      </div>
    );

  if (batch) return <BatchImport files={batch} departments={departmentNames} onClose={() => setBatch(null)} />;

  const cs = preview?.changeSet;
  const rejectedChanges = [...seen.values()].filter((c) => isRejected(decisions, c) && !cs?.changes.some((s) => s.id === c.id));
  return (
    <div className="stack">
      <div className="card">
        <ImportForm
          text={text}
          referenceDate={referenceDate}
          disabled={busy}
          limits={limits}
          onBatch={setBatch}
          onText={reset}
          onFileName={setFileName}
          onReferenceDate={(d) => {
            setReferenceDate(d);
            setPreview(null);
          }}
        />
      </div>
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      {cs ? (
        <ImportReviewSection
          ref={reviewRef}
          changeSet={cs}
          text={preview.text}
          rejectedChanges={rejectedChanges}
          decisions={decisions}
          onDecisions={setDecisions}
          corrections={corrections}
          remember={remember}
          onRemember={setRemember}
          busy={busy}
          departments={editable}
          initiatives={initiatives}
          milestonesOf={milestonesOf}
          onPreview={runPreview}
        />
      ) : null}
      <div className="import-actions">
        <button type="button" className={preview && !stale ? undefined : "primary"} disabled={busy} onClick={() => runPreview()}>
          {previewMutation.isPending ? m.previewing : preview ? m.repreview : m.preview}
        </button>
        <button type="button" className="primary" disabled={busy || !preview || stale || cs?.mode === "same"} onClick={runCommit}>
          {commitMutation.isPending ? m.committing : m.commit}
        </button>
        {stale ? <span className="notice warn small">{preview.text !== text ? messages.reviewDesk.staleText : m.stale}</span> : null}
      </div>
    </div>
  );
}
