"use client";
import { type TimelineStateFilter, TimelineStateFilters } from "~/lib/domain/timeline-state-filter";
import { messages } from "~/lib/messages";
import type { TimelineFilter } from "~/server/tracking/types";

export interface TimelineFilterBarProps {
  /** the departments the user can read: a choice only when there are several */
  departments: { id: number; name: string }[];
  groups: { id: number; name: string }[];
  value: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
}

/** Group, state and text filters of the timeline. */
export function TimelineFilterBar({ departments, groups, value, onChange }: TimelineFilterBarProps) {
  const states = value.states ?? [];
  const toggle = (s: TimelineStateFilter) =>
    onChange({ ...value, states: states.includes(s) ? states.filter((x) => x !== s) : [...states, s] });
  const chosen = value.departmentIds ?? [];
  // a group belongs to one department: choosing departments drops a group of another
  const toggleDepartment = (id: number) =>
    onChange({ ...value, departmentIds: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id], groupIds: [] });
  return (
    <div className="row">
      {departments.length > 1 ? (
        <fieldset className="department-filter">
          <legend className="small muted">{messages.timeline.departments}</legend>
          {departments.map((d) => (
            <label key={d.id} className="small">
              <input type="checkbox" checked={chosen.includes(d.id)} onChange={() => toggleDepartment(d.id)} />
              {d.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <input
        type="search"
        placeholder={messages.timeline.search}
        aria-label={messages.timeline.search}
        value={value.q ?? ""}
        onChange={(e) => onChange({ ...value, q: e.target.value })}
      />
      <select
        aria-label={messages.timeline.allGroups}
        value={value.groupIds?.[0] ?? ""}
        onChange={(e) => onChange({ ...value, groupIds: e.target.value ? [Number(e.target.value)] : [] })}
      >
        <option value="">{messages.timeline.allGroups}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {TimelineStateFilters.values.map((s) => (
        <label key={s} className="small">
          <input type="checkbox" checked={states.includes(s)} onChange={() => toggle(s)} />
          {messages.timeline.states[s]}
        </label>
      ))}
    </div>
  );
}
