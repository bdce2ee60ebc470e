// The "raw" row of bench/compare.ts: node:http + pg doing the same indexed read as
// glossary.bySlug (one published term by its unique slug), with no framework in between.
// Run as its own process: RAW_DATABASE_URL, RAW_PORT.
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.RAW_DATABASE_URL, max: 10 });
const port = Number(process.env.RAW_PORT);

const server = http.createServer(async (req, res) => {
  const slug = new URL(req.url ?? "/", "http://raw").searchParams.get("slug") ?? "";
  try {
    const { rows } = await pool.query(
      `SELECT id, slug, term, pronunciation, summary, sections, category, "publishedAt" FROM "GlossaryTerm" WHERE slug = $1 AND status = 'PUBLISHED'`,
      [slug],
    );
    const body = JSON.stringify(rows[0] ?? null);
    res.writeHead(rows[0] ? 200 : 404, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(port, "127.0.0.1", () => console.log(`raw listening on ${port}`));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
