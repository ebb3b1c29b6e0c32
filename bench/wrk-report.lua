-- Used by bench/http.ts for every target alike: prints one JSON line when wrk is done.
-- WRK_RANDOM_QUERY=1 appends a fresh cache-busting query string to every request.
local random_query = os.getenv("WRK_RANDOM_QUERY") == "1"
local counter = 0

request = function()
  if not random_query then return wrk.request() end
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "r=" .. math.random(1, 1000000000) .. "-" .. counter)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"socketErrors":%d,"non2xx":%d,"p50Us":%d,"p99Us":%d,"bytes":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), summary.bytes))
end
