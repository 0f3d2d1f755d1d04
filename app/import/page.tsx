import { HydrationBoundary } from "@tanstack/react-query";
import { dehydrated, getQueryClient, trpc } from "../_trpc/server";
import { messages } from "../../lib/messages";
import { ImportView } from "./import-view";
import { requireUser } from "../_auth/current-user";
import { env } from "~/server/env";
import { inputLimits } from "~/server/input-limits";

export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireUser("/import");
  // the departments the user may import into
  await getQueryClient().prefetchQuery(trpc.department.mine.queryOptions());
  return (
    <div>
      <h1>{messages.importer.heading}</h1>
      <p className="muted">{messages.importer.intro}</p>
      <HydrationBoundary state={dehydrated()}>
        <ImportView limits={inputLimits(env)} />
      </HydrationBoundary>
    </div>
  );
}
