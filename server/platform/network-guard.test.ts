import { describe, expect, it } from "vitest";
import { classifyAddress, resolveSafeAddresses, UnsafeTargetError } from "./network-guard";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::127.0.0.1", "loopback"],
    ["2002:7f00:1::", "loopback"],
    ["2002:7f00:0001:0000:0000:0000:0000:0000", "loopback"],
    ["64:ff9b::127.0.0.1", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.3.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "private"],
    ["100.64.0.1", "private"],
    ["0.0.0.0", "private"],
    ["::", "private"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "private"],
    ["2002:a9fe:a9fe::", "private"],
    ["2002:c0a8:0101::1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1", "private"],
    ["fe80::1%eth0", "private"],
    ["ff02::1", "private"],
    ["2001:db8::1", "private"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"], // Teredo whose client is 127.0.0.1
    ["93.184.216.34", "public"],
    ["8.8.8.8", "public"],
    ["2606:4700:4700::1111", "public"],
    ["2002:5db8:d822::", "public"], // 6to4 of 93.184.216.34
    ["::ffff:8.8.8.8", "public"],
    ["not an address", "private"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("resolveSafeAddresses", () => {
  const fake = (addresses: string[]) => async () => addresses.map((address) => ({ address, family: 4 }));

  it("refuses a name when any of its addresses is private", async () => {
    await expect(
      resolveSafeAddresses("hooks.example.com", { allowLoopback: false, resolve: fake(["8.8.8.8", "10.0.0.5"]) }),
    ).rejects.toThrow(UnsafeTargetError);
  });

  it("refuses loopback unless allowed, and never allows private", async () => {
    await expect(resolveSafeAddresses("127.0.0.1", { allowLoopback: false })).rejects.toThrow(/this machine/);
    await expect(resolveSafeAddresses("[2002:7f00:1::]", { allowLoopback: false })).rejects.toThrow(/this machine/);
    await expect(resolveSafeAddresses("127.0.0.1", { allowLoopback: true })).resolves.toEqual([
      { address: "127.0.0.1", family: 4 },
    ]);
    await expect(resolveSafeAddresses("169.254.169.254", { allowLoopback: true })).rejects.toThrow(/private/);
    await expect(resolveSafeAddresses("[2002:7f00:1::]", { allowLoopback: true })).rejects.toThrow(/this machine/);
    await expect(resolveSafeAddresses("::ffff:127.0.0.1", { allowLoopback: true })).rejects.toThrow(/this machine/);
  });

  it("accepts a public name and says so when a name does not resolve", async () => {
    await expect(
      resolveSafeAddresses("hooks.example.com", { allowLoopback: false, resolve: fake(["93.184.216.34"]) }),
    ).resolves.toHaveLength(1);
    await expect(
      resolveSafeAddresses("nowhere.example", {
        allowLoopback: false,
        resolve: async () => {
          throw new Error("ENOTFOUND");
        },
      }),
    ).rejects.toThrow(/does not resolve/);
  });
});
