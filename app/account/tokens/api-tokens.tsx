"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TokenScope, tokenScopeInfo, tokenScopes } from "../../../server/tokens/scopes";
import { CopyButton } from "../../_components/copy-button";
import { buttonClass, formatDateTime, inputClass, Notice, Section, secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

const defaultScopes = new Set<TokenScope>(["requests:read", "files:read", "members:read"]);

export function ApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const create = useMutation(trpc.tokens.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: refresh }));

  return (
    <>
      <Section title="Create a token" id="create-token-heading">
        <form
          className="mt-4 grid gap-4 sm:grid-cols-2"
          onSubmit={(e) => {
            e.preventDefault();
            const element = e.currentTarget;
            const form = new FormData(element);
            const days = String(form.get("expires"));
            create.mutate(
              {
                name: String(form.get("name") ?? ""),
                scopes: form.getAll("scopes").map(String) as TokenScope[],
                expiresInDays: days === "never" ? null : Number(days),
              },
              // Ready for the next token: a second click must not make another with the same name.
              { onSuccess: () => element.reset() },
            );
          }}
        >
          <div>
            <label htmlFor="token-name" className="text-sm font-medium">
              Name
            </label>
            <input
              id="token-name"
              name="name"
              required
              maxLength={80}
              placeholder="CI deploy script"
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="token-expires" className="text-sm font-medium">
              Expires
            </label>
            <select id="token-expires" name="expires" defaultValue="90" className={inputClass}>
              <option value="7">in 7 days</option>
              <option value="30">in 30 days</option>
              <option value="90">in 90 days</option>
              <option value="365">in a year</option>
              <option value="never">never</option>
            </select>
          </div>
          <fieldset className="sm:col-span-2" aria-describedby="scopes-help">
            <legend className="text-sm font-medium">Scopes</legend>
            <p id="scopes-help" className="text-sm text-zinc-600 dark:text-zinc-400">
              A token can do only what its scopes allow, and never more than you can. Scopes marked{" "}
              <strong>dangerous</strong> hand over control of owners or the plan: choose them only when a script needs
              them.
            </p>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {tokenScopes.map((scope) => (
                <label key={scope} className="inline-flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="scopes"
                    value={scope}
                    defaultChecked={defaultScopes.has(scope)}
                    className="mt-1"
                  />
                  <span>
                    <code>{scope}</code> — {tokenScopeInfo[scope].label}
                    {tokenScopeInfo[scope].isDangerous && (
                      <span className="ml-1 rounded bg-red-100 px-1 text-xs font-medium text-red-800 dark:bg-red-950 dark:text-red-200">
                        dangerous
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <button type="submit" disabled={create.isPending} className={buttonClass}>
              {create.isPending ? "Creating…" : "Create token"}
            </button>
          </div>
        </form>
        {create.data && (
          <div className="mt-4 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950">
            <p className="font-medium">Copy your token now — it is shown only once.</p>
            <code
              className="mt-2 block break-all rounded bg-white p-2 text-sm dark:bg-zinc-900"
              data-testid="new-token"
            >
              {create.data.token}
            </code>
            <div className="mt-2">
              <CopyButton value={create.data.token} label="Copy token" />
            </div>
          </div>
        )}
        {create.error && <Notice tone="error">{create.error.message}</Notice>}
      </Section>

      <Section title="Your tokens" id="tokens-heading">
        {tokens.isPending ? (
          <p className="mt-4 h-16 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
        ) : tokens.data?.length === 0 ? (
          <p className="mt-4 text-zinc-600 dark:text-zinc-400">No tokens yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="token-list">
            {tokens.data?.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <strong>{t.name}</strong> <code className="text-sm">atl_{t.prefix}_…</code>
                  <span className="block text-sm" data-testid="token-scopes">
                    {t.scopes.join(", ")}
                  </span>
                  {t.isLegacy && (
                    <span className="block text-sm text-amber-800 dark:text-amber-300">
                      Made before scopes were fine-grained: its “read”/“write” now mean the scopes above, without the
                      dangerous ones (owners, plan changes, staff roles). Make a new token if a script needs those.
                    </span>
                  )}
                  <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                    {t.revokedAt
                      ? `Revoked ${formatDateTime(t.revokedAt)}`
                      : t.expiresAt
                        ? `Expires ${formatDateTime(t.expiresAt)}`
                        : "Never expires"}{" "}
                    · {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"}
                  </span>
                </span>
                {!t.revokedAt && (
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate({ id: t.id })}
                  >
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {revoke.error && <Notice tone="error">{revoke.error.message}</Notice>}
      </Section>
    </>
  );
}
