import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-api-types-"));

// An integrator's project: the generated file and @trpc/client (with its peer @trpc/server), nothing of ours.
beforeAll(() => {
  execFileSync("npx", ["tsx", "scripts/build-api-types.ts", path.join(dir, "atelier-api.d.ts")], { cwd: root });
  fs.mkdirSync(path.join(dir, "node_modules", "@trpc"), { recursive: true });
  for (const pkg of ["client", "server"])
    fs.symlinkSync(path.join(root, "node_modules", "@trpc", pkg), path.join(dir, "node_modules", "@trpc", pkg), "dir");
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        target: "es2022",
        lib: ["es2022", "dom"],
        skipLibCheck: true,
      },
      include: ["*.ts"],
    }),
  );
}, 120_000);

const typecheck = () => {
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir], {
      encoding: "utf8",
    });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
};

const client = `import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter, RouterOutputs } from "./atelier-api";
const transformer = { serialize: (v: unknown) => v, deserialize: (v: unknown) => v as never };
const atelier = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost:3000/api/trpc", transformer })] });
`;

it("type-checks a client that uses it correctly, with only @trpc/client installed", () => {
  fs.writeFileSync(
    path.join(dir, "usage.ts"),
    `${client}
export async function run() {
  const me = await atelier.account.me.query();
  const since: Date = me.createdAt;
  const list = await atelier.requests.list.query({ workspaceId: "w1" });
  const first: string | undefined = list.open[0]?.title;
  const created: RouterOutputs["requests"]["create"] = await atelier.requests.create.mutate({ workspaceId: "w1", title: "t", type: "web-design", brief: "b" });
  return [since, first, created.id];
}
`,
  );
  expect(typecheck()).toBe("");
}, 120_000);

it("catches a wrong input or a misspelt procedure", () => {
  fs.writeFileSync(
    path.join(dir, "usage.ts"),
    `${client}
export async function run() {
  await atelier.requests.list.query({ workspaceId: 42 });
  await atelier.requests.lst.query({ workspaceId: "w1" });
}
`,
  );
  const errors = typecheck();
  expect(errors).toMatch(/usage\.ts\(\d+,\d+\): error TS2322/);
  expect(errors).toMatch(/Property 'lst' does not exist/);
}, 120_000);
