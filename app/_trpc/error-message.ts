// A user-facing (Chinese) message for an error of a tRPC call.
import { TRPCClientError } from "@trpc/client";
import { messages } from "../../lib/messages";

interface ErrorData {
  code?: string;
  zodError?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
}

export function errorMessage(error: unknown): string {
  if (!(error instanceof TRPCClientError)) return error instanceof Error && error.message ? error.message : messages.common.unknownError;
  const data = error.data as ErrorData | undefined;
  if (!data) return messages.common.networkError;
  const zod = data.zodError;
  if (zod) {
    const first = zod.formErrors[0] ?? Object.entries(zod.fieldErrors).map(([field, errs]) => `${field}: ${errs?.[0] ?? ""}`)[0];
    if (first) return first;
  }
  if (data.code === "INTERNAL_SERVER_ERROR") return messages.common.unknownError;
  return error.message || messages.common.unknownError;
}
