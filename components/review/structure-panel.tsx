"use client";
import { useState } from "react";
import type { FiredRule, ProfileCorrection } from "~/lib/layout-profile/layout-profile";
import { ruleMatchText } from "~/lib/layout-profile/rule-text";
import { messages } from "~/lib/messages";

const t = messages.layoutProfile;

interface Props {
  corrections: readonly ProfileCorrection[];
  fired: readonly FiredRule[];
  remember: boolean;
  disabled: boolean;
  onCorrections: (corrections: ProfileCorrection[]) => void;
  onRemember: (remember: boolean) => void;
}

/** The review's structural corrections (undo one), a figure that is no progress, "remember", and the profile rules that fired. */
export function StructurePanel({ corrections, fired, remember, disabled, onCorrections, onRemember }: Props) {
  const [label, setLabel] = useState("");
  return (
    <section className="card stack structure-panel" aria-label={t.correctionsHeading}>
      <strong>{t.correctionsHeading}</strong>
      {corrections.length === 0 ? <p className="muted small">{t.correctionsNone}</p> : null}
      <ul className="small">
        {corrections.map((c, i) => (
          <li key={`${c.kind}-${c.match}`} data-correction={c.kind}>
            {t.kinds[c.kind]}：{ruleMatchText(c)}{" "}
            <button type="button" disabled={disabled} onClick={() => onCorrections(corrections.filter((_, j) => j !== i))}>
              {t.undoCorrection}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar small"
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim() === "") return;
          onCorrections([...corrections, { kind: "notProgress", match: label.trim(), value: "" }]);
          setLabel("");
        }}
      >
        <label>
          {t.notProgressLabel} <input value={label} disabled={disabled} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={disabled}>
          {t.notProgressAdd}
        </button>
      </form>
      <label className="small">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} /> {t.remember}
      </label>
      {fired.length > 0 ? (
        <details className="small" data-fired={fired.length}>
          <summary>{t.firedHeading(fired.length)}</summary>
          <ul>
            {fired.map((f) => (
              <li key={`${f.ruleId}@${f.line}`}>{t.firedLine(t.kinds[f.kind], ruleMatchText(f), f.line)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
