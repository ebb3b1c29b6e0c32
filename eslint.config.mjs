import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Dropping fields by destructuring (`{ secret: _secret, ...rest }`) is intended.
      "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Public pages are served as bytes rendered once per change: plain links (a full page load of
    // cached bytes), since the client router's requests for page data would not be cached.
    files: ["app/(public)/**", "components/public/**", "components/status/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Layers, lowest first: lib (lib/domain: the vocabulary every layer shares) and emails; server;
    // components; app. A lower layer never imports a higher one.
    files: ["lib/**", "emails/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "@/components/*", "@/app/*"],
              message: "lib/ and emails/ sit below server/, components/ and app/: move what both need down (lib/domain).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "@/app/*"],
              message: "server/ sits below components/ and app/: move what both need down (lib/domain).",
            },
            { group: ["@/server/seed/*"], message: "The demo data is not a library for live verbs: move the shared rule to lib/domain." },
          ],
        },
      ],
    },
  },
  {
    // Components render on both sides of the wire: they may name server/ types (erased at build) but
    // import no server/ value, which could pull the database into a client bundle. Pure rules they
    // share with server/ live in lib/domain.
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*"],
              allowTypeImports: true,
              message: "components/ take server/ types only: pass computed data as props, or move the pure rule to lib/domain.",
            },
            { group: ["@/app/*"], message: "components/ sit below app/." },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      "dist/**",
      "dist-bench/**",
      "node_modules/**",
      "server/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
