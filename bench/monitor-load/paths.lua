-- wrk script: every request asks for a path drawn from a file (one path per line, repeated in proportion to how
-- often it is asked), optionally with a cookie; done() prints one JSON line with exact counts and percentiles.
-- Usage: WRK_LABEL=label wrk -t2 -c64 -d300s -s paths.lua http://127.0.0.1:18080 -- paths.txt [cookie]
-- (the label comes from the environment: done() runs in wrk's main Lua state, where init() never ran)
local paths = {}
local cookie = nil
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if args[2] ~= nil and #args[2] > 0 then cookie = args[2] end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  counter = math.random(#paths)
end

function request()
  counter = counter + math.random(1, 97)
  local path = paths[(counter % #paths) + 1]
  if cookie then
    return wrk.format("GET", path, { ["Cookie"] = cookie })
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local label = os.getenv("WRK_LABEL") or "run"
  io.write(string.format(
    '{"label":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"bytes":%d,"p50_ms":%.2f,"p95_ms":%.2f,' ..
    '"p99_ms":%.2f,"max_ms":%.2f,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,' ..
    '"non2xx":%d}\n',
    label, summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
