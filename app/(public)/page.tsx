import { IncidentCard } from "@/components/public/incident-card";
import { MaintenanceCard } from "@/components/public/maintenance-card";
import { ComponentList } from "@/components/status/component-list";
import { StatusBanner } from "@/components/status/status-banner";
import { fill, messages } from "@/lib/i18n";
import { pageLanguage } from "@/server/public/page-language";
import { readPublicSnapshot } from "@/server/public/read-snapshot";

export default async function StatusPage() {
  const view = await readPublicSnapshot();
  if (!view) return null; // the layout explains
  const { snapshot } = view;
  const { active, upcoming } = snapshot.maintenance;
  const lang = pageLanguage(snapshot);
  const m = messages(lang).home;
  return (
    <>
      <h1 className="sr-only">{fill(m.heading, { name: snapshot.page.name })}</h1>
      <StatusBanner overall={snapshot.overall} lang={lang} />
      {snapshot.activeIncidents.length > 0 && (
        <section aria-labelledby="active-incidents" className="flex flex-col gap-4">
          <h2 id="active-incidents" className="text-lg font-semibold">
            {m.activeIncidents}
          </h2>
          {snapshot.activeIncidents.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} lang={lang} />
          ))}
        </section>
      )}
      {(active.length > 0 || upcoming.length > 0) && (
        <section aria-labelledby="maintenance" className="flex flex-col gap-4">
          <h2 id="maintenance" className="text-lg font-semibold">
            {active.length > 0 ? m.maintenanceInProgress : m.scheduledMaintenance}
          </h2>
          {[...active, ...upcoming].map((maintenance) => (
            <MaintenanceCard key={maintenance.id} maintenance={maintenance} lang={lang} />
          ))}
        </section>
      )}
      <section aria-labelledby="components" className="flex flex-col gap-4">
        <h2 id="components" className="text-lg font-semibold">
          {m.components}
        </h2>
        <ComponentList snapshot={snapshot} lang={lang} />
      </section>
      <p className="text-sm">
        <a href="/history" className="font-medium text-blue-700 hover:underline dark:text-blue-400">
          {m.historyLink}
        </a>
      </p>
    </>
  );
}
