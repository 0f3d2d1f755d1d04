"use client";
import { type FormEvent, useState } from "react";
import { messages } from "~/lib/messages";
import { setUpFirstAdmin } from "./auth-requests";
import { Field, FormError } from "./form-parts";

/** First start: the first admin's username, display name and password (twice). */
export function SetupForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setBusy(true);
    setError(null);
    const problem = await setUpFirstAdmin({
      username: field("username"),
      name: field("name"),
      password: field("password"),
      passwordAgain: field("passwordAgain"),
    });
    if (problem) {
      setError(problem);
      setBusy(false);
      return;
    }
    window.location.assign("/");
  }

  return (
    <div className="card auth-card stack">
      <h1>{messages.auth.setupHeading}</h1>
      <p className="muted">{messages.auth.setupIntro}</p>
      <form className="stack" aria-label={messages.auth.setupHeading} onSubmit={(e) => void submit(e)}>
        <Field label={messages.auth.username}>
          <input type="text" name="username" autoComplete="username" required autoFocus />
        </Field>
        <Field label={messages.auth.displayName}>
          <input type="text" name="name" autoComplete="name" />
        </Field>
        <Field label={messages.auth.password}>
          <input type="password" name="password" autoComplete="new-password" required />
        </Field>
        <Field label={messages.auth.passwordAgain}>
          <input type="password" name="passwordAgain" autoComplete="new-password" required />
        </Field>
        <FormError error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {messages.auth.createAdmin}
        </button>
      </form>
    </div>
  );
}
