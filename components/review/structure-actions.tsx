"use client";
import type { ProfileCorrection } from "~/lib/layout-profile/layout-profile";
import { messages } from "~/lib/messages";
import type { ExtractedEntry } from "~/server/extract/types";
import { headingLevelOf } from "./heading-level";
import { listDepthOf } from "./list-depth";

const t = messages.layoutProfile;
/** The structural corrections one extracted initiative offers; choosing one re-reads the report at once. */
export function StructureActions({
  entry,
  reportLines,
  disabled,
  onCorrect,
}: {
  entry: ExtractedEntry;
  reportLines: readonly string[];
  disabled: boolean;
  onCorrect: (correction: ProfileCorrection) => void;
}) {
  const heading = headingLevelOf(entry, reportLines);
  // An entry read from a list item: its items, or the items one depth down, may be the work.
  const list = listDepthOf(entry, reportLines);
  const listLevel = (key: string, depth: number, label: string) => ({
    key,
    label,
    correction: { kind: "projectLevel" as const, match: `l${depth}`, value: "" },
  });
  const options: { key: string; label: string; correction: ProfileCorrection }[] = [
    ...(["facet", "ignore", "section"] as const).map((kind) => ({
      key: kind,
      label: t.notProjectChoices[kind],
      correction: { kind, match: entry.initiative, value: "" },
    })),
    ...(heading
      ? [
          {
            key: "level",
            label: t.projectsAtLevel(`h${heading}`),
            correction: { kind: "projectLevel" as const, match: `h${heading}`, value: "" },
          },
        ]
      : []),
    ...(list ? [listLevel("list", list.depth, t.projectsAtListDepth(list.depth))] : []),
    ...(list?.deeper ? [listLevel("listNext", list.depth + 1, t.projectsAtNextListDepth(list.depth + 1))] : []),
    // a bullet under a numbered item: the numbered items may be the work, the bullets their lines
    ...(list && list.depth > 1 ? [listLevel("listUpper", list.depth - 1, t.projectsAtUpperListDepth(list.depth - 1))] : []),
    ...(entry.group
      ? [{ key: "skip", label: t.skipGroup(entry.group), correction: { kind: "skipSection" as const, match: entry.group, value: "" } }]
      : []),
  ];
  return (
    <label>
      {t.notProject}
      <select
        aria-label={t.notProject}
        value=""
        disabled={disabled}
        onChange={(e) => {
          const chosen = options.find((o) => o.key === e.target.value);
          if (chosen) onCorrect(chosen.correction);
        }}
      >
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
