"use client";
import { type NotifyPreference, NotifyPreferences } from "~/lib/domain/notify-preference";
import { messages } from "~/lib/messages";

export interface PreferenceFormProps {
  value: NotifyPreference;
  saving: boolean;
  saved: boolean;
  onChange: (preference: NotifyPreference) => void;
  follows: readonly { initiativeId: number; name: string }[];
}

/** What reaches me by e-mail (none / the initiatives I follow / the weekly digest only), and what I follow. */
export function PreferenceForm({ value, saving, saved, onChange, follows }: PreferenceFormProps) {
  const t = messages.notify;
  return (
    <section className="card" aria-label={t.preferenceHeading}>
      <h2>{t.preferenceHeading}</h2>
      <fieldset disabled={saving}>
        {NotifyPreferences.values.map((p) => (
          <label key={p} style={{ display: "block" }}>
            <input type="radio" name="notify-preference" value={p} checked={value === p} onChange={() => onChange(p)} /> {t.preferences[p]}
          </label>
        ))}
      </fieldset>
      {saved ? <p className="small muted">{t.preferenceSaved}</p> : null}
      <h3>{t.myFollows}</h3>
      {follows.length === 0 ? (
        <p className="small muted">{t.noFollows}</p>
      ) : (
        <ul>
          {follows.map((f) => (
            <li key={f.initiativeId}>{f.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
