import type { ReactNode } from "react";

/** A labelled input of the sign-in, setup and password forms. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** What went wrong with the last submit, read out by screen readers. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <div className="notice error" role="alert">
      {error}
    </div>
  );
}
