// A message for the format tests: report text with markup in it, and as many items as asked.
import type { NotifyMessage } from "../notify/message";

export function sampleMessage(items = 2): NotifyMessage {
  return {
    title: "风控平台部 · 2024-W47 周报已导入",
    summary: "新延期 1 项",
    link: "https://tracker.example/week?week=2024-W47&department=1",
    sections: [
      {
        heading: "新延期",
        items: Array.from({ length: items }, (_, i) => ({
          text: `芝麻免押 **上线** <b>${i}</b> 推迟 7 天（原因：[联调](javascript:x)）`,
          link: `https://tracker.example/?initiative=${i + 1}`,
        })),
      },
    ],
  };
}
