// The bounds on one tRPC request, on real Request objects as the route gets them.
import { describe, expect, it } from "vitest";
import { BODY_BYTES, IMPORT_BODY_BYTES, limitRequest, MAX_BATCH, MAX_URL_LENGTH } from "./request-limits";

const ENDPOINT = "/api/trpc";
const url = (paths: string, query = "") => `http://127.0.0.1${ENDPOINT}/${paths}${query}`;

/** A body that arrives in pieces without a Content-Length (chunked). */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      const n = Math.min(64 * 1024, bytes - sent);
      if (n <= 0) return controller.close();
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
}

async function statusOf(result: Request | Response): Promise<number | "passed"> {
  return result instanceof Response ? result.status : "passed";
}

describe("limitRequest", () => {
  it("passes an ordinary GET batch and POST, with the body intact", async () => {
    expect(await statusOf(await limitRequest(new Request(url("timeline.get,department.mine", "?batch=1&input=%7B%7D")), ENDPOINT))).toBe(
      "passed",
    );
    const body = JSON.stringify({ json: { id: 1, expectedVersion: 1, date: "2024-12-05" } });
    const passed = await limitRequest(new Request(url("milestone.edit"), { method: "POST", body }), ENDPOINT);
    expect(passed).toBeInstanceOf(Request);
    expect(await (passed as Request).text()).toBe(body);
  });

  it("refuses a URL too long (414), a batch too large (400)", async () => {
    expect(await statusOf(await limitRequest(new Request(url("timeline.get", `?input=${"x".repeat(MAX_URL_LENGTH)}`)), ENDPOINT))).toBe(
      414,
    );
    const batch = Array.from({ length: MAX_BATCH + 1 }, () => "timeline.get").join(",");
    const refused = await limitRequest(new Request(url(batch, "?batch=1")), ENDPOINT);
    expect(await statusOf(refused)).toBe(400);
    expect(((await (refused as Response).json()) as { error: { json: { message: string } } }).error.json.message).toContain(
      String(MAX_BATCH),
    );
  });

  it("refuses a body over its route's limit, by Content-Length or while reading a chunked one (413)", async () => {
    const post = (path: string, body: BodyInit, init: RequestInit = {}) =>
      limitRequest(new Request(url(path), { method: "POST", body, duplex: "half", ...init } as RequestInit), ENDPOINT);
    expect(await statusOf(await post("milestone.edit", "a".repeat(BODY_BYTES + 1)))).toBe(413);
    expect(await statusOf(await post("milestone.edit", streamed(BODY_BYTES * 4)))).toBe(413);
    // a report is bigger: the import routes allow it, and refuse beyond theirs
    expect(await statusOf(await post("importer.preview", streamed(BODY_BYTES * 4)))).toBe("passed");
    expect(await statusOf(await post("importer.preview", streamed(IMPORT_BODY_BYTES + 1)))).toBe(413);
    // an import batched with anything else gets the small limit
    expect(await statusOf(await post("importer.preview,milestone.edit", streamed(BODY_BYTES * 4)))).toBe(413);
  });

  it("stops reading a huge chunked body at the limit, not at its end", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const result = await limitRequest(
      new Request(url("importer.commit"), { method: "POST", body: endless, duplex: "half" } as RequestInit),
      ENDPOINT,
    );
    expect(await statusOf(result)).toBe(413);
    expect(pulled).toBeLessThan(IMPORT_BODY_BYTES + 1024 * 1024);
  });
});
