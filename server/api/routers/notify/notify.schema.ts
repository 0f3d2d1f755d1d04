// The inputs of the notification procedures.
import { z } from "zod";
import { ChannelKinds } from "../../../../lib/domain/channel-kind";
import { id } from "../../schemas";

export const ofDepartment = z.object({ departmentId: id });
export const ofChannel = z.object({ channelId: id });
export const ofDelivery = z.object({ deliveryId: id });

export const addChannelInput = ofDepartment.extend({
  kind: z.enum(ChannelKinds.values),
  name: z.string().trim().min(1, "请填写渠道名称").max(60, "渠道名称最多 60 个字"),
  target: z.string().trim().min(1, "请填写 Webhook 地址或邮箱").max(2000, "内容过长"),
  secret: z.string().trim().max(500, "签名密钥过长").nullish(),
  digestOnly: z.boolean().default(false),
});

export const setEnabledInput = ofChannel.extend({ enabled: z.boolean() });

export const scheduleInput = ofDepartment.extend({
  digestCron: z.string().trim().min(1, "请填写定时表达式").max(100),
  timeZone: z.string().trim().min(1, "请填写时区").max(64),
  dailyTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "每日提醒时间应为 HH:mm，例如 09:00")
    .nullable(),
  dueWithinDays: z.number().int().min(1, "提前天数应在 1 到 14 之间").max(14, "提前天数应在 1 到 14 之间"),
});
