"use client";
// The account page's e-mail preference, wired to the subscription router.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PreferenceForm } from "~/components/notify/preference-form";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

export function NotifyPreference() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preference = useQuery(trpc.subscription.preference.queryOptions());
  const follows = useQuery(trpc.subscription.follows.queryOptions());
  const save = useMutation(
    trpc.subscription.setPreference.mutationOptions({
      onSuccess: () => refreshAfterWrite(queryClient, trpc.subscription.preference.queryKey()),
    }),
  );
  if (preference.isError) return <div className="notice error">{errorMessage(preference.error)}</div>;
  if (!preference.data) return null;
  return (
    <>
      {save.isError ? <div className="notice error">{errorMessage(save.error)}</div> : null}
      <PreferenceForm
        value={save.isPending ? save.variables.preference : preference.data}
        saving={save.isPending}
        saved={save.isSuccess}
        onChange={(p) => save.mutate({ preference: p })}
        follows={follows.data ?? []}
      />
    </>
  );
}
