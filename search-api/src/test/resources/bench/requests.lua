-- wrk script of bin/benchmark-load: sends the requests of one file in turn, each connection from its own place.
-- A line is a GET path with its query ("/api/v1/search?q=kassa"), or "POST <path> <JSON body>".
-- Usage: wrk -s requests.lua URL -- FILE; prints one line "result requests errors req/s p50-ms p99-ms max-ms".

local requests = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^(POST) (%S+) (.*)$")
    if method then
      requests[#requests + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json",
        ["Accept-Encoding"] = "gzip" }, body)
    elseif #line > 0 then
      requests[#requests + 1] = wrk.format("GET", line, { ["Accept-Encoding"] = "gzip" })
    end
  end
  -- Each thread starts elsewhere in the list, so that the threads do not send the same request at once, and each
  -- run at a place of its own, so that a run does not repeat the requests of the run (or warm-up) before it.
  math.randomseed(os.time() * 100 + (offset or 0))
  counter = ((offset or 0) * 7919 + math.random(0, #requests - 1)) % #requests
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.status + errors.timeout
  io.write(string.format("result %d %d %.1f %.2f %.2f %.2f\n", summary.requests, failed,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
