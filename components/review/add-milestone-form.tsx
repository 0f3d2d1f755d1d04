"use client";
// 补充里程碑…: the PM points at a line the extractor read no milestone from,
// keeps the words that state it (the date is read from them on the server),
// chooses the event and, for a word of the department's own, whether to remember it.
import { useState } from "react";
import { COMMON_EVENTS } from "~/lib/domain/common-events";
import { MilestoneStates } from "~/lib/domain/milestone-state";
import { isEventWord } from "~/lib/layout-profile/parse-layout-profile";
import { messages } from "~/lib/messages";
import type { MilestoneState, SourceLine } from "~/server/extract/types";
import type { AddedMilestone } from "~/server/tracking/types";

const t = messages.milestoneCorrections;
const OTHER = "__other";

/** An entry of the preview a line outside it may give a milestone to. */
export interface EntryChoice {
  entryKey: string;
  name: string;
}

export interface AddMilestoneFormProps {
  /** the entry the milestone goes to; "" when the PM is to choose one of `entries` */
  entryKey: string;
  /** for a 未识别 line: the entries to choose from, `entryKey` proposed */
  entries?: readonly EntryChoice[];
  /**
   * the entry that lists the line (null: none does), when the line may be another's: an event word is
   * remembered only for a milestone of that entry (elsewhere, read with the word, the line would be an item of its own)
   */
  listedBy?: string | null;
  /** the entry's lines the PM may choose from */
  lines: readonly SourceLine[];
  /** the line offered first (a change's own line) */
  line?: SourceLine;
  /** event words the department uses besides the common ones (its profile, the review's corrections) */
  extraEvents?: readonly string[];
  disabled?: boolean;
  /** `rememberEvent`: the event word to keep in the department's profile, else null */
  onAdd: (added: AddedMilestone, rememberEvent: string | null) => void;
}

export function AddMilestoneForm(props: AddMilestoneFormProps) {
  const { entryKey, entries, listedBy, lines, line, extraEvents = [], disabled, onAdd } = props;
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState(entryKey);
  const target = entries ? picked : entryKey;
  const first = line ?? lines[0];
  const [lineNo, setLineNo] = useState(first?.line ?? 0);
  const chosen = lines.find((l) => l.line === lineNo) ?? first;
  const [span, setSpan] = useState(first?.text ?? "");
  const events = [...new Set([...COMMON_EVENTS, ...extraEvents])];
  const [choice, setChoice] = useState<string>(events[0] ?? OTHER);
  const [custom, setCustom] = useState("");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [state, setState] = useState<MilestoneState | "">("");
  const [remember, setRemember] = useState(true);
  if (!chosen) return null;
  const event = choice === OTHER ? custom.trim() : choice;
  const newWord = choice === OTHER && isEventWord(event);
  const rememberable = listedBy === undefined || listedBy === target;
  if (!open)
    return (
      <button type="button" className="small" disabled={disabled} onClick={() => setOpen(true)}>
        {t.addFromLine}
      </button>
    );
  return (
    <fieldset className="stack small add-milestone" aria-label={t.addHeading}>
      <legend>{t.addHeading}</legend>
      {entries ? (
        <label>
          {t.entry}
          <select aria-label={t.entry} value={target} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{t.entryNone}</option>
            {entries.map((e) => (
              <option key={e.entryKey} value={e.entryKey}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {lines.length > 1 ? (
        <select
          aria-label={messages.review.line(chosen.line)}
          value={chosen.line}
          onChange={(e) => {
            const next = lines.find((l) => l.line === Number(e.target.value));
            setLineNo(Number(e.target.value));
            setSpan(next?.text ?? "");
          }}
        >
          {lines.map((l) => (
            <option key={l.line} value={l.line}>
              {messages.review.line(l.line)}：{l.text}
            </option>
          ))}
        </select>
      ) : null}
      <label title={t.spanHint}>
        {t.span}
        <input type="text" aria-label={t.span} value={span} onChange={(e) => setSpan(e.target.value)} />
      </label>
      <div className="row">
        <label>
          {t.event}
          <select aria-label={t.event} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {events.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
            <option value={OTHER}>{t.eventOther}</option>
          </select>
        </label>
        {choice === OTHER ? (
          <input type="text" aria-label={t.eventCustom} value={custom} onChange={(e) => setCustom(e.target.value)} />
        ) : null}
        <label>
          {t.title}
          <input type="text" aria-label={t.title} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t.date}
          <input type="date" aria-label={t.date} value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t.state}
          <select aria-label={t.state} value={state} onChange={(e) => setState(MilestoneStates.is(e.target.value) ? e.target.value : "")}>
            <option value="">{t.stateFromText}</option>
            {MilestoneStates.values.map((s) => (
              <option key={s} value={s}>
                {messages.state[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {newWord && rememberable ? (
        <label>
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          {t.rememberEvent(event)}
        </label>
      ) : null}
      {newWord && !rememberable ? <p className="muted">{t.eventNotRemembered(event)}</p> : null}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={disabled || event === "" || target === ""}
          onClick={() => {
            const added: AddedMilestone = { entryKey: target, line: chosen.text, span, event };
            if (title.trim()) added.title = title;
            if (date) added.date = date;
            if (state) added.state = state;
            onAdd(added, newWord && rememberable && remember ? event : null);
            setOpen(false);
          }}
        >
          {t.add}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </fieldset>
  );
}
