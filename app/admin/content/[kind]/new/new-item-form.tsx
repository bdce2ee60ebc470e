"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { StudioKind } from "@/server/content-studio/schemas";
import { buttonClass } from "../../../../_components/ui";
import { useTRPC } from "../../../../_trpc/client";
import { TextField } from "../../_editor/fields";

const labels = {
  glossary: { one: "glossary term", name: "Term", field: "term" },
  post: { one: "blog post", name: "Title", field: "title" },
  faq: { one: "FAQ entry", name: "Question", field: "question" },
  service: { one: "service", name: "Name", field: "name" },
  story: { one: "customer story", name: "Customer", field: "customer" },
  plan: { one: "plan", name: "Name", field: "name" },
} as const;

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);

/** Starts an item as an unpublished draft with its name (and address), then opens the editor. */
/** Pages (home, about) are fixed items and have no "new" form. */
export function NewItemForm({ kind }: { kind: Exclude<StudioKind, "page"> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const create = useMutation(trpc.contentStudio.create.mutationOptions());
  const issues = (create.error?.data as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  const nameField = labels[kind].field;
  const effectiveSlug = slug || slugify(name);
  return (
    <form
      className="max-w-xl space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = { [nameField]: name, ...(kind !== "faq" && { slug: effectiveSlug }) };
        const created = await create.mutateAsync({ kind, data } as never).catch(() => null);
        if (created) router.push(`/admin/content/${kind}/${created.id}`);
      }}
    >
      <h1 className="text-3xl font-bold tracking-tight">New {labels[kind].one}</h1>
      <TextField
        id="new-name"
        label={labels[kind].name}
        value={name}
        onChange={setName}
        error={issues.find((i) => i.path === `data.${nameField}`)?.message}
      />
      {kind !== "faq" && (
        <TextField
          id="new-slug"
          label={kind === "plan" ? "Identifier" : "Address (slug)"}
          value={effectiveSlug}
          onChange={setSlug}
          error={issues.find((i) => i.path === "data.slug")?.message}
          hint={
            kind === "plan"
              ? "Lowercase letters, digits and dashes. Checkout links name it, so it cannot change later."
              : "Lowercase letters, digits and dashes."
          }
        />
      )}
      {create.error && issues.length === 0 && (
        <p role="alert" className="text-sm text-red-700">
          {create.error.message}
        </p>
      )}
      <button type="submit" className={buttonClass} disabled={create.isPending || !name.trim()}>
        {create.isPending ? "Creating…" : "Create draft"}
      </button>
    </form>
  );
}
