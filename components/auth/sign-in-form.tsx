"use client";
import { type FormEvent, useState } from "react";
import { messages } from "~/lib/messages";
import { signIn, startSso } from "./auth-requests";
import { Field, FormError } from "./form-parts";

/** Username (or email) and password; the company SSO button when the server has one configured. */
export function SignInForm({ next, ssoName }: { next: string; ssoName: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const problem = await signIn(String(form.get("login") ?? ""), String(form.get("password") ?? ""));
    if (problem) {
      setError(problem);
      setBusy(false);
      return;
    }
    // a full load, so the header and every server component see the new session
    window.location.assign(next);
  }

  async function sso() {
    setBusy(true);
    const problem = await startSso(next);
    if (problem) {
      setError(problem);
      setBusy(false);
    }
  }

  return (
    <div className="card auth-card stack">
      <h1>{messages.auth.signInHeading}</h1>
      <form className="stack" aria-label={messages.auth.signInHeading} onSubmit={(e) => void submit(e)}>
        <Field label={messages.auth.login}>
          <input type="text" name="login" autoComplete="username" required autoFocus />
        </Field>
        <Field label={messages.auth.password}>
          <input type="password" name="password" autoComplete="current-password" required />
        </Field>
        <FormError error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? messages.auth.signingIn : messages.auth.signIn}
        </button>
      </form>
      {ssoName && (
        <>
          <div className="muted small auth-or">{messages.auth.or}</div>
          <button type="button" onClick={() => void sso()} disabled={busy}>
            {messages.auth.signInWith(ssoName)}
          </button>
        </>
      )}
    </div>
  );
}
