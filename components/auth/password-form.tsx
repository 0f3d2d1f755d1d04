"use client";
import { type FormEvent, useState } from "react";
import { messages } from "~/lib/messages";
import { changePassword } from "./auth-requests";
import { Field } from "./form-parts";

/** The signed-in user's password change; other devices are signed out. */
export function PasswordForm({ minLength }: { minLength: number }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const field = (name: string) => String(form.get(name) ?? "");
    setBusy(true);
    setResult(null);
    const problem =
      field("newPassword") === field("passwordAgain")
        ? await changePassword(field("currentPassword"), field("newPassword"), minLength)
        : messages.auth.passwordsDiffer;
    setBusy(false);
    setResult(problem ? { ok: false, text: problem } : { ok: true, text: messages.auth.passwordChanged });
    if (!problem) target.reset();
  }

  return (
    <form className="card auth-card stack" aria-label={messages.auth.passwordHeading} onSubmit={(e) => void submit(e)}>
      <h1>{messages.auth.passwordHeading}</h1>
      <Field label={messages.auth.currentPassword}>
        <input type="password" name="currentPassword" autoComplete="current-password" required />
      </Field>
      <Field label={messages.auth.newPassword}>
        <input type="password" name="newPassword" autoComplete="new-password" required />
      </Field>
      <Field label={messages.auth.passwordAgain}>
        <input type="password" name="passwordAgain" autoComplete="new-password" required />
      </Field>
      {result && (
        <div className={result.ok ? "notice" : "notice error"} role={result.ok ? "status" : "alert"}>
          {result.text}
        </div>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {messages.auth.changePassword}
      </button>
    </form>
  );
}
