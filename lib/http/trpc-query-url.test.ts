import { createTRPCUntypedClient, httpLink } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { dataTransformer } from "./data-transformer";
import { TRPC_ENDPOINT, trpcQueryUrl } from "./trpc-query-url";

/** The URL tRPC's own httpLink asks for `path` with `input` (a fetch that records it and answers nothing). */
async function httpLinkUrl(input: unknown, path = "timeline.get"): Promise<string> {
  let asked = "";
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url: `http://app.test${TRPC_ENDPOINT}`,
        transformer: dataTransformer,
        fetch: async (url) => {
          asked = String(url);
          return Response.json({ result: { data: { json: null } } });
        },
      }),
    ],
  });
  await client.query(path, input);
  return asked.slice("http://app.test".length);
}

describe("trpcQueryUrl", () => {
  it.each([{}, { departmentIds: [3, 1] }, { query: "长沙 佣金&存管?#100%", slippedOnly: true }, { departmentIds: [], query: "</script>" }])(
    "is the URL httpLink asks for %j",
    async (input) => {
      expect(trpcQueryUrl("timeline.get", input)).toBe(await httpLinkUrl(input));
    },
  );

  it("is the URL httpLink asks for a query without input (department.mine)", async () => {
    expect(trpcQueryUrl("department.mine", undefined)).toBe(await httpLinkUrl(undefined, "department.mine"));
  });
});
