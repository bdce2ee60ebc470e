import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as parseYaml } from "yaml";
import { EnvError, parseServerEnv } from "../server/env";

// The deployment files are data: these tests read them the way Docker, Kubernetes, nginx and
// Vercel would, and check what a broken release would otherwise find out in production.
const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** The variables env.ts refuses to start without in a deployment (asked of env.ts itself). */
function requiredInDeployment(): string[] {
  try {
    parseServerEnv({ ATELIER_MODE: "deployment" });
  } catch (error) {
    if (error instanceof EnvError) return error.issues.map((i) => i.variable);
    throw error;
  }
  throw new Error("a deployment with no settings should not start");
}

/** Compose's ${VAR:-default} / ${VAR:?message} with nothing set in the shell: the defaults. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::?[-?]([^}]*))?\}/g, (_, _name, fallback) => fallback ?? "").replace(/\$\$/g, "$");
}

type Service = Record<string, unknown> & {
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  command?: string[];
  image?: string;
  networks?: Record<string, { ipv4_address?: string }> | string[];
};

const compose = parseYaml(read("docker-compose.yml"), { merge: true }) as { services: Record<string, Service> };
const appServices = Object.entries(compose.services).filter(([, s]) => s.environment?.ATELIER_MODE && !s.command);
const nginxConf = read("deploy/nginx/nginx.conf");

function composeEnv(service: Service): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));
}

describe("docker-compose.yml", () => {
  it("runs two app instances, each gated on the migration having finished", () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(["app1", "app2"]);
    const migrate = compose.services.migrate;
    expect(migrate?.command).toEqual(["node", "dist/migrate.mjs", "deploy"]);
    expect(migrate?.image).toBe(appServices[0]?.[1].image);
    for (const [, app] of appServices) {
      expect(app.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    }
  });

  it("gives every app the variables a deployment requires, and they pass env.ts", () => {
    const required = requiredInDeployment();
    expect(required).toEqual(expect.arrayContaining(["DATABASE_URL", "SMTP_URL", "APP_URL", "AUTH_SECRET"]));
    for (const [, app] of [...appServices, ["migrate", compose.services.migrate as Service] as const]) {
      const env = composeEnv(app);
      for (const key of [...required, "REDIS_URL", "CRON_SECRET", "METRICS_TOKEN", "S3_BUCKET"]) {
        expect(env[key], key).toBeTruthy();
      }
      const parsed = parseServerEnv(env);
      expect(parsed.ATELIER_MODE).toBe("deployment");
    }
  });

  it("has a healthcheck on readiness for the apps and one for every service they wait on", () => {
    for (const [, app] of appServices) {
      expect(app.healthcheck?.test.join(" ")).toContain("/api/health/ready");
      for (const [dependency, { condition }] of Object.entries(app.depends_on ?? {})) {
        if (condition === "service_healthy") expect(compose.services[dependency]?.healthcheck, dependency).toBeTruthy();
      }
    }
    for (const name of ["postgres", "redis", "minio", "mailpit", "nginx"]) {
      expect(compose.services[name]?.healthcheck, name).toBeTruthy();
    }
  });

  it("trusts X-Forwarded-For from nginx's address only", () => {
    const nginx = compose.services.nginx as Service;
    const address = (nginx.networks as Record<string, { ipv4_address?: string }>).atelier?.ipv4_address;
    expect(address).toBeTruthy();
    for (const [, app] of appServices) {
      const { TRUSTED_PROXIES } = parseServerEnv(composeEnv(app));
      expect(TRUSTED_PROXIES.platform).toBeNull();
      if (TRUSTED_PROXIES.platform === null) {
        expect(TRUSTED_PROXIES.list.check(address as string, "ipv4")).toBe(true);
        expect(TRUSTED_PROXIES.list.check("172.28.0.11", "ipv4")).toBe(false);
      }
    }
  });
});

describe("deploy/nginx/nginx.conf", () => {
  it("round-robins over both app services and passes the client's address on", () => {
    const upstream = /upstream\s+atelier\s*\{([^}]*)\}/.exec(nginxConf)?.[1] ?? "";
    const servers = [...upstream.matchAll(/server\s+([\w.-]+):(\d+)/g)].map((m) => m[1]);
    expect(servers.sort()).toEqual(appServices.map(([name]) => name).sort());
    expect(upstream).not.toMatch(/\b(ip_hash|hash|least_conn)\b/); // round-robin: no sticky sessions needed
    expect(nginxConf).toMatch(/proxy_pass\s+http:\/\/atelier;/);
    expect(nginxConf).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
  });

  it("caches only what the app caches itself (x-nextjs-cache), one second, revalidated by ETag", () => {
    expect(nginxConf).toMatch(
      /map\s+\$upstream_http_x_nextjs_cache\s+\$is_not_app_cached\s*\{\s*""\s+1;\s*default\s+0;/,
    );
    expect(nginxConf).toMatch(/proxy_no_cache\s+\$is_not_app_cached;/);
    expect(nginxConf).toMatch(/proxy_cache_valid\s+200[^;]*\b1s;/);
    expect(nginxConf).toMatch(/proxy_cache_revalidate\s+on;/);
    // The key carries the encoding the app was asked for, never a cookie.
    const key = /proxy_cache_key\s+([^;]+);/.exec(nginxConf)?.[1] ?? "";
    expect(key).toContain("$page_encoding");
    expect(key).not.toMatch(/cookie/i);
    expect(nginxConf).not.toMatch(/proxy_ignore_headers[^;]*Set-Cookie/i);
  });

  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  it.skipIf(!nginx)(`is valid for nginx -t${nginx ? "" : " (skipped: nginx is not installed)"}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-nginx-"));
    // Compose's service names only resolve inside its network: point them at this machine.
    const conf = nginxConf
      .replace(/server\s+app\d+:(\d+)/g, (_, port) => `server 127.0.0.1:${port}`)
      .replace("/var/cache/nginx/atelier", path.join(dir, "cache"));
    fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
    const result = spawnSync(
      nginx as string,
      [
        "-t",
        "-p",
        dir,
        "-c",
        path.join(dir, "nginx.conf"),
        "-e",
        path.join(dir, "error.log"),
        "-g",
        `pid ${dir}/nginx.pid;`,
      ],
      { encoding: "utf8" },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).toContain("test is successful");
    expect(result.status).toBe(0);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\w+)/gim)].map((m) => m[1]);
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));

  it("builds in stages and runs as a non-root user with the socket hook preloaded", () => {
    expect(stages).toEqual(["deps", "build", "runtime"]);
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
    expect(user).toBeTruthy();
    expect(["root", "0"]).not.toContain(user);
    expect(runtime).toMatch(/HOSTNAME=0\.0\.0\.0/);
    expect(runtime).toMatch(/NODE_OPTIONS="--require \.\/server\/platform\/http-hooks\.cjs"/);
    expect(runtime).toMatch(/ATELIER_MODE=deployment/);
    expect(runtime).toMatch(/^EXPOSE\s+3000$/m);
    expect(runtime).toMatch(/^CMD \["node", "server\.js"\]$/m);
  });

  it("checks its health on readiness", () => {
    expect(runtime).toMatch(/^HEALTHCHECK[\s\S]*\/api\/health\/ready/m);
  });

  const ignored = read(".dockerignore")
    .split("\n")
    .filter((line) => line && !line.startsWith("#") && !line.startsWith("!"));

  it("keeps node_modules, the local database and secrets out of the build context", () => {
    for (const entry of ["node_modules", ".next", ".data", ".env", ".git"]) expect(ignored).toContain(entry);
  });

  it("keeps in the build context every file that code in it imports (next build type-checks them all)", () => {
    const isIgnored = (file: string) => ignored.some((entry) => file === entry || file.startsWith(`${entry}/`));
    const sources = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.startsWith("node_modules") && !f.startsWith(".next"))
      .filter((f) => !isIgnored(f));
    const missing = sources.flatMap((file) =>
      [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/from\s+"((?:\.\.?\/|@\/)[^"]+)"/g)]
        .map((m) => m[1] as string)
        .map((spec) =>
          spec.startsWith("@/") ? spec.slice(2) : path.relative(root, path.resolve(root, path.dirname(file), spec)),
        )
        // The Prisma client is generated again in the build stage.
        .filter((target) => isIgnored(target) && !target.startsWith("server/generated/"))
        .map((target) => `${file} → ${target}`),
    );
    expect(missing).toEqual([]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: parsed manifests, checked field by field below
type K8sDoc = any;
const k8sDir = path.join(root, "deploy", "kubernetes");
const k8s: K8sDoc[] = fs
  .readdirSync(k8sDir)
  .filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
  .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(k8sDir, f), "utf8")).map((d) => d.toJS() as K8sDoc));
const byKind = (kind: string): K8sDoc[] => k8s.filter((d) => d.kind === kind);
const deployment = byKind("Deployment")[0] as K8sDoc;
const job = byKind("Job")[0] as K8sDoc;
const app = deployment?.spec.template.spec.containers[0];

describe("deploy/kubernetes", () => {
  it("runs 2+ replicas with readiness on /api/health/ready and liveness on /api/health", () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(app.readinessProbe.httpGet.path).toBe("/api/health/ready");
    expect(app.livenessProbe.httpGet.path).toBe("/api/health");
    expect(app.resources.requests.cpu).toBeTruthy();
    expect(app.resources.limits.memory).toBeTruthy();
  });

  it("drains before stopping: preStop sleep within the grace period, no pod down during a rollout", () => {
    const pod = deployment.spec.template.spec;
    const sleep = Number(app.lifecycle.preStop.exec.command[1]);
    expect(app.lifecycle.preStop.exec.command[0]).toBe("sleep");
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(sleep + 10);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it("runs as non-root, the app and the migration alike", () => {
    for (const pod of [deployment.spec.template.spec, job.spec.template.spec]) {
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).not.toBe(0);
      expect(pod.containers[0].securityContext.allowPrivilegeEscalation).toBe(false);
    }
  });

  it("selects its pods consistently: Service, PodDisruptionBudget, and the HPA targets the Deployment", () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(expect.objectContaining(labels));
    const matches = (selector: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v) && Object.keys(selector).length > 0;
    expect(matches(byKind("Service")[0]?.spec.selector)).toBe(true);
    expect(matches(byKind("PodDisruptionBudget")[0]?.spec.selector.matchLabels)).toBe(true);
    const hpa = byKind("HorizontalPodAutoscaler")[0]?.spec;
    expect(hpa.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(byKind("PodDisruptionBudget")[0]?.spec.minAvailable).toBeLessThan(hpa.minReplicas);
  });

  it("migrates in a Job with the Deployment's image and settings, never in the app's pods", () => {
    const migrate = job.spec.template.spec.containers[0];
    expect(migrate.image).toBe(app.image);
    expect(migrate.command).toEqual(["node", "dist/migrate.mjs", "deploy"]);
    expect(migrate.envFrom).toEqual(app.envFrom);
    expect(job.spec.template.spec.restartPolicy).toBe("Never");
    expect(app.command).toBeUndefined(); // the image's CMD: node server.js, which does not migrate
    const kustomization = parseYaml(fs.readFileSync(path.join(k8sDir, "kustomization.yaml"), "utf8"));
    expect(kustomization.images[0].newTag).toBe(app.image.split(":").pop());
    expect(kustomization.resources).not.toContain("secret.example.yaml");
  });

  it("provides every variable a deployment requires through the ConfigMap and Secret, and they pass env.ts", () => {
    const names = app.envFrom.map((e: K8sDoc) => e.configMapRef?.name ?? e.secretRef?.name);
    const config = byKind("ConfigMap").find((d: K8sDoc) => names.includes(d.metadata.name))?.data ?? {};
    const secret = byKind("Secret").find((d: K8sDoc) => names.includes(d.metadata.name))?.stringData ?? {};
    const env = { ...config, ...secret };
    for (const key of [...requiredInDeployment(), "REDIS_URL", "CRON_SECRET", "METRICS_TOKEN"]) {
      expect(env[key], key).toBeTruthy();
    }
    expect(config.ATELIER_MODE).toBe("deployment");
    expect(Object.keys(config).filter((k) => /SECRET|TOKEN|PASSWORD|DATABASE_URL|KEY_ID/.test(k))).toEqual([]);
    expect(parseServerEnv(env).ATELIER_MODE).toBe("deployment");
  });
});

describe("vercel.json", () => {
  const vercel = JSON.parse(read("vercel.json")) as {
    crons: { path: string; schedule: string }[];
    functions: Record<string, { maxDuration: number }>;
  };
  const cronRoute = "app/api/cron/jobs/route.ts";
  const hasCronRoute = fs.existsSync(path.join(root, cronRoute));

  it("runs the job cron every minute", () => {
    expect(vercel.crons).toEqual([{ path: "/api/cron/jobs", schedule: "* * * * *" }]);
    expect(vercel.functions[cronRoute]?.maxDuration).toBeGreaterThan(0);
  });

  it.skipIf(!hasCronRoute)(
    `names only route files that exist${hasCronRoute ? "" : ` (skipped: ${cronRoute} is not on this branch yet)`}`,
    () => {
      for (const cron of vercel.crons) expect(fs.existsSync(path.join(root, "app", cron.path, "route.ts"))).toBe(true);
      for (const file of Object.keys(vercel.functions)) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    },
  );

  it("limits the upload routes, which exist", () => {
    for (const file of Object.keys(vercel.functions).filter((f) => f.includes("uploads"))) {
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    }
  });
});
