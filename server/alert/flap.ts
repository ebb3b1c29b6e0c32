// A flapping alert (firing, resolved, firing …) must not become an email storm. Two rules, both per
// integration rule: an alert is published only after it has fired for `holdSeconds` without
// resolving, and an incident announces to subscribers at most once per `announceEveryMinutes`.

export type FlapPolicy = { holdSeconds: number; announceEveryMinutes: number };

/** Whether a draft opened by an alert firing since `firingSince` may be published at `now`. */
export function holdOver(firingSince: Date, now: Date, policy: FlapPolicy): boolean {
  return now.getTime() - firingSince.getTime() >= policy.holdSeconds * 1_000;
}

/** Whether an incident last announced at `lastAnnouncedAt` may announce again at `now`. */
export function mayAnnounce(lastAnnouncedAt: Date | null, now: Date, policy: FlapPolicy): boolean {
  return lastAnnouncedAt === null || now.getTime() - lastAnnouncedAt.getTime() >= policy.announceEveryMinutes * 60_000;
}
