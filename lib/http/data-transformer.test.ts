import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { dataTransformer, isPlainJson } from "./data-transformer";

/** A timeline's shape: groups of initiatives with dated milestones, strings, numbers, nulls. */
const timelineLike = (initiatives: number) => ({
  today: "2024-11-28",
  latestWeek: "2024-W48",
  groups: Array.from({ length: 4 }, (_, g) => ({
    id: g,
    name: `产品线 ${g}`,
    initiatives: Array.from({ length: initiatives / 4 }, (_, i) => ({
      id: g * 1000 + i,
      name: `项目 ${i}`,
      progress: i % 3 === 0 ? null : (i * 7) % 100,
      milestones: [{ title: "上线", date: "2024-12-05", baseline: "2024-11-28", done: false, slipDays: 7 }],
    })),
  })),
});

/** Through the wire: serialized, written as JSON, read back. */
const overTheWire = (value: unknown) => dataTransformer.deserialize(JSON.parse(JSON.stringify(dataTransformer.serialize(value))));

describe("isPlainJson", () => {
  it("takes what JSON carries as it is", () => {
    for (const v of [
      null,
      "",
      "文本",
      0,
      1.5,
      -3,
      true,
      false,
      [],
      {},
      [1, "a", null, [{}]],
      { a: { b: [1, { c: "d" }] } },
      Object.create(null),
    ])
      expect(isPlainJson(v), JSON.stringify(v)).toBe(true);
    expect(isPlainJson({ a: 1, optional: undefined })).toBe(true);
  });

  it("refuses what JSON would change or drop, however deep", () => {
    const deep = (v: unknown) => ({ groups: [{ initiatives: [{ milestones: [{ at: v }] }] }] });
    const special = [
      new Date(0),
      new Map(),
      new Set(),
      1n,
      Number.NaN,
      Infinity,
      -Infinity,
      -0,
      /x/,
      new Error("e"),
      new URL("http://x/"),
      Symbol("s"),
      () => 1,
    ];
    for (const v of special) expect(isPlainJson(deep(v)), String(v)).toBe(false);
    expect(isPlainJson(undefined)).toBe(false);
    expect(isPlainJson([1, undefined])).toBe(false);
    const holey: unknown[] = [1];
    holey[2] = 2;
    expect(isPlainJson(holey)).toBe(false);
    expect(isPlainJson({ a: new (class Point {})() })).toBe(false);
  });
});

describe("dataTransformer", () => {
  it("sends plain JSON as it is, with nothing added, and reads it back without a copy", () => {
    const timeline = timelineLike(200);
    const payload = dataTransformer.serialize(timeline);
    expect(payload).toEqual({ json: timeline });
    expect(payload.json).toBe(timeline);
    expect(dataTransformer.deserialize(payload)).toBe(timeline);
    expect(overTheWire(timeline)).toEqual(timeline);
  });

  it("reads back everything else exactly as superjson does", () => {
    const values: unknown[] = [
      { at: new Date("2024-11-28T00:00:00Z"), ids: new Set([1, 2]), byId: new Map([[1, "a"]]) },
      [1, undefined, 3],
      { n: Number.NaN, inf: -Infinity, zero: -0, big: 12345678901234567890n },
      undefined,
      { nested: [{ deep: [new Date(5)] }] },
    ];
    for (const v of values) {
      const ours = overTheWire(v);
      expect(ours).toEqual(superjson.parse(superjson.stringify(v)));
      expect(ours).toEqual(v);
    }
  });

  it("reads what superjson wrote, so the two ends can differ for a while", () => {
    const v = { at: new Date(7), plain: { a: [1, 2] } };
    expect(dataTransformer.deserialize(JSON.parse(superjson.stringify(v)))).toEqual(v);
    expect(superjson.deserialize(JSON.parse(JSON.stringify(dataTransformer.serialize(v))))).toEqual(v);
    const plain = { a: [1, "b"] };
    expect(superjson.deserialize(JSON.parse(JSON.stringify(dataTransformer.serialize(plain))))).toEqual(plain);
  });
});
