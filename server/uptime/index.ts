export {
  dailyUptime,
  uptimeOf,
  DEFAULT_UPTIME_WEIGHTS,
  SEVERITIES,
  type DailyUptimeInput,
  type DayLevel,
  type DayUptime,
  type MaintenancePeriod,
  type Severity,
  type UptimeWeights,
  type UptimeWindow,
} from "./daily-uptime";
