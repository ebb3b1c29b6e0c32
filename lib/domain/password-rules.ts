// Shared by better-auth's config, the zod schemas and the forms' hints.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
