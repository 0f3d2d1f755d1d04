"use client";
import { messages } from "~/lib/messages";
import { LocalTime } from "../time/local-time";
import type { DeliveryLogRow } from "~/server/db/store/notify-deliveries";

/** 发送记录: what was sent when, to which channel, the platform's answer and the tries; 重新发送 for a failed one. */
export function DeliveryLog({
  rows,
  disabled,
  onResend,
}: {
  rows: readonly DeliveryLogRow[];
  disabled: boolean;
  onResend: (row: DeliveryLogRow) => void;
}) {
  const t = messages.notify;
  const c = t.logColumns;
  if (rows.length === 0) return <p className="muted">{t.noLog}</p>;
  return (
    <table className="list admin-table">
      <thead>
        <tr>
          <th scope="col">{c.time}</th>
          <th scope="col">{c.channel}</th>
          <th scope="col">{c.kind}</th>
          <th scope="col">{c.title}</th>
          <th scope="col">{c.status}</th>
          <th scope="col">{c.attempts}</th>
          <th scope="col">{c.response}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-status={r.status}>
            <td>
              <LocalTime at={r.sentAt ?? r.createdAt} />
            </td>
            <td>{r.channelName}</td>
            <td>{t.deliveryKinds[r.kind]}</td>
            <td>{r.title}</td>
            <td>{t.statuses[r.status]}</td>
            <td>{r.attempts}</td>
            <td className="small">{r.lastResponse}</td>
            <td>
              {r.status === "failed" ? (
                <button type="button" disabled={disabled} onClick={() => onResend(r)}>
                  {t.resend}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
