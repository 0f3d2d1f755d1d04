"use client";
import { type FormEvent, useState } from "react";
import { type ChannelKind, ChannelKinds } from "~/lib/domain/channel-kind";
import { messages } from "~/lib/messages";

export interface NewChannelValues {
  kind: ChannelKind;
  name: string;
  target: string;
  secret: string | null;
  digestOnly: boolean;
}

/** 添加渠道: the secret field only for the bots that sign (飞书, 钉钉); e-mail takes addresses. `onAdd` resolves true when saved. */
export function ChannelForm({ disabled, onAdd }: { disabled: boolean; onAdd: (values: NewChannelValues) => Promise<boolean> }) {
  const t = messages.notify;
  const [kind, setKind] = useState<ChannelKind>("feishu");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const secret = String(data.get("secret") ?? "").trim();
    const saved = await onAdd({
      kind,
      name: String(data.get("name") ?? ""),
      target: String(data.get("target") ?? ""),
      secret: secret || null,
      digestOnly: data.get("digestOnly") === "on",
    });
    if (saved) form.reset();
  }

  return (
    <form className="admin-form" aria-label={t.addChannel} onSubmit={(e) => void submit(e)}>
      <label>
        {t.kind}
        <select name="kind" value={kind} onChange={(e) => setKind(ChannelKinds.parse(e.target.value))}>
          {ChannelKinds.values.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.name}
        <input type="text" name="name" required maxLength={60} />
      </label>
      <label>
        {kind === "email" ? t.addresses : t.target}
        <input type={kind === "email" ? "text" : "url"} name="target" required maxLength={2000} autoComplete="off" />
      </label>
      {kind === "feishu" || kind === "dingtalk" ? (
        <label>
          {t.secret}
          <input type="password" name="secret" maxLength={500} autoComplete="new-password" title={t.secretHelp} />
        </label>
      ) : null}
      <label>
        <input type="checkbox" name="digestOnly" /> {t.digestOnly}
      </label>
      <button type="submit" className="primary" disabled={disabled}>
        {t.add}
      </button>
    </form>
  );
}
