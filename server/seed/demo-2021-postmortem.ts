// Postmortem of the 30 March 2021 incident (see demo-2021-incident.ts). Markdown; times UTC.
export const POSTMORTEM_2021 = `## Summary

On Tuesday 30 March 2021 our API was degraded three times, for 2 hours 3 minutes in total, between 14:52 and 18:45 UTC. During each window the synchronous **authenticate** endpoint failed for most requests, while the asynchronous **track** and **batch** endpoints kept queuing events whose processing was delayed. The dashboard stayed up but showed no new data until the backlog was processed at 20:20 UTC.

The cause was a memory leak in a release of our event enrichment workers. The first occurrence was bad enough; the second and third were caused by our own job scheduler, which is built to be fault-tolerant and therefore **retried the job that triggered the leak** after every crash.

No accepted event was lost. We emailed all active customers when the incident started and when it was resolved.

## Impact

| Window | Time (UTC) | Duration | Authenticate | Track and batch | Dashboard |
| --- | --- | --- | --- | --- | --- |
| 1 | 14:52 – 15:40 | 48 min | Major outage | Partial outage | No new data |
| 2 | 16:25 – 17:05 | 40 min | Major outage | Partial outage | No new data |
| 3 | 18:10 – 18:45 | 35 min | Major outage | Partial outage | No new data |

- **Authenticate** (synchronous): 61% of requests in the three windows failed with \`502\`/\`503\` or timed out after 10 seconds. Your users saw failed sign-ins in apps that call authenticate directly.
- **Track and batch** (asynchronous): 97% of requests were accepted and queued; the rest received \`503\` and were retried by our SDKs. Queued events were processed up to 5 hours 28 minutes late. **No accepted event was lost**, and every event kept its original timestamp.
- **Dashboard**: reachable throughout, but reports and the live view showed no events received after 14:52 until the backlog drained at 20:20 UTC.
- Webhooks and warehouse syncs for the affected events were sent late, after processing caught up.

## Timeline (UTC)

| Time | Event |
| --- | --- |
| 29 Mar 10:15 | Release 2021.03.29 of the enrichment workers ships a new per-job cache of event property schemas. |
| 30 Mar 14:40 | A scheduled re-enrichment job for a large account starts; its events carry millions of distinct property keys. |
| 14:52 | Memory on the shared API hosts is exhausted. The OOM killer stops worker and authenticate processes. **Window 1 starts.** |
| 14:57 | Alert on the authenticate error rate pages the on-call engineer. |
| 15:04 | First status page update; all active customers emailed. |
| 15:22 | Memory graphs point at the enrichment workers; the re-enrichment job is stopped from the scheduler UI. |
| 15:40 | Hosts restarted; error rates back to normal. **Window 1 ends.** |
| 16:25 | The scheduler retries the job (its worker had disappeared, which it treats as a crash). Memory is exhausted again. **Window 2 starts.** |
| 16:31 | Status page: the problem is back; cause linked to the retry. |
| 17:05 | Retried job cancelled, hosts restarted. **Window 2 ends.** |
| 18:10 | The scheduler starts the job a third time: cancelling the running attempt had not cancelled its pending retries. **Window 3 starts.** |
| 18:21 | Retries disabled for the whole job class; revert of the schema cache deploying. |
| 18:45 | Revert live, hosts healthy. **Window 3 ends.** |
| 20:20 | Backlog of queued events fully processed. |
| 20:40 | Incident resolved; all active customers emailed. |

## Root cause

Release 2021.03.29 added a cache of event property schemas to the enrichment workers, to avoid looking up the same schema for every event. The cache was keyed by property name and **never evicted entries**. For ordinary traffic it stays small. The re-enrichment job for one large account processed events with millions of distinct property keys (user-defined keys containing ids), and the cache grew without bound.

The enrichment workers ran on the same hosts as the authenticate service and had no memory limit of their own. When a host ran out of memory, the kernel's OOM killer stopped processes on it, including authenticate. Track and batch only write to the queue, so they mostly kept working; processing of the queue stopped with the workers.

Why it happened **three times**: our job scheduler retries a job whose worker disappears, with a backoff (45 and then 65 minutes here). That is the right behaviour for a worker lost to a host failure, and the wrong one for a job that *causes* the failure:

1. At 15:22 we stopped the job. From the scheduler's point of view its worker then vanished during the host restarts, so the attempt was recorded as crashed and a retry was scheduled. It ran at 16:25.
2. At 17:05 we cancelled the retried attempt. Cancelling applied to the running attempt only; the retry already queued behind it was untouched, and it ran at 18:10.

Only disabling retries for the job class (18:21) and reverting the cache (18:45) ended it.

## What went well

- Track and batch did what asynchronous endpoints are for: they kept accepting events, and not one accepted event was lost.
- The authenticate error-rate alert paged within 5 minutes, and the first status update went out 12 minutes after the start.
- Every recurrence was announced on the status page within 6 to 11 minutes, with the same email list as the first message.

## What went badly

- A background job could take down a synchronous, customer-facing endpoint because both shared hosts with no memory isolation.
- We declared "monitoring" twice without checking whether the scheduler still held retries of the offending job.
- Our "fault-tolerant" scheduler had no notion of a job that repeatedly kills its worker, and cancelling a job did not cancel its retries.
- The leak was not caught in review or testing: our load tests use a small, fixed set of property keys.

## Action items

| # | Action | Owner | Status |
| --- | --- | --- | --- |
| 1 | Replace the schema cache with a bounded LRU; add a memory test with 5 million distinct property keys | Ingestion | Done (31 Mar) |
| 2 | Memory limit per worker container, so a leaking job kills only its own worker | Platform | Done (1 Apr) |
| 3 | Run authenticate on its own node pool, isolated from background workers | Platform | In progress (due 16 Apr) |
| 4 | Scheduler: a job whose worker dies twice is quarantined instead of retried, and its owner is paged | Platform | Done (6 Apr) |
| 5 | Scheduler: cancelling a job also cancels its pending retries, in the UI and the API | Platform | Done (6 Apr) |
| 6 | Alert on the memory growth rate of enrichment workers, not only on host memory | SRE | Done (2 Apr) |
| 7 | Runbook: before moving an incident to monitoring, check the scheduler's retry queue for the job involved | SRE | Done (1 Apr) |
| 8 | Load tests with realistic, high-cardinality property keys | Ingestion | Planned (due 30 Apr) |
`;
