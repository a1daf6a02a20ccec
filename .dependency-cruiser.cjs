// Architecture rules for Marquee, checked by `npm run lint:arch`
// (= `depcruise src --config .dependency-cruiser.cjs`, dependency-cruiser 17).
//
// Layout these rules protect:
//   src/server/<context>/          one bounded context (offering, inventory, pricing, checkout,
//     index.ts                     fulfillment, distribution); index.ts is its only public door
//     model/                       pure domain logic: no framework, no I/O, no wall clock
//     infrastructure/              the only place a context touches Prisma / Stripe
//   src/server/eventlog/           event store (shared kernel, knows no context)
//   src/server/platform/           db, auth, mail, jobs, config... (shared kernel, knows no context)
//   src/server/workflows/          cross-context orchestration, via contexts' index.ts only
//   src/server/api/                tRPC routers, via contexts' index.ts only
//   src/app/, src/components/      Next.js UI: talks to the server through its public API only
//
// Paths below are regular expressions over paths relative to the repository root, e.g.
// "src/server/platform/db.ts" or "node_modules/stripe/esm/stripe.esm.node.js". Where a module
// could not be resolved, the path is the bare module name ("stripe"), so the npm patterns
// accept both forms.

/** @type {string} */
const CONTEXTS = "(offering|inventory|pricing|checkout|fulfillment|distribution|insights)";

/** An npm package, resolved (node_modules/<name>/...) or not (<name>). */
const npm = (name) => `^(node_modules/)?${name}(/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // 1 ------------------------------------------------------------------------------------
    {
      name: "no-prisma-outside-persistence",
      severity: "error",
      comment:
        "Persistence is an implementation detail: Prisma (@prisma/*, prisma, the generated client in " +
        "src/generated/prisma) and the db handle (src/server/platform/db.ts) may only be used by " +
        "src/server/platform/, src/server/eventlog/ and a context's infrastructure/ folder. Anything " +
        "else goes through a repository function in <context>/infrastructure/ or the context's index.ts.",
      from: {
        pathNot: [
          "^src/server/platform/",
          "^src/server/eventlog/",
          `^src/server/${CONTEXTS}/infrastructure/`,
          // integration tests and their fixtures look into the database to assert what happened
          "\\.int\\.test\\.ts$",
          "\\.processes\\.test\\.ts$", // the same, with the app as separate processes
          "^src/test/",
        ],
      },
      to: {
        path: [
          npm("@prisma/[^/]+"),
          npm("\\.prisma/[^/]+"),
          npm("prisma"),
          "^src/generated/prisma(/|$)",
          "^src/server/platform/db\\.ts$",
        ],
      },
    },

    // 2 ------------------------------------------------------------------------------------
    {
      name: "no-stripe-outside-adapter",
      severity: "error",
      comment:
        "Stripe is reached only through checkout's payment adapter (src/server/checkout/infrastructure/) " +
        "and verified in the webhook route handlers (src/app/api/webhooks/). Everything else depends on " +
        "the payment port, so tests and the test-payment mode never load the Stripe SDK.",
      from: {
        // …and tests of that adapter, which sign webhook payloads with the SDK's own helper.
        pathNot: [
          "^src/server/checkout/infrastructure/",
          "^src/app/api/webhooks/",
          "^src/server/checkout/.*\\.int\\.test\\.ts$",
          "^src/test/",
        ],
      },
      to: {
        path: npm("stripe"),
      },
    },

    // 3 ------------------------------------------------------------------------------------
    {
      name: "no-context-internals",
      severity: "error",
      comment:
        "A bounded context is used from outside only through its index.ts (its public API). " +
        "Files inside src/server/<ctx>/ may use their own context freely ($1 = same context), but " +
        "another context, a workflow (src/server/workflows/) or a tRPC router (src/server/api/) " +
        "must import src/server/<other>/index.ts, never its commands, queries, model, events, " +
        "projections or infrastructure directly.",
      from: {
        path: `^src/server/(${CONTEXTS.slice(1, -1)}|workflows|api)/`,
      },
      to: {
        path: `^src/server/${CONTEXTS}/`,
        pathNot: ["^src/server/$1/", `^src/server/${CONTEXTS}/index\\.ts$`],
      },
    },
    {
      name: "no-context-in-kernel",
      severity: "error",
      comment:
        "src/server/eventlog/ and src/server/platform/ are the shared kernel that every context " +
        "builds on; they must not know about any context (not even through its index.ts), or the " +
        "layering inverts and cycles follow. Pass what they need in as data or callbacks.",
      from: {
        path: "^src/server/(eventlog|platform)/",
      },
      to: {
        path: `^src/server/${CONTEXTS}/`,
      },
    },

    // 4 ------------------------------------------------------------------------------------
    {
      name: "app-only-through-public-api",
      severity: "error",
      comment:
        "Pages, layouts and route handlers (src/app/) reach the server only through its public API: " +
        "a context's index.ts, the tRPC layer (src/server/api/), the session helpers " +
        "(src/server/platform/auth.ts), typed errors, the clock, the logger and src/server/workflows/index.ts. Nothing else under " +
        "src/server (db, config, eventlog, model, infrastructure, individual workflow files...) " +
        "may be imported from the UI layer.",
      from: {
        path: "^src/app/",
      },
      to: {
        path: "^src/server/",
        pathNot: [
          `^src/server/${CONTEXTS}/index\\.ts$`,
          "^src/server/api/",
          "^src/server/platform/auth\\.ts$",
          // the shared kernel's value types: typed errors, the clock and money; and the one logger
          "^src/server/platform/(errors|clock|log|money|i18n|messages)\\.ts$",
          // one language's messages for a client component (the Studio's English preview of the shop)
          "^src/server/platform/messages/[a-z]+\\.json$",
          "^src/server/workflows/index\\.ts$",
          // a context's client.ts: pure functions that are safe in the browser too (no I/O)
          `^src/server/${CONTEXTS}/client\\.ts$`,
        ],
      },
    },
    {
      name: "app-only-through-public-api",
      severity: "error",
      comment:
        "Components (src/components/) may be rendered on the client, so they must not pull server " +
        "code into the bundle: nothing under src/server/ except src/server/api/ (tRPC router types), " +
        "a context's client.ts and the shared kernel's pure money rules (platform/money.ts).",
      from: {
        path: "^src/components/",
      },
      to: {
        path: "^src/server/",
        pathNot: [
          "^src/server/api/",
          `^src/server/${CONTEXTS}/client\\.ts$`,
          "^src/server/platform/money\\.ts$",
          // the fan's languages: pure (the messages go to the browser as a prop, not an import)
          "^src/server/platform/i18n\\.ts$",
          // one language's messages as data (a test)
          "^src/server/platform/messages/[a-z]+\\.json$",
          "^src/server/platform/messages/studio/[a-z]+/[a-z]+\\.json$",
        ],
      },
    },
    {
      name: "app-only-through-public-api",
      severity: "error",
      comment:
        "Components (src/components/) may use src/server/api/ for types only (`import type`, " +
        "e.g. AppRouter / RouterOutputs): a value import would ship server code to the browser.",
      from: {
        path: "^src/components/",
      },
      to: {
        path: "^src/server/api/",
        dependencyTypesNot: ["type-only"],
      },
    },

    // 5 ------------------------------------------------------------------------------------
    {
      name: "model-is-pure",
      severity: "error",
      comment:
        "Domain model code (src/server/<ctx>/model/) is pure: decisions over plain data, unit-" +
        "testable without a database, framework or clock. It must not import Next.js, React, tRPC, " +
        "Prisma (or the generated client / db handle), Stripe, the wall clock " +
        "(src/server/platform/clock.ts; take `now` as an argument) or any infrastructure/ folder.",
      from: {
        path: "^src/server/[^/]+/model/",
      },
      to: {
        path: [
          npm("next"),
          npm("react"),
          npm("react-dom"),
          npm("@trpc/[^/]+"),
          npm("@prisma/[^/]+"),
          npm("\\.prisma/[^/]+"),
          npm("prisma"),
          npm("stripe"),
          "^src/generated/",
          "^src/server/platform/db\\.ts$",
          "^src/server/platform/clock\\.ts$",
          "(^|/)infrastructure/",
        ],
      },
    },

    // 6 ------------------------------------------------------------------------------------
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Runtime import cycles make module initialisation order-dependent and blur layering (a " +
        "context and its dependency become one). Cycles made only of `import type` edges are " +
        "erased at compile time and are allowed.",
      from: {},
      to: {
        circular: true,
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },

    // 7 ------------------------------------------------------------------------------------
    {
      name: "not-to-unresolvable",
      severity: "warn",
      comment:
        "This import cannot be resolved to a file or an installed package: a typo, a missing " +
        "dependency in package.json, or a path alias other than @/* (see tsconfig.json). Node " +
        "built-ins and virtual modules (server-only, client-only, next/*) are exempt.",
      from: {},
      to: {
        couldNotResolve: true,
        dependencyTypesNot: ["core"],
        pathNot: ["^(server-only|client-only)$", "^next(/|$)", "^node:"],
      },
    },
  ],

  options: {
    // Don't descend into packages or the generated Prisma client (src/generated/, written by
    // `prisma generate`): they still show up as leaf modules, so rules can match imports *of*
    // them, but their own files and imports are not analysed.
    //
    // Deliberately NOT `exclude: { path: "^src/generated/" }`: dependency-cruiser drops every
    // dependency on an excluded module, so `import { PrismaClient } from "@/generated/prisma/client"`
    // would become invisible and no-prisma-outside-persistence / model-is-pure could never fire
    // for it. doNotFollow gives the same "don't cruise generated code" without that blind spot.
    doNotFollow: {
      path: ["node_modules", "^src/generated/"],
    },

    // Resolve the @/* -> ./src/* alias exactly as tsc / Next.js do.
    tsConfig: {
      fileName: "tsconfig.json",
    },

    // Keep `import type` dependencies (they'd vanish after compilation) so the layering rules
    // also apply to types; they're marked "type-only" so no-circular can ignore them.
    tsPreCompilationDeps: true,

    // Resolve packages through their "exports" maps, like TypeScript's "bundler" resolution.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },

    skipAnalysisNotInRules: true,

    reporterOptions: {
      text: {
        highlightFocused: true,
      },
    },
  },
};
