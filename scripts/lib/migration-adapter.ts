// The driver adapter Prisma's CLI uses to run migrations with the WASM schema engine.
// Two workarounds for @prisma/adapter-pg 6.19.3, both verified in docs/adr/0002:
//  - the engine's catalog introspection reads columns of type "char" (OID 18) and name
//    (OID 19), which the adapter cannot deserialize (prisma/prisma#27403): report them as text;
//  - the adapter drops its shadow database while still connected to it: use our own factory
//    that creates a uniquely named shadow database and closes its pool before dropping it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT_OID = 25;

function fixFields(r: pg.QueryResult | undefined) {
  for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = TEXT_OID;
  return r;
}

// pg's Pool calls client.query with a callback; the adapter calls it promise-style: patch both.
function patchClient(client: pg.PoolClient | pg.Client) {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, r: pg.QueryResult) =>
        (last as (e: unknown, r: unknown) => void)(err, fixFields(r));
      return original(...args);
    }
    const result = original(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<pg.QueryResult>).then(fixFields);
    }
    return result;
  };
}

function patchedPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 200, allowExitOnIdle: true });
  pool.on("connect", (client) => patchClient(client));
  // The shadow database is dropped WITH (FORCE) while idle clients may remain: not an error.
  pool.on("error", () => undefined);
  return pool;
}

export function migrationAdapter() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm run db:migrate sets it for the embedded database)");
  const main = new PrismaPg(patchedPool(url));
  let shadowName: string | undefined;
  let shadowPool: pg.Pool | undefined;
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      shadowName = `marquee_shadow_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${shadowName}"`);
      await admin.end();
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${shadowName}`;
      shadowPool = patchedPool(shadowUrl.toString());
      const adapter = await new PrismaPg(shadowPool).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose().catch(() => undefined);
        await shadowPool?.end().catch(() => undefined);
        const admin2 = new pg.Client({ connectionString: url });
        await admin2.connect();
        await admin2.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        await admin2.end();
      };
      return adapter;
    },
  };
}
