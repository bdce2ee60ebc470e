/**
 * Reading a server-sent event stream (the browser's hook and the tests share it): text in as it
 * arrives, whole events out. Comments (heartbeats) and `retry` lines are dropped.
 */
export interface SseMessage {
  event: string;
  data: string;
}

export class SseParser {
  private buffer = "";

  push(text: string): SseMessage[] {
    this.buffer += text.replace(/\r\n?/g, "\n");
    const messages: SseMessage[] = [];
    let end = this.buffer.indexOf("\n\n");
    while (end !== -1) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (!line || line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
      }
      if (data.length) messages.push({ event, data: data.join("\n") });
      end = this.buffer.indexOf("\n\n");
    }
    return messages;
  }
}

/** Wait before the next attempt after `failures` failed ones: 2 s doubling to a minute, with jitter. */
export function backoffMs(failures: number, random = Math.random) {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
