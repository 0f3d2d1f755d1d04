// An instant (an edit's or an import's time) as the reader's wall clock:
// `yyyy-MM-dd HH:mm` in the given IANA time zone (default: the runtime's, i.e.
// the browser's on the client). Calendar days (milestone dates) are no
// instants and never go through here.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(key, f);
  }
  return f;
}

/** `yyyy-MM-dd HH:mm` in `timeZone`; the input as it was when it is no instant. */
export function formatInstant(at: string | Date, timeZone?: string): string {
  const d = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
