import { defineEnum } from "./define-enum";

/** Where a department's messages go: 飞书 / 钉钉 / 企业微信 group bots, or e-mail through SMTP. */
export const ChannelKinds = defineEnum("ChannelKind", ["feishu", "dingtalk", "wecom", "email"]);
export type ChannelKind = (typeof ChannelKinds.values)[number];
export const parseChannelKind = ChannelKinds.parse;
