import { ruleKey, type FiredRule, type ProfileRule } from "../../../lib/layout-profile/layout-profile";
import type { EntryLine } from "../outline/raw-entry";
import type { ExtractedEntry } from "../types";
import type { CompiledProfile } from "./compiled-profile";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The label, then a few words of the same clause, then the figure: `覆盖率：达到 85%`.
function notProgressPattern(label: string): RegExp {
  return new RegExp(`${escapeRegExp(label.trim())}[^，,；;。]{0,20}?\\d{1,3}(?:\\.\\d+)?\\s*[%％]`, "gi");
}

/**
 * The lines as the progress reader should see them: a figure the profile says
 * is no progress (`覆盖率85%`) is taken out. The entry keeps its lines as written.
 */
export function progressLines(lines: readonly EntryLine[], rules: readonly ProfileRule[], fired: FiredRule[]): readonly EntryLine[] {
  if (rules.length === 0) return lines;
  const patterns = rules.map((rule) => ({ rule, pattern: notProgressPattern(rule.match) }));
  return lines.map((line) => {
    let text = line.text;
    for (const { rule, pattern } of patterns) {
      const masked = text.replace(pattern, " ");
      if (masked !== text) fired.push({ ruleId: rule.id, kind: rule.kind, match: rule.match, line: line.source.line });
      text = masked;
    }
    return text === line.text ? line : { ...line, text };
  });
}

/** Entries under the name the profile gives them (`装修存管` read as `贝易转-装修存管`). */
export function withAliases(entries: readonly ExtractedEntry[], profile: CompiledProfile, fired: FiredRule[]): ExtractedEntry[] {
  if (profile.aliases.size === 0) return [...entries];
  return entries.map((entry) => {
    const rule = profile.aliases.get(ruleKey(entry.initiative));
    if (!rule) return entry;
    fired.push({ ruleId: rule.id, kind: rule.kind, match: rule.match, line: entry.source.line });
    return { ...entry, initiative: rule.value.trim() };
  });
}
