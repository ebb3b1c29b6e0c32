// Pages reachable without a session: login, first-run owner setup, accepting an invitation.
// Each renders its own <AuthCard>; nothing here may require a signed-in user.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return children;
}
