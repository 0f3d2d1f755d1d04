"use client";
// A department's calendar subscription links: who made each, when, whether it
// still works, and 撤销 for those that do. The token itself is never listed.
import type { JSX } from "react";
import { format } from "date-fns";
import { messages } from "~/lib/messages";

const m = messages.calendar;

export interface CalendarFeedItem {
  id: number;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const when = (d: Date) => format(d, "yyyy-MM-dd HH:mm");

export function CalendarFeedTable(props: {
  feeds: readonly CalendarFeedItem[];
  busy: boolean;
  onRevoke: (id: number) => void;
}): JSX.Element {
  if (props.feeds.length === 0) return <p className="muted">{m.none}</p>;
  return (
    <table className="list admin-table" aria-label={m.listHeading}>
      <thead>
        <tr>
          <th>{m.createdAt}</th>
          <th>{m.createdBy}</th>
          <th>{m.status}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.feeds.map((f) => (
          <tr key={f.id}>
            <td>{when(f.createdAt)}</td>
            <td>{f.createdBy}</td>
            <td>{f.revokedAt ? m.revoked(when(f.revokedAt)) : m.active}</td>
            <td>
              {f.revokedAt ? null : (
                <button type="button" className="small" disabled={props.busy} onClick={() => props.onRevoke(f.id)}>
                  {m.revoke}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
