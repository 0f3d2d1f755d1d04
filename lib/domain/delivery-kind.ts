import { defineEnum } from "./define-enum";

/** Why a message was queued: after an import, the daily due-date alert, the weekly digest, or 发送测试. */
export const DeliveryKinds = defineEnum("DeliveryKind", ["import", "daily", "digest", "test"]);
export type DeliveryKind = (typeof DeliveryKinds.values)[number];

/** Where a queued message stands: waiting (or between retries), delivered, or given up on. */
export const DeliveryStatuses = defineEnum("DeliveryStatus", ["pending", "sent", "failed"]);
export type DeliveryStatus = (typeof DeliveryStatuses.values)[number];
