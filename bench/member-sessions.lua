-- wrk script of member-topic-page.sh: each wrk thread (run one connection per thread) sends the session cookie of a
-- different logged-in member, so that N connections are N distinct members; then the percentiles line of
-- percentiles.lua. The sessions file (MEMBER_SESSIONS) holds one JSESSIONID value per line.
local sessions = {}
for line in io.lines(os.getenv("MEMBER_SESSIONS")) do
   if line ~= "" then sessions[#sessions + 1] = line end
end
local made = 0

function setup(thread)
   made = made + 1
   thread:set("session", sessions[(made - 1) % #sessions + 1])
end

function init(args)
   wrk.headers["Cookie"] = "JSESSIONID=" .. session
end

done = function(summary, latency, requests)
   local s = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
      summary.requests, s, summary.requests / s,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000,
      e.connect + e.read + e.write + e.timeout, e.status))
end
