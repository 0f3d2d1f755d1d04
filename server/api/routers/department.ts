import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { DepartmentRoles } from "../../../lib/domain/department-role";
import { messages } from "../../../lib/messages";
import { listMembers, readRole, setRole } from "../../db/store/departments";
import { findUser } from "../../db/store/users";
import { addDepartment, DEPARTMENT_NAME_MAX, renameDepartment } from "../../tracking";
import { audited } from "../audited";
import { id } from "../schemas";
import { createTRPCRouter, departmentProcedure, protectedProcedure, siteAdminProcedure } from "../trpc";

const name = z.string().trim().min(1, "部门名称不能为空").max(DEPARTMENT_NAME_MAX);
const ofDepartment = z.object({ departmentId: id });

export const departmentRouter = createTRPCRouter({
  /** The departments the user holds a role in, with the role (a site admin: every one, as admin), and the user's name: what the nav shows. */
  mine: protectedProcedure.query(({ ctx }) => ({ departments: ctx.access, siteAdmin: ctx.user.siteAdmin, userName: ctx.user.name })),

  /** A new department (site admins). */
  create: siteAdminProcedure.input(z.object({ name })).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "department.create",
      () => addDepartment(ctx.db, input.name),
      (department) => ({ changes: { name: { old: null, new: department.name } }, department: department.name }),
    ),
  ),

  rename: departmentProcedure("admin", ofDepartment.extend({ name }), (_db, input) => input.departmentId).mutation(({ ctx, input }) =>
    audited(
      ctx,
      "department.rename",
      () => renameDepartment(ctx.db, ctx.department.id, input.name),
      (renamed) => ({ changes: { name: renamed }, department: renamed.new }),
    ),
  ),

  members: departmentProcedure("admin", ofDepartment, (_db, input) => input.departmentId).query(({ ctx }) =>
    listMembers(ctx.db, ctx.department.id),
  ),

  /**
   * Gives a user (by id, username or email) a role in the department, or takes it
   * away (role null). Department admins manage their own department; who is a site
   * admin only site admins change (user.setSiteAdmin).
   */
  setRole: departmentProcedure(
    "admin",
    ofDepartment.extend({ user: z.string().trim().min(1).max(320), role: z.enum(DepartmentRoles.values).nullable() }),
    (_db, input) => input.departmentId,
  ).mutation(async ({ ctx, input }) => {
    const user = await findUser(ctx.db, input.user);
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: messages.admin.userNotFound(input.user) });
    const old = await readRole(ctx.db, user.id, ctx.department.id);
    return audited(
      ctx,
      "role.change",
      async () => {
        await setRole(ctx.db, user.id, ctx.department.id, input.role);
        return { userId: user.id, name: user.name, role: input.role };
      },
      () => ({ changes: { userId: user.id, userName: user.name, role: { old, new: input.role } } }),
    );
  }),
});
