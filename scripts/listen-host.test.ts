import { describe, expect, it } from "vitest";
import { listenHost } from "./listen-host.cjs";

describe("where npm start listens", () => {
  it("a local run listens on 127.0.0.1 only", () => {
    expect(listenHost({})).toEqual({ host: "127.0.0.1", warning: null });
    expect(listenHost({ ATELIER_MODE: "local" }).host).toBe("127.0.0.1");
  });

  it("an explicit HOSTNAME opts out of that, with a warning naming the mailbox", () => {
    const { host, warning } = listenHost({ HOSTNAME: "0.0.0.0" });
    expect(host).toBe("0.0.0.0");
    expect(warning).toMatch(/reachable from the network.*\/dev\/mailbox/);
    expect(listenHost({ HOSTNAME: "localhost" }).warning).toBeNull();
  });

  it("a deployment listens on every interface without a warning", () => {
    expect(listenHost({ ATELIER_MODE: "deployment" })).toEqual({ host: "0.0.0.0", warning: null });
  });
});
