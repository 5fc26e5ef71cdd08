-- wrk script: prints latency percentiles (including p95, which --latency does not show) and the request rate in one
-- machine-readable line, after wrk's own report:
--   RESULT requests=N duration_s=S rps=R p50_ms=.. p90_ms=.. p95_ms=.. p99_ms=.. max_ms=.. errors=E non2xx=X
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
