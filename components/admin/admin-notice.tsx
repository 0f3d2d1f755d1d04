/** What the last action did: a success is a status, a failure an alert (read out by screen readers). */
export interface AdminNotice {
  ok: boolean;
  text: string;
}

export function AdminNoticeLine({ notice }: { notice: AdminNotice | null }) {
  if (!notice) return null;
  return (
    <div className={notice.ok ? "notice ok" : "notice error"} role={notice.ok ? "status" : "alert"}>
      {notice.text}
    </div>
  );
}
