// What a write of tracked data did, in domain terms: the notification work
// (slip alerts, digests) listens to these instead of diffing the database.

export type TrackingEvent =
  | { kind: "milestone_moved"; milestoneId: number; initiativeId: number; title: string; from: string; to: string; days: number }
  /** moved later than it was, past its baseline */
  | {
      kind: "milestone_slipped";
      milestoneId: number;
      initiativeId: number;
      title: string;
      baselineDate: string;
      date: string;
      slipDays: number;
    }
  | { kind: "milestone_done"; milestoneId: number; initiativeId: number; title: string; date: string }
  /** the report now calls it at risk */
  | { kind: "milestone_at_risk"; milestoneId: number; initiativeId: number; title: string; date: string }
  /** an import of the newest week did not mention it */
  | { kind: "initiative_silent"; initiativeId: number; name: string; lastSeenWeek: string | null };

export type TrackingEventKind = TrackingEvent["kind"];

type Listener = (events: readonly TrackingEvent[]) => void | Promise<void>;

const listeners = new Set<Listener>();

/** Calls `listener` after every committed write that produced events; returns the unsubscribe. */
export function onTrackingEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Hands committed events to the listeners; a failing listener never fails the write that already committed. */
export async function publishTrackingEvents(events: readonly TrackingEvent[]): Promise<void> {
  if (events.length === 0) return;
  for (const listener of listeners) {
    try {
      await listener(events);
    } catch (error) {
      console.error("追踪事件处理失败", error);
    }
  }
}
