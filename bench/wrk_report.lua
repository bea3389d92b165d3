-- wrk script for bench/run.py: cycles through the paths in BENCH_PATHS (one a line),
-- sends BENCH_COOKIE, and prints the summary as one JSON line.
local paths = {}
for line in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^\n]+") do
  table.insert(paths, line)
end
local cookie = os.getenv("BENCH_COOKIE") or ""
local i = 0
-- With BENCH_WORDS (one a line) every request searches a pair of words never asked before
-- (BENCH_PATHS' first line plus "a+b"), so no cache answers: the cost of the search itself.
local words = {}
for line in string.gmatch(os.getenv("BENCH_WORDS") or "", "[^\n]+") do
  table.insert(words, line)
end
local k = tonumber(os.getenv("BENCH_WORD_OFFSET") or "0") or 0

request = function()
  if #words > 1 then
    local n = #words
    local a = k % n
    local b = (math.floor(k / n) + a + 1) % n
    k = k + 1
    local headers = {}
    if cookie ~= "" then headers["Cookie"] = cookie end
    return wrk.format("GET", paths[1] .. words[a + 1] .. "+" .. words[b + 1], headers)
  end
  i = i % #paths + 1
  local headers = {}
  if cookie ~= "" then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[i], headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, ' ..
    '"p99_ms": %.2f, "max_ms": %.2f, "errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors))
end
