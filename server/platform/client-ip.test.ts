import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import "./http-hooks.cjs";
import { clientIpFrom, PEER_HEADER } from "./client-ip";
import { parseTrustedProxies } from "./trusted-proxies";

const nobody = parseTrustedProxies("");
const loopback = parseTrustedProxies("loopback");
const cluster = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");

function headersOf(peer: string, forwardedFor?: string, extra: Record<string, string> = {}) {
  return new Headers({ [PEER_HEADER]: peer, ...(forwardedFor && { "x-forwarded-for": forwardedFor }), ...extra });
}

describe("clientIpFrom", () => {
  it.each([
    ["no proxy trusted: a forged X-Forwarded-For is ignored", nobody, "198.51.100.7", "203.0.113.1", "198.51.100.7"],
    ["no proxy trusted, no header", nobody, "198.51.100.7", undefined, "198.51.100.7"],
    ["IPv4-mapped socket address", nobody, "::ffff:198.51.100.7", "203.0.113.1", "198.51.100.7"],
    ["a trusted proxy in front: its entry is believed", loopback, "127.0.0.1", "198.51.100.7", "198.51.100.7"],
    [
      "a trusted proxy passes on what the client claimed: only the right-most entry counts",
      loopback,
      "127.0.0.1",
      "203.0.113.1, 198.51.100.7",
      "198.51.100.7",
    ],
    [
      "a chain of trusted proxies is walked",
      cluster,
      "127.0.0.1",
      "203.0.113.1, 198.51.100.7, 10.1.2.3",
      "198.51.100.7",
    ],
    ["an untrusted peer cannot pretend to be a proxy", loopback, "198.51.100.9", "203.0.113.1", "198.51.100.9"],
    ["garbage from a trusted proxy stops the walk", loopback, "127.0.0.1", "not-an-ip", "127.0.0.1"],
    ["a trusted proxy with nothing forwarded", loopback, "::1", undefined, "::1"],
  ])("%s", (_name, trusted, peer, forwarded, expected) => {
    expect(clientIpFrom(headersOf(peer, forwarded), trusted)).toBe(expected);
  });

  it("on Vercel, takes the platform's header and nothing the client wrote", () => {
    const vercel = parseTrustedProxies("vercel");
    const headers = headersOf("10.0.0.1", "203.0.113.1", { "x-real-ip": "198.51.100.7" });
    expect(clientIpFrom(headers, vercel)).toBe("198.51.100.7");
  });

  it.each(["10.0.0.0/33", "example.com", "vercel, 10.0.0.0/8", "1.2.3"])("refuses TRUSTED_PROXIES=%s", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow();
  });
});

describe("the socket-address hook", () => {
  it("replaces a peer header and X-Forwarded-For sent by a client with the real socket address", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      const headers = new Headers(req.headers as Record<string, string>);
      seen.push(clientIpFrom(headers, nobody));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "203.0.113.1", [PEER_HEADER]: "203.0.113.2" },
      });
      expect(response.status).toBe(200);
    } finally {
      server.close();
    }
    expect(seen).toEqual(["127.0.0.1"]);
  });
});

describe("request ids and the path, stamped by the hook (no proxy.ts)", () => {
  async function serve(handler: http.RequestListener, run: (base: string) => Promise<void>) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await run(`http://127.0.0.1:${port}`);
    } finally {
      server.close();
    }
  }

  it("gives the request and its response the same new id, and tells the app the path asked for", async () => {
    const seen: { id?: string; path?: string }[] = [];
    await serve(
      (req, res) => {
        seen.push({ id: String(req.headers["x-request-id"]), path: String(req.headers["x-atelier-path"]) });
        res.end("ok");
      },
      async (base) => {
        const first = await fetch(`${base}/portal/requests/abc?tab=files`, { headers: { "x-atelier-path": "/evil" } });
        const second = await fetch(`${base}/portal`);
        expect(first.headers.get("x-request-id")).toBe(seen[0]?.id);
        expect(second.headers.get("x-request-id")).toBe(seen[1]?.id);
        expect(seen[0]?.id).not.toBe(seen[1]?.id);
      },
    );
    expect(seen[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]?.path).toBe("/portal/requests/abc?tab=files");
  });

  it("keeps a caller's request id that looks like one and replaces one that does not", async () => {
    const seen: string[] = [];
    await serve(
      (req, res) => {
        seen.push(String(req.headers["x-request-id"]));
        res.end();
      },
      async (base) => {
        const kept = await fetch(base, { headers: { "x-request-id": "lb-1234abcd" } });
        expect(kept.headers.get("x-request-id")).toBe("lb-1234abcd");
        const replaced = await fetch(base, { headers: { "x-request-id": "bad id\twith spaces" } });
        expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      },
    );
    expect(seen[0]).toBe("lb-1234abcd");
    expect(seen[1]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("cache headers a CDN can keep, set by the hook", () => {
  it("turns Next's year-long s-maxage on app-cached pages into one second with revalidation", async () => {
    const server = http.createServer((req, res) => {
      if (req.url === "/page") res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("cache-control", req.url === "/private" ? "private, no-store" : "s-maxage=31536000");
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const page = await fetch(`http://127.0.0.1:${port}/page`);
      expect(page.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=59");
      // Not app-cached (no x-nextjs-cache), or private: left as the app said.
      expect((await fetch(`http://127.0.0.1:${port}/file`)).headers.get("cache-control")).toBe("s-maxage=31536000");
      expect((await fetch(`http://127.0.0.1:${port}/private`)).headers.get("cache-control")).toBe("private, no-store");
    } finally {
      server.close();
    }
  });
});

describe("the page policy with the storage origin, added by the hook when S3 is configured", () => {
  it("puts the bucket's origin into pages' CSP, and leaves stored files' own policy alone", async () => {
    // A process of its own: the hook reads the storage settings once, on its first request.
    const { spawn } = await import("node:child_process");
    const hook = new URL("./http-hooks.cjs", import.meta.url).pathname;
    const script = `
      const http = require("node:http");
      const server = http.createServer((req, res) => {
        res.setHeader("content-security-policy", req.url.startsWith("/api/files/") ? "default-src 'none'; sandbox" : "default-src 'self'");
        res.end("ok");
      });
      server.listen(0, "127.0.0.1", () => console.log(server.address().port));
    `;
    const child = spawn(process.execPath, ["--require", hook, "-e", script], {
      env: { ...process.env, S3_BUCKET: "atelier", S3_ENDPOINT: "https://s3.example.net", S3_PUBLIC_ENDPOINT: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const port = await new Promise<string>((resolve) =>
        child.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim())),
      );
      const page = await fetch(`http://127.0.0.1:${port}/portal`);
      expect(page.headers.get("content-security-policy")).toContain(
        "img-src 'self' data: blob: https://s3.example.net",
      );
      expect(page.headers.get("content-security-policy")).toContain("connect-src 'self' https://s3.example.net");
      const file = await fetch(`http://127.0.0.1:${port}/api/files/abc`);
      expect(file.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    } finally {
      child.kill();
    }
  });
});
