// Node processes (the worker, scripts, tests) are server code by definition: `#server-only` is a no-op there.
// Next.js resolves it to the `server-only` package, which fails the build when a client bundle reaches it.
