// What a queued message says, independent of where it goes: the outbox stores this
// (as JSON) and each channel renders it in its own format when it is sent.
import { z } from "zod";

const item = z.object({ text: z.string(), link: z.string().nullable() });
const section = z.object({ heading: z.string(), items: z.array(item) });

export const notifyMessageSchema = z.object({
  title: z.string(),
  /** one line under the title, plain text */
  summary: z.string().nullable(),
  /** where the whole message leads in the app (the week's overview): also the target of 更多 */
  link: z.string().nullable(),
  sections: z.array(section),
});

export type NotifyMessage = z.infer<typeof notifyMessageSchema>;
export type MessageSection = NotifyMessage["sections"][number];
export type MessageItem = MessageSection["items"][number];

/** A stored payload back as a message; a row that is not one is a bug, not user input. */
export const parseNotifyMessage = (json: string): NotifyMessage => notifyMessageSchema.parse(JSON.parse(json));
