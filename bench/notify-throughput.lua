-- wrk script for bench/notify-throughput.sh: replays the notifications BenchClient.java pre-signed (file named by
-- BENCH_NOTIFY_REQUESTS; one per line: X-TIMESTAMP TAB X-SIGNATURE TAB X-EXTERNAL-ID TAB body), so the load generator
-- only sends bytes and the run measures dompet. Thread t of n takes lines t, t+n, t+2n, … (each notification is sent
-- once); a thread that runs out starts over and counts the repeats (redeliveries, cheaper for dompet), which done()
-- reports. Any answer but 200 is counted and reported too.
local threads = {}
local count = 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_NOTIFY_REQUESTS"), "r"))
  local step = tonumber(os.getenv("BENCH_WRK_THREADS"))
  requests = {}
  local line_no = 0
  for line in file:lines() do
    if line_no % step == id then
      local timestamp, signature, external_id, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      table.insert(requests, wrk.format("POST", wrk.path, {
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
        ["X-TIMESTAMP"] = timestamp,
        ["X-SIGNATURE"] = signature,
        ["ORIGIN"] = "sandbox.finpay.local",
        ["X-EXTERNAL-ID"] = external_id,
        ["X-PARTNER-ID"] = "finpay-sandbox",
      }, body))
    end
    line_no = line_no + 1
  end
  file:close()
  next_request = 1
  repeated = 0
  failed = 0
end

function request()
  if next_request > #requests then
    next_request = 1
  end
  local r = requests[next_request]
  next_request = next_request + 1
  sent = (sent or 0) + 1
  if sent > #requests then
    repeated = repeated + 1
  end
  return r
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
    if failed <= 3 then
      io.stderr:write("unexpected answer " .. status .. ": " .. body .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local repeats, failures = 0, 0
  for _, thread in ipairs(threads) do
    repeats = repeats + thread:get("repeated")
    failures = failures + thread:get("failed")
  end
  io.write(string.format("wrk_requests=%d wrk_rate=%.1f wrk_non200=%d wrk_repeated=%d wrk_p50_ms=%.2f wrk_p99_ms=%.2f\n",
    summary.requests, summary.requests / (summary.duration / 1e6), failures, repeats,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
