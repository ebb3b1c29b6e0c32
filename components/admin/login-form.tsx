"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type Failure = { message: string; field?: "email" | "password" };

// better-auth's answers → what the person at the keyboard needs to read.
async function explain(response: Response): Promise<Failure> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  if (response.status === 401) return { message: "Wrong email or password." };
  if (response.status === 429) {
    const wait = response.headers.get("x-retry-after");
    return {
      message: body.message?.startsWith("Too many sign-in attempts for")
        ? body.message
        : `Too many sign-in attempts. Try again in ${wait ?? "a few"} seconds.`,
    };
  }
  if (response.status === 403 && body.message) return { message: body.message };
  if (body.code === "INVALID_EMAIL") return { message: "Enter a valid email address.", field: "email" };
  return { message: "Could not sign in right now. Try again in a moment." };
}

/** Email + password against better-auth's sign-in endpoint (rate limited there), then on to `next`. */
export function LoginForm({ next }: { next: string }) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), rememberMe: true }),
      });
      if (response.ok) {
        // A full navigation: every server component renders again with the new session.
        window.location.assign(next);
        return;
      }
      setFailure(await explain(response));
    } catch {
      setFailure({ message: "Could not reach the server. Check your connection and try again." });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate={false}>
      {failure && !failure.field && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/40 dark:text-red-100">
          {failure.message}
        </p>
      )}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        errors={failure?.field === "email" ? [failure.message] : undefined}
      />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
