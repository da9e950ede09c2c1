-- wrk script for scripts/loadtest.sh: a newsroom's mix of pages, htmx fragments and writes.
--   wrk ... -s scripts/loadtest.lua URL -- REQUESTS_FILE COOKIE CSRF_TOKEN
-- REQUESTS_FILE: one request a line, "GET /path" or "POST /path url-encoded-body" (repeat a
-- line to weight it). Every response's status is counted; done() prints them for the report.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  requests_list = {}
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^(%u+) (%S+) ?(.*)$")
    if method then
      local headers = { ["Cookie"] = args[2], ["HX-Request"] = "true" }
      if method == "POST" then
        headers["X-CSRFToken"] = args[3]
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      end
      if path:sub(1, 1) == "!" then  -- "!/path": a full page, not an htmx fragment
        path = path:sub(2)
        headers["HX-Request"] = nil
      end
      table.insert(requests_list, wrk.format(method, path, headers, method == "POST" and body or nil))
    end
  end
  statuses = {}
  math.randomseed(os.time() + #threads * 7919 + math.floor(os.clock() * 1000000))
end

function request()
  return requests_list[math.random(#requests_list)]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local codes = {}
  for status, n in pairs(total) do table.insert(codes, status) end
  table.sort(codes)
  io.write("STATUS")
  for _, status in ipairs(codes) do io.write(string.format(" %d=%d", status, total[status])) end
  io.write("\n")
  io.write(string.format("REQUESTS %d SECONDS %.1f ERRORS connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("LATENCY_MS p50=%.1f p90=%.1f p99=%.1f max=%.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
