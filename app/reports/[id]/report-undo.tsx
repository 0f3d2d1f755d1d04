"use client";
import { useRouter } from "next/navigation";
import { UndoImport } from "../../_undo/undo-import";

/** 撤销本次导入 on the report page (editors only): afterwards the report list, where the earlier version (if any) is back. */
export function ReportUndo(props: { reportId: number; departmentId: number; week: string }) {
  const router = useRouter();
  return <UndoImport {...props} onDone={() => router.push("/reports")} />;
}
