"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass, formatDateTime, inputClass, Notice, Section, secondaryButtonClass } from "../_components/ui";
import { formErrors } from "../_components/use-public-form";
import { useTRPC } from "../_trpc/client";

/** The owner renames the workspace (the name on the portal, emails and the studio's records). */
function RenameWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(false);
  const rename = useMutation(
    trpc.workspace.rename.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.workspace.pathKey() });
      },
    }),
  );
  const errors = formErrors(rename.error);
  const message = errors.fields.name ?? errors.message;
  if (!isEditing)
    return (
      <button type="button" className="text-sm underline" onClick={() => setEditing(true)}>
        Rename
      </button>
    );
  return (
    <form
      aria-label="Rename workspace"
      className="flex w-full flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        rename.mutate({ workspaceId, name: String(new FormData(e.currentTarget).get("name") ?? "") });
      }}
    >
      <div>
        <label htmlFor="workspace-name" className="text-sm font-medium">
          Workspace name
        </label>
        <input
          id="workspace-name"
          name="name"
          defaultValue={name}
          className={`${inputClass} w-80 max-w-full`}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "workspace-name-error" : undefined}
        />
        {message && (
          <p id="workspace-name-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {message}
          </p>
        )}
      </div>
      <button type="submit" className={`${buttonClass} mt-6`} disabled={rename.isPending}>
        {rename.isPending ? "Saving…" : "Save name"}
      </button>
      <button type="button" className={`${secondaryButtonClass} mt-6`} onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

export function WorkspacePanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const switchTo = useMutation(
    trpc.workspace.switch.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );

  if (mine.isPending) return <p className="mt-8 h-24 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />;
  if (mine.isError) return <Notice tone="error">{mine.error.message}</Notice>;
  const active = mine.data.workspaces.find((w) => w.id === mine.data.activeWorkspaceId);
  if (!active) {
    return (
      <Section title="No workspace yet" id="no-workspace">
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          You are not a member of a client workspace. Subscribe on the pricing page, or ask your team's owner for an
          invitation.
        </p>
      </Section>
    );
  }
  return (
    <>
      <div className="mt-8 flex flex-wrap items-center gap-3">
        <h2 className="text-2xl font-semibold" data-testid="active-workspace">
          {active.name}
        </h2>
        <span className="rounded-full bg-zinc-100 px-3 py-1 text-sm dark:bg-zinc-800">
          {active.role === "OWNER" ? "Owner" : "Member"}
        </span>
        {active.role === "OWNER" && <RenameWorkspace workspaceId={active.id} name={active.name} />}
        {mine.data.workspaces.length > 1 && (
          <label className="ml-auto text-sm">
            Switch workspace{" "}
            <select
              className="ml-2 rounded-lg border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
              value={active.id}
              disabled={switchTo.isPending}
              onChange={(e) => switchTo.mutate({ workspaceId: e.target.value })}
            >
              {mine.data.workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <Members workspaceId={active.id} isOwner={active.role === "OWNER"} />
      {active.role === "OWNER" && <Invitations workspaceId={active.id} />}
    </>
  );
}

function Members({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.workspace.members.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.workspace.members.queryKey({ workspaceId }) });
  const remove = useMutation(trpc.workspace.removeMember.mutationOptions({ onSuccess: refresh }));
  const changeRole = useMutation(trpc.workspace.changeRole.mutationOptions({ onSuccess: refresh }));
  return (
    <Section title="People" id="members-heading">
      <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="members">
        {members.data?.map((m) => (
          <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span>
              {m.user.name ?? m.user.email}{" "}
              <span className="text-sm text-zinc-600 dark:text-zinc-400">{m.user.email}</span>
              <span className="ml-2 rounded-full bg-zinc-100 px-2 py-0.5 text-xs dark:bg-zinc-800">
                {m.role === "OWNER" ? "Owner" : "Member"}
              </span>
            </span>
            {isOwner && (
              <span className="flex gap-2">
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={changeRole.isPending}
                  onClick={() =>
                    changeRole.mutate({ workspaceId, userId: m.user.id, role: m.role === "OWNER" ? "MEMBER" : "OWNER" })
                  }
                >
                  {m.role === "OWNER" ? "Make member" : "Make owner"}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ workspaceId, userId: m.user.id })}
                >
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {(remove.error ?? changeRole.error) && (
        <Notice tone="error">{(remove.error ?? changeRole.error)?.message}</Notice>
      )}
    </Section>
  );
}

function Invitations({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.workspace.invitations.queryOptions({ workspaceId }));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.workspace.invitations.queryKey({ workspaceId }) });
  const invite = useMutation(trpc.workspace.invite.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.workspace.revokeInvitation.mutationOptions({ onSuccess: refresh }));
  return (
    <Section title="Invite someone" id="invite-heading">
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          invite.mutate({
            workspaceId,
            email: String(form.get("email") ?? ""),
            role: form.get("role") === "OWNER" ? "OWNER" : "MEMBER",
          });
          e.currentTarget.reset();
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="invite-email" className="text-sm font-medium">
            Email
          </label>
          <input id="invite-email" name="email" type="email" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="invite-role" className="text-sm font-medium">
            Role
          </label>
          <select id="invite-role" name="role" className={inputClass}>
            <option value="MEMBER">Member</option>
            <option value="OWNER">Owner</option>
          </select>
        </div>
        <button type="submit" disabled={invite.isPending} className={buttonClass}>
          {invite.isPending ? "Sending…" : "Send invitation"}
        </button>
      </form>
      {invite.data && <Notice tone="success">Invitation sent to {invite.data.email}.</Notice>}
      {invite.error && <Notice tone="error">{invite.error.message}</Notice>}
      {(pending.data?.length ?? 0) > 0 && (
        <ul className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="pending-invitations">
          {pending.data?.map((inv) => (
            <li key={inv.id} className="flex items-center justify-between gap-3 py-3">
              <span>
                {inv.email}{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  · expires {formatDateTime(inv.expiresAt)}
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={revoke.isPending}
                onClick={() => revoke.mutate({ workspaceId, invitationId: inv.id })}
              >
                Withdraw
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
