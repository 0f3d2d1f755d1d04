"use client";
import { useState } from "react";
import type { ProfileRule } from "../../lib/layout-profile/layout-profile";
import { ruleMatchText } from "../../lib/layout-profile/rule-text";
import { messages } from "../../lib/messages";

const t = messages.layoutProfile;

interface Props {
  rules: readonly ProfileRule[];
  /** null: the reader may not change the profile */
  onEdit: ((rule: ProfileRule, match: string, value: string) => Promise<boolean>) | null;
  onRemove: ((rule: ProfileRule) => void) | null;
  disabled: boolean;
}

/** Every rule of a profile with where it came from; editors change or remove one at a time. */
export function RuleTable({ rules, onEdit, onRemove, disabled }: Props) {
  const [editing, setEditing] = useState<{ id: string; match: string; value: string } | null>(null);
  if (rules.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <table className="data-table" aria-label={t.title}>
      <thead>
        <tr>
          <th>{t.columns.kind}</th>
          <th>{t.columns.match}</th>
          <th>{t.columns.value}</th>
          <th>{t.columns.source}</th>
          {onEdit || onRemove ? <th>{t.columns.actions}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => {
          const open = editing?.id === rule.id ? editing : null;
          return (
            <tr key={rule.id} data-rule={rule.id}>
              <td>{t.kinds[rule.kind]}</td>
              <td>
                {open ? (
                  <input aria-label={t.columns.match} value={open.match} onChange={(e) => setEditing({ ...open, match: e.target.value })} />
                ) : (
                  ruleMatchText(rule)
                )}
              </td>
              <td>
                {open && rule.kind === "alias" ? (
                  <input aria-label={t.columns.value} value={open.value} onChange={(e) => setEditing({ ...open, value: e.target.value })} />
                ) : (
                  rule.value || "—"
                )}
              </td>
              <td className="muted">{t.sourceText(rule.source.week, rule.source.actor, rule.source.at)}</td>
              {onEdit || onRemove ? (
                <td>
                  {open && onEdit ? (
                    <>
                      <button
                        type="button"
                        disabled={disabled}
                        onClick={() => void onEdit(rule, open.match, open.value).then((ok) => ok && setEditing(null))}
                      >
                        {t.save}
                      </button>{" "}
                      <button type="button" onClick={() => setEditing(null)}>
                        {t.cancel}
                      </button>
                    </>
                  ) : (
                    <>
                      {onEdit ? (
                        <button
                          type="button"
                          disabled={disabled}
                          onClick={() => setEditing({ id: rule.id, match: rule.match, value: rule.value })}
                        >
                          {t.edit}
                        </button>
                      ) : null}{" "}
                      {onRemove ? (
                        <button type="button" disabled={disabled} onClick={() => onRemove(rule)}>
                          {t.remove}
                        </button>
                      ) : null}
                    </>
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
