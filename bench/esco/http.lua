-- wrk script of bench/esco/run.sh: every request asks /api/v1/esco/search for one query of the mix, drawn at
-- random (fixed seed per thread, so a rerun draws the same sequence). The mix is read from the file named by the
-- environment variable ESCO_QUERIES (one query a line, as typed). After the run, done() prints one
-- machine-readable line with exact counts and the p50/p95/p99 latency.
local queries = {}
local file = os.getenv("ESCO_QUERIES")
for line in io.lines(file) do
  if line ~= "" then
    queries[#queries + 1] = "/api/v1/esco/search?q=" .. line:gsub("[^%w%-%._~]", function(c)
      return string.format("%%%02X", string.byte(c))
    end)
  end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", 20261202 + threads)
end

function init(args)
  math.randomseed(seed)
end

-- THINK_MS (optional): a pause of about that many milliseconds (uniformly 0.5x to 1.5x) before each request of a
-- connection, as a person types a character and waits for the suggestions; unset: closed loop, no pause.
local think = tonumber(os.getenv("THINK_MS") or "")
if think ~= nil and think > 0 then
  function delay()
    return math.floor(think * (0.5 + math.random()))
  end
end

function request()
  return wrk.format("GET", queries[math.random(#queries)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
