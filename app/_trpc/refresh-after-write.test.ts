import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { refreshAfterWrite } from "./refresh-after-write";

/** A list whose first read is slow and happens before the write lands. */
function slowFirstRead() {
  const rows: string[] = [];
  let reads = 0;
  let releaseFirst!: () => void;
  const firstReleased = new Promise<void>((resolve) => (releaseFirst = resolve));
  const queryFn = async () => {
    const snapshot = [...rows];
    reads += 1;
    if (reads === 1) await firstReleased;
    return snapshot;
  };
  return { rows, queryFn, releaseFirst };
}

async function afterWrite(refresh: (client: QueryClient) => Promise<void>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const list = slowFirstRead();
  const observer = new QueryObserver(client, { queryKey: ["feeds"], queryFn: list.queryFn });
  const unsubscribe = observer.subscribe(() => {});
  list.rows.push("new"); // the write, committed while the first read is in flight
  const refreshed = refresh(client);
  list.releaseFirst();
  await refreshed;
  const data = client.getQueryData<string[]>(["feeds"]);
  unsubscribe();
  return data;
}

describe("refreshAfterWrite", () => {
  it("shows the write even when the list's first read was still in flight", async () => {
    expect(await afterWrite((client) => refreshAfterWrite(client, ["feeds"]))).toEqual(["new"]);
  });

  it("is needed: invalidateQueries alone keeps the read from before the write", async () => {
    expect(await afterWrite((client) => client.invalidateQueries({ queryKey: ["feeds"] }))).toEqual([]);
  });

  it("refreshes every query when given no key", async () => {
    expect(await afterWrite((client) => refreshAfterWrite(client))).toEqual(["new"]);
  });
});
