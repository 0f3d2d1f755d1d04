// A report sent as a letter (email, 企业微信, 公文 style) wraps its work in a letter's frame:
// `各位领导、同事好：` / `现将本周工作汇报如下：` / … / `特此汇报。` / `技术保障部` / `2024年12月6日`.
// The frame is no work: its salutation and lead-in name nothing, and what follows the closing is the signature.

// `各位领导好：`, `尊敬的王总：`, `Hi all,`: the first line, addressed to the readers.
const SALUTATION =
  /^(?:(?:尊敬的|各位|亲爱的)[^，,。；;！!？?]{0,16}|[^，,。；;！!？?：:]{0,16}(?:您好|们好|大家好|家好|事好|导好))[：:，,！!]?$|^(?:hi|hello|dear)\b/i;
// `现将技术保障部本周工作汇报如下：`, `本周工作总结如下：`: a sentence that introduces the list, not a label of it.
const LEAD_IN = /^(?:现将|现就|兹将|特将)|(?:汇报|报告|总结|情况)如下\s*[：:。]?$/;
// `特此汇报。`, `以上，请审阅。`, `请领导审阅`, `此致`, `谢谢！`: the letter's closing.
const CLOSING =
  /^(?:特此(?:汇报|报告|说明)|以上|以上[，,]?(?:请|敬请)[^，,。]{0,8}|请(?:各位)?(?:领导)?(?:审阅|审批|批示|指示|指正)|此致|谢谢(?:大家)?)[。！!.]?$/;
// `技术保障部`, `信息中心`: a signature that names a unit (a person's name signs no department).
const UNIT = /^[\u4e00-\u9fa5A-Za-z0-9]{2,20}(?:部|中心|处|科|室|组|局|办|所|院|团队|公司|集团|分行|支行|委员会)$/;
/** A signature stands in the last lines of the report. */
const SIGNATURE_LINES = 3;

export const isSalutation = (text: string): boolean => SALUTATION.test(text.trim());
export const isLeadIn = (text: string): boolean => LEAD_IN.test(text.trim());
export const isClosing = (text: string): boolean => CLOSING.test(text.trim());

/** The unit that signs a letter-form report after its closing (`特此汇报。` / `技术保障部` / `2024年12月6日`), else "". */
export function signatureUnit(lines: readonly string[]): string {
  const last = lines
    .map((line) => line.replace(/\*\*/g, "").trim())
    .filter((line) => line !== "")
    .slice(-(SIGNATURE_LINES + 1));
  const closing = last.findIndex(isClosing);
  return closing < 0 ? "" : (last.slice(closing + 1).find((line) => UNIT.test(line)) ?? "");
}
