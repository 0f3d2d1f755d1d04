import { z } from "zod";
import { MAX_RULE_TEXT } from "../../../lib/layout-profile/layout-profile";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { editProfileRule, removeProfileRule, replaceProfile } from "../../tracking/profile/edit-profile";
import { audited } from "../audited";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure } from "../trpc";

const ofDepartment = z.object({ departmentId: id });
const ruleRef = ofDepartment.extend({ ruleId: z.string().min(1).max(100) });
const ruleText = z.string().trim().min(1, "规则内容不能为空").max(MAX_RULE_TEXT);

/** A department's layout profile (issue #13): viewers read it, editors change it. */
export const layoutProfileRouter = createTRPCRouter({
  get: departmentProcedure("viewer", ofDepartment, (_db, input) => input.departmentId).query(({ ctx }) =>
    readLayoutProfile(ctx.db, ctx.department.id),
  ),
  removeRule: departmentProcedure("editor", ruleRef, (_db, input) => input.departmentId).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "layoutProfile.change",
      () => removeProfileRule(ctx.db, ctx.department.id, input.ruleId),
      () => ({
        changes: { removed: input.ruleId },
      }),
    ),
  ),
  editRule: departmentProcedure(
    "editor",
    ruleRef.extend({ match: ruleText, value: z.string().trim().max(MAX_RULE_TEXT).default("") }),
    (_db, input) => input.departmentId,
  ).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "layoutProfile.change",
      () => editProfileRule(ctx.db, ctx.department.id, input.ruleId, { match: input.match, value: input.value }),
      (rule) => ({ changes: { ruleId: rule.id, match: rule.match, value: rule.value } }),
    ),
  ),
  /** Import: the profile becomes the JSON's (checked whole). */
  replace: departmentProcedure(
    "editor",
    ofDepartment.extend({ json: z.string().max(1_000_000, "版式配置文件过大") }),
    (_db, input) => input.departmentId,
  ).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "layoutProfile.change",
      () => replaceProfile(ctx.db, ctx.department.id, input.json),
      (profile) => ({ changes: { replacedWith: profile.rules.length } }),
    ),
  ),
});
