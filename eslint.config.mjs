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
    ignores: [".next/**", "dist/**", "node_modules/**", "server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
