"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type AdminNotice, AdminNoticeLine } from "~/components/admin/admin-notice";
import { DepartmentSelect } from "~/components/admin/department-select";
import { ProfileTransfer } from "~/components/layout-profile/profile-transfer";
import { RuleTable } from "~/components/layout-profile/rule-table";
import { errorMessage } from "../../_trpc/error-message";
import { useTRPC } from "../../_trpc/provider";
import { roleAllows, type DepartmentRole } from "../../../lib/domain/department-role";
import { EMPTY_PROFILE } from "../../../lib/layout-profile/layout-profile";
import { messages } from "../../../lib/messages";
import { refreshAfterWrite } from "../../_trpc/refresh-after-write";

const t = messages.layoutProfile;

/** One department's layout profile: its rules, editable by its editors, and its JSON export and import. */
export function ProfileView({
  departments,
  initialId,
}: {
  departments: readonly { id: number; name: string; role: DepartmentRole }[];
  initialId: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [departmentId, setDepartmentId] = useState(initialId);
  const [notice, setNotice] = useState<AdminNotice | null>(null);
  const department = departments.find((d) => d.id === departmentId)!;
  const canEdit = roleAllows(department.role, "editor");
  const profile = useQuery(trpc.layoutProfile.get.queryOptions({ departmentId }));
  const refresh = () => refreshAfterWrite(queryClient, trpc.layoutProfile.pathKey());
  const mutations = {
    edit: useMutation(trpc.layoutProfile.editRule.mutationOptions({ onSuccess: refresh })),
    remove: useMutation(trpc.layoutProfile.removeRule.mutationOptions({ onSuccess: refresh })),
    replace: useMutation(trpc.layoutProfile.replace.mutationOptions({ onSuccess: refresh })),
  };
  const busy = Object.values(mutations).some((m) => m.isPending);

  async function run(action: () => Promise<unknown>, done: string | ((result: unknown) => string)): Promise<boolean> {
    setNotice(null);
    try {
      const result = await action();
      await refresh();
      setNotice({ ok: true, text: typeof done === "string" ? done : done(result) });
      return true;
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
      return false;
    }
  }

  return (
    <div className="stack">
      {departments.length > 1 ? (
        <DepartmentSelect
          label={t.department}
          departments={departments}
          value={departmentId}
          onChange={(id) => (setDepartmentId(id), setNotice(null))}
        />
      ) : null}
      <AdminNoticeLine notice={notice} />
      <section className="card stack">
        <RuleTable
          rules={profile.data?.rules ?? []}
          disabled={busy}
          onEdit={
            canEdit
              ? (rule, match, value) => run(() => mutations.edit.mutateAsync({ departmentId, ruleId: rule.id, match, value }), t.savedRule)
              : null
          }
          onRemove={canEdit ? (rule) => void run(() => mutations.remove.mutateAsync({ departmentId, ruleId: rule.id }), t.removed) : null}
        />
        <ProfileTransfer
          profile={profile.data ?? EMPTY_PROFILE}
          departmentName={department.name}
          disabled={busy}
          onImport={
            canEdit
              ? (json) =>
                  void run(
                    () => mutations.replace.mutateAsync({ departmentId, json }),
                    (result) => t.imported((result as { rules: unknown[] }).rules.length),
                  )
              : null
          }
        />
      </section>
    </div>
  );
}
