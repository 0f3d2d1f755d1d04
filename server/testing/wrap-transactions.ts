import type { Db, Tx } from "../db/create-client";

/**
 * `db`, whose interactive transactions hand their callback `wrap(tx)` instead
 * of `tx`: for tests that inject a failure into a write, or record the
 * statements a write makes, with the real database underneath.
 */
export function wrapTransactions(db: Db, wrap: (tx: Tx) => Tx): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return (fn: (tx: Tx) => Promise<unknown>, options: unknown) => target.$transaction((tx) => fn(wrap(tx)), options as never);
    },
  });
}
