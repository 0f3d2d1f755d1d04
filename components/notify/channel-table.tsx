"use client";
import { messages } from "~/lib/messages";
import type { ChannelRow } from "~/server/db/store/notify-channels";

/** The department's channels: what each points at (masked), and 发送测试 / 停用 / 启用 / 删除. */
export function ChannelTable({
  channels,
  disabled,
  onTest,
  onSetEnabled,
  onRemove,
}: {
  channels: readonly ChannelRow[];
  disabled: boolean;
  onTest: (channel: ChannelRow) => void;
  onSetEnabled: (channel: ChannelRow, enabled: boolean) => void;
  onRemove: (channel: ChannelRow) => void;
}) {
  const t = messages.notify;
  if (channels.length === 0) return <p className="muted">{t.noChannels}</p>;
  return (
    <table className="list admin-table">
      <thead>
        <tr>
          <th scope="col">{t.name}</th>
          <th scope="col">{t.kind}</th>
          <th scope="col">{t.target}</th>
          <th scope="col">{t.logColumns.status}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((c) => (
          <tr key={c.id}>
            <td>{c.name}</td>
            <td>
              {t.kinds[c.kind]}
              {c.digestOnly ? <span className="muted small"> · {t.digestOnlyShort}</span> : null}
            </td>
            <td>
              <code>{c.targetHint}</code>
              {c.hasSecret ? <span className="muted small"> · {t.secretSaved}</span> : null}
            </td>
            <td>{c.enabled ? t.enabled : t.disabled}</td>
            <td className="admin-actions">
              <button type="button" disabled={disabled || !c.enabled} onClick={() => onTest(c)}>
                {t.test}
              </button>
              <button type="button" disabled={disabled} onClick={() => onSetEnabled(c, !c.enabled)}>
                {c.enabled ? t.disable : t.enable}
              </button>
              {c.enabled ? null : (
                <button type="button" disabled={disabled} onClick={() => onRemove(c)}>
                  {t.remove}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
