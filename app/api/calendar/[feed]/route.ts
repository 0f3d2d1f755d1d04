// GET /api/calendar/<token>.ics → a department's milestones as an iCalendar feed, for
// calendar apps (no session: the secret token is the credential; revoked or unknown → 404).
import { calendarFeedText } from "~/server/api/calendar-feed";
import { today } from "~/server/api/trpc";
import { db } from "~/server/db";
import { reportServerError } from "~/server/http/server-error";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }): Promise<Response> {
  const { feed } = await params;
  if (!feed.endsWith(".ics")) return notFound();
  try {
    const result = await calendarFeedText(db, feed.slice(0, -".ics".length), today());
    if (!result.ok)
      return result.status === 404 ? notFound() : new Response("Too many requests", { status: 429, headers: { "Retry-After": "60" } });
    return new Response(result.text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="milestones.ics"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return new Response(reportServerError(error, "GET /api/calendar").message, { status: 500 });
  }
}
