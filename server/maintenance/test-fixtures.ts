// Row builders for tests and the authorization matrix: every maintenance gets a unique slug.
import { makeComponent, tag } from "@/server/component/test-fixtures";
import type { Db } from "@/server/db";

const HOUR = 3_600_000;

type MaintenanceData = {
  status?: string;
  componentIds?: string[];
  scheduledStart?: Date;
  scheduledEnd?: Date;
  startedAt?: Date | null;
  autoStart?: boolean;
  autoComplete?: boolean;
  notifyOnStart?: boolean;
  notifyOnEnd?: boolean;
};

/** A published maintenance (scheduled an hour from now by default) over the given components, or one new component. */
export async function makeMaintenance(db: Db, data: MaintenanceData = {}) {
  const { componentIds, ...rest } = data;
  const ids = componentIds ?? [(await makeComponent(db)).id];
  const t = tag();
  const running = rest.status === "in_progress" || rest.status === "verifying";
  return db.maintenance.create({
    data: {
      slug: `maintenance-${t}`,
      title: `Maintenance ${t}`,
      scheduledStart: new Date(Date.now() + HOUR),
      scheduledEnd: new Date(Date.now() + 2 * HOUR),
      publishedAt: new Date(),
      startedAt: running ? new Date() : null,
      ...rest,
      components: { create: ids.map((componentId) => ({ componentId })) },
    },
    include: { components: true },
  });
}

export const notificationsOf = (db: Db, maintenanceId: string) =>
  db.notification.findMany({ where: { maintenanceId }, select: { kind: true }, orderBy: { createdAt: "asc" } });

export const updatesOf = (db: Db, maintenanceId: string) =>
  db.maintenanceUpdate.findMany({ where: { maintenanceId }, select: { status: true, body: true }, orderBy: { createdAt: "asc" } });
