import type { Metadata } from "next";

// Everything under /admin: never indexed, titled "… · Admin". Signed-in pages live in (console),
// the pages reachable without a session (login, setup, invite) in (auth).
export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return children;
}
