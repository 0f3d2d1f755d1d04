import { requireUser } from "../_auth/current-user";
import { CalendarView } from "./calendar-view";

export const dynamic = "force-dynamic";

export default async function CalendarPage() {
  await requireUser("/calendar");
  return <CalendarView />;
}
