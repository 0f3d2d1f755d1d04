// GET /api/health → 200 "ok" once the server answers; open without signing in (load balancers, tests).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
