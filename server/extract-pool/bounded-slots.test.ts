import { describe, expect, it } from "vitest";
import { BoundedSlots } from "./bounded-slots";

describe("BoundedSlots", () => {
  it("gives `size` slots at once, lines up `maxWaiting` more in order, refuses the rest", async () => {
    const slots = new BoundedSlots(2, 1);
    const first = await slots.take();
    const second = await slots.take();
    const order: string[] = [];
    const third = slots.take()?.then((release) => (order.push("third"), release));
    expect(third).toBeInstanceOf(Promise);
    expect(slots.take()).toBeNull();
    expect({ held: slots.held, waiting: slots.waiting }).toEqual({ held: 2, waiting: 1 });

    first!();
    const released = await third!;
    expect(order).toEqual(["third"]);
    expect({ held: slots.held, waiting: slots.waiting }).toEqual({ held: 2, waiting: 0 });

    first!(); // a second call frees nothing more
    expect(slots.held).toBe(2);
    second!();
    released();
    expect(slots.held).toBe(0);
  });

  it("serves those in line first come, first served", async () => {
    const slots = new BoundedSlots(1, 3);
    const holder = await slots.take();
    const served: number[] = [];
    const waits = [1, 2, 3].map((n) =>
      slots.take()!.then((release) => {
        served.push(n);
        release();
      }),
    );
    holder!();
    await Promise.all(waits);
    expect(served).toEqual([1, 2, 3]);
    expect(slots.held).toBe(0);
  });
});
