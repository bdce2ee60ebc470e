"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { subscribableEvents, webhookEvents } from "../../server/webhooks/events";
import { useTRPC } from "../_trpc/client";
import {
  buttonClass,
  dangerButtonClass,
  formatDateTime,
  inputClass,
  Notice,
  Section,
  secondaryButtonClass,
} from "./ui";

function SecretOnce({ secret, label }: { secret: string; label: string }) {
  return (
    <div className="mt-4 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950">
      <p className="font-medium">{label} — copy it now, it is shown only once.</p>
      <code className="mt-2 block break-all rounded bg-white p-2 text-sm dark:bg-zinc-900" data-testid="webhook-secret">
        {secret}
      </code>
    </div>
  );
}

/** Webhook endpoints of one workspace (its owners) or the studio-wide ones (workspaceId null, admins). */
export function WebhooksManager({ workspaceId }: { workspaceId: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const endpoints = useQuery(trpc.webhooks.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() });
  const create = useMutation(trpc.webhooks.create.mutationOptions({ onSuccess: refresh }));
  const events = subscribableEvents(workspaceId === null);

  return (
    <>
      <Section title="Add an endpoint" id="add-endpoint-heading">
        <form
          className="mt-4 grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            create.mutate({
              workspaceId,
              url: String(form.get("url") ?? ""),
              events: form.getAll("events").map(String) as typeof events,
              description: String(form.get("description") ?? "") || null,
            });
          }}
        >
          <div>
            <label htmlFor="webhook-url" className="text-sm font-medium">
              URL
            </label>
            <input
              id="webhook-url"
              name="url"
              required
              maxLength={2000}
              placeholder="https://example.com/hooks/atelier"
              className={inputClass}
              aria-describedby={create.error ? "webhook-url-error" : undefined}
              aria-invalid={Boolean(create.error)}
            />
            {create.error && (
              <p id="webhook-url-error" className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
                {create.error.message}
              </p>
            )}
          </div>
          <div>
            <label htmlFor="webhook-description" className="text-sm font-medium">
              Description (optional)
            </label>
            <input id="webhook-description" name="description" maxLength={200} className={inputClass} />
          </div>
          <fieldset>
            <legend className="text-sm font-medium">Events</legend>
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {events.map((type) => (
                <label key={type} className="inline-flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="events"
                    value={type}
                    defaultChecked={type === "request.created"}
                    className="mt-1"
                  />
                  <span>
                    <code>{type}</code> — {webhookEvents[type].summary}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <button type="submit" className={buttonClass} disabled={create.isPending}>
              {create.isPending ? "Checking the address…" : "Add endpoint"}
            </button>
          </div>
        </form>
        {create.data && <SecretOnce secret={create.data.secret} label="Signing secret" />}
      </Section>

      <Section title="Endpoints" id="endpoints-heading">
        {endpoints.isPending ? (
          <div className="mt-4 h-24 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
        ) : endpoints.error ? (
          <Notice tone="error">{endpoints.error.message}</Notice>
        ) : endpoints.data?.length === 0 ? (
          <p className="mt-4 text-zinc-600 dark:text-zinc-400">No endpoints yet.</p>
        ) : (
          <ul className="mt-4 grid gap-6">
            {endpoints.data?.map((endpoint) => (
              <EndpointCard key={endpoint.id} endpoint={endpoint} onChange={refresh} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

type Endpoint = {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  isEnabled: boolean;
  disabledReason: string | null;
  previousSecretExpiresAt: Date | null;
};

function EndpointCard({ endpoint, onChange }: { endpoint: Endpoint; onChange: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const deliveries = useQuery({
    ...trpc.webhooks.deliveries.queryOptions({ endpointId: endpoint.id, limit: 20 }),
    refetchInterval: 3000,
  });
  const refreshLog = () =>
    queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.queryKey({ endpointId: endpoint.id }) });
  const rotate = useMutation(trpc.webhooks.rotateSecret.mutationOptions({ onSuccess: onChange }));
  const test = useMutation(
    trpc.webhooks.sendTest.mutationOptions({
      onSuccess: () => {
        setMessage("Test event queued.");
        void refreshLog();
      },
    }),
  );
  const redeliver = useMutation(
    trpc.webhooks.redeliver.mutationOptions({
      onSuccess: () => {
        setMessage("Queued to be sent again.");
        void refreshLog();
      },
    }),
  );
  const update = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: onChange }));
  const remove = useMutation(trpc.webhooks.remove.mutationOptions({ onSuccess: onChange }));
  const error = rotate.error ?? test.error ?? redeliver.error ?? update.error ?? remove.error;

  return (
    <li className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid="webhook-endpoint">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <code className="break-all font-medium">{endpoint.url}</code>
          {endpoint.description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{endpoint.description}</p>}
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{endpoint.events.join(", ")}</p>
          <p className="text-sm">
            {endpoint.isEnabled ? (
              <span className="text-emerald-700 dark:text-emerald-400">On</span>
            ) : (
              <span className="text-red-700 dark:text-red-400">Off — {endpoint.disabledReason}</span>
            )}
            {endpoint.previousSecretExpiresAt && new Date(endpoint.previousSecretExpiresAt) > new Date() && (
              <> · the old secret still signs until {formatDateTime(new Date(endpoint.previousSecretExpiresAt))}</>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={test.isPending}
            onClick={() => test.mutate({ endpointId: endpoint.id })}
          >
            {test.isPending ? "Sending…" : "Send a test event"}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={rotate.isPending}
            onClick={() => rotate.mutate({ endpointId: endpoint.id })}
          >
            {rotate.isPending ? "Rotating…" : "Rotate secret"}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={update.isPending}
            onClick={() => update.mutate({ endpointId: endpoint.id, isEnabled: !endpoint.isEnabled })}
          >
            {endpoint.isEnabled ? "Turn off" : "Turn on"}
          </button>
          <button
            type="button"
            className={dangerButtonClass}
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Remove ${endpoint.url}? Its delivery log goes with it.`))
                remove.mutate({ endpointId: endpoint.id });
            }}
          >
            Remove
          </button>
        </div>
      </div>
      {rotate.data && (
        <SecretOnce secret={rotate.data.secret} label="New signing secret (the old one works for a day)" />
      )}
      {message && <Notice tone="success">{message}</Notice>}
      {error && <Notice tone="error">{error.message}</Notice>}

      <h3 className="mt-4 font-medium">Delivery log</h3>
      {deliveries.isPending ? (
        <div className="mt-2 h-16 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
      ) : deliveries.data?.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Nothing sent yet.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="delivery-log">
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th className="py-1 pr-3">Event</th>
                <th className="py-1 pr-3">Status</th>
                <th className="py-1 pr-3">Attempts</th>
                <th className="py-1 pr-3">Code</th>
                <th className="py-1 pr-3">Time</th>
                <th className="py-1 pr-3">Response</th>
                <th className="py-1 pr-3">When</th>
                <th className="py-1">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data?.map((d) => (
                <tr
                  key={d.id}
                  className="border-b border-zinc-100 align-top dark:border-zinc-900"
                  data-testid="delivery-row"
                >
                  <td className="py-1 pr-3">
                    <code>{d.eventType}</code>
                  </td>
                  <td className="py-1 pr-3" data-testid="delivery-status">
                    {d.status}
                  </td>
                  <td className="py-1 pr-3" data-testid="delivery-attempts">
                    {d.attempts}
                  </td>
                  <td className="py-1 pr-3">{d.lastStatusCode ?? "—"}</td>
                  <td className="py-1 pr-3">{d.lastDurationMs === null ? "—" : `${d.lastDurationMs} ms`}</td>
                  <td className="max-w-xs truncate py-1 pr-3" title={d.lastResponse ?? ""}>
                    <code>{d.lastResponse?.slice(0, 120) ?? "—"}</code>
                  </td>
                  <td className="py-1 pr-3">{formatDateTime(new Date(d.lastAttemptAt ?? d.createdAt))}</td>
                  <td className="py-1">
                    <button
                      type="button"
                      className="underline disabled:opacity-60"
                      disabled={redeliver.isPending}
                      onClick={() => redeliver.mutate({ deliveryId: d.id })}
                    >
                      Send again
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
