// Notifications per department, for its admins: channels (secrets write-only), the
// schedule, the delivery log and 重新发送. Every procedure checks the caller is an
// admin of the department the channel or delivery belongs to.
import { TRPCError } from "@trpc/server";
import { databaseTarget } from "../../../db";
import { channelDepartment, deleteDisabledChannel, listChannels, setChannelEnabled } from "../../../db/store/notify-channels";
import { deliveryDepartment, listDeliveries, requeueFailed } from "../../../db/store/notify-deliveries";
import { readSchedule, saveSchedule } from "../../../db/store/notify-schedule";
import { appUrl } from "../../../auth/app-url";
import { addChannel, ChannelInputError } from "../../../notify/channels";
import { allowPrivate, notifyKeyFor } from "../../../notify/notify-config";
import { checkCron } from "../../../notify/schedule-times";
import { sendTest } from "../../../notify/send-test";
import { smtpFromEnv } from "../../../notify/send/send-email";
import { createTRPCRouter, departmentProcedure } from "../../trpc";
import { addChannelInput, ofChannel, ofDelivery, ofDepartment, scheduleInput, setEnabledInput } from "./notify.schema";

const byDepartment = (_db: unknown, input: { departmentId: number }) => input.departmentId;
const LOG_SIZE = 100;

export const notifyRouter = createTRPCRouter({
  channels: departmentProcedure("admin", ofDepartment, byDepartment).query(({ ctx }) => listChannels(ctx.db, ctx.department.id)),

  addChannel: departmentProcedure("admin", addChannelInput, byDepartment).mutation(async ({ ctx, input }) => {
    try {
      return await addChannel(ctx.db, notifyKeyFor(databaseTarget), { ...input, departmentId: ctx.department.id }, allowPrivate());
    } catch (error) {
      if (error instanceof ChannelInputError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
      throw error;
    }
  }),

  setEnabled: departmentProcedure("admin", setEnabledInput, (db, input) => channelDepartment(db, input.channelId)).mutation(
    ({ ctx, input }) => setChannelEnabled(ctx.db, input.channelId, input.enabled),
  ),

  /** Deletes a disabled channel and its delivery log; an enabled one must be disabled first (one click cannot lose it). */
  deleteChannel: departmentProcedure("admin", ofChannel, (db, input) => channelDepartment(db, input.channelId)).mutation(
    async ({ ctx, input }) => {
      if (!(await deleteDisabledChannel(ctx.db, input.channelId)))
        throw new TRPCError({ code: "BAD_REQUEST", message: "请先停用该渠道再删除" });
    },
  ),

  /** 发送测试: straight to the platform; answers what it said. */
  test: departmentProcedure("admin", ofChannel, (db, input) => channelDepartment(db, input.channelId)).mutation(({ ctx, input }) =>
    sendTest(ctx.db, input.channelId, {
      key: notifyKeyFor(databaseTarget),
      smtp: smtpFromEnv(),
      allowPrivate: allowPrivate(),
      baseUrl: appUrl(),
    }),
  ),

  schedule: departmentProcedure("admin", ofDepartment, byDepartment).query(({ ctx }) => readSchedule(ctx.db, ctx.department.id)),

  saveSchedule: departmentProcedure("admin", scheduleInput, byDepartment).mutation(async ({ ctx, input }) => {
    const problem = checkCron(input.digestCron, input.timeZone);
    if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
    await saveSchedule(ctx.db, { ...input, departmentId: ctx.department.id });
    return readSchedule(ctx.db, ctx.department.id);
  }),

  deliveries: departmentProcedure("admin", ofDepartment, byDepartment).query(({ ctx }) =>
    listDeliveries(ctx.db, ctx.department.id, LOG_SIZE),
  ),

  /** 重新发送 a message that failed: queued again from its first try. */
  resend: departmentProcedure("admin", ofDelivery, (db, input) => deliveryDepartment(db, input.deliveryId)).mutation(
    async ({ ctx, input }) => {
      if (!(await requeueFailed(ctx.db, input.deliveryId, new Date())))
        throw new TRPCError({ code: "BAD_REQUEST", message: "只有发送失败的消息可以重新发送" });
    },
  ),
});
