"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState } from "react";
import {
  buttonClass,
  dangerButtonClass,
  formatDateTime,
  inputClass,
  Notice,
  Section,
  secondaryButtonClass,
} from "../_components/ui";
import { useTRPC } from "../_trpc/client";

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.account.me.queryOptions());
  const update = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() }),
    }),
  );
  return (
    <Section title="Profile" id="profile-heading">
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ name: String(new FormData(e.currentTarget).get("name") ?? "") });
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="name" className="text-sm font-medium">
            Name
          </label>
          <input
            id="name"
            name="name"
            key={me.data?.name ?? ""}
            defaultValue={me.data?.name ?? ""}
            maxLength={120}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={update.isPending} className={buttonClass}>
          {update.isPending ? "Saving…" : "Save"}
        </button>
      </form>
      {update.isSuccess && <Notice tone="success">Saved.</Notice>}
      {update.error && <Notice tone="error">{update.error.message}</Notice>}
    </Section>
  );
}

export function SessionsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() });
  const revoke = useMutation(trpc.account.revokeSession.mutationOptions({ onSuccess: refresh }));
  const revokeOthers = useMutation(trpc.account.revokeOtherSessions.mutationOptions({ onSuccess: refresh }));
  return (
    <Section title="Where you are signed in" id="sessions-heading">
      {sessions.isPending ? (
        <p className="mt-4 h-16 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
      ) : (
        <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="sessions">
          {sessions.data?.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-4 py-3">
              <span>
                Signed in {formatDateTime(s.createdAt)}
                {s.isCurrent && <strong className="ml-2 text-emerald-700 dark:text-emerald-400">this browser</strong>}
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                  Expires {formatDateTime(s.expires)}
                </span>
              </span>
              {!s.isCurrent && (
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ sessionId: s.id })}
                >
                  Sign out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className={`${secondaryButtonClass} mt-4`}
        disabled={revokeOthers.isPending}
        onClick={() => revokeOthers.mutate()}
      >
        {revokeOthers.isPending ? "Signing out…" : "Sign out of all other sessions"}
      </button>
      {revokeOthers.data && <Notice tone="success">Signed out of {revokeOthers.data.revoked} other session(s).</Notice>}
      {(revoke.error ?? revokeOthers.error) && (
        <Notice tone="error">{(revoke.error ?? revokeOthers.error)?.message}</Notice>
      )}
    </Section>
  );
}

export function EmailChange() {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions());
  return (
    <Section title="Email address" id="email-heading">
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        We send a link to the new address; the change happens when you open it.
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          request.mutate({ email: String(new FormData(e.currentTarget).get("newEmail") ?? "") });
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="newEmail" className="text-sm font-medium">
            New email
          </label>
          <input id="newEmail" name="newEmail" type="email" required className={inputClass} />
        </div>
        <button type="submit" disabled={request.isPending} className={buttonClass}>
          {request.isPending ? "Sending…" : "Send confirmation link"}
        </button>
      </form>
      {request.data && <Notice tone="success">Check {request.data.email} for the confirmation link.</Notice>}
      {request.error && <Notice tone="error">{request.error.message}</Notice>}
    </Section>
  );
}

export function DangerZone() {
  const trpc = useTRPC();
  const [confirm, setConfirm] = useState("");
  const remove = useMutation(trpc.account.delete.mutationOptions({ onSuccess: () => signOut({ callbackUrl: "/" }) }));
  return (
    <Section title="Delete account" id="delete-heading">
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        This removes your account and sessions. If you are the last owner of a workspace, hand it over first.
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          remove.mutate({ confirm: confirm as "DELETE" });
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="confirm-delete" className="text-sm font-medium">
            Type DELETE to confirm
          </label>
          <input
            id="confirm-delete"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={remove.isPending || confirm !== "DELETE"} className={dangerButtonClass}>
          {remove.isPending ? "Deleting…" : "Delete my account"}
        </button>
      </form>
      {remove.error && <Notice tone="error">{remove.error.message}</Notice>}
    </Section>
  );
}
