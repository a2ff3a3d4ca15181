-- wrk script of `npm run bench`: every request asks for a random path from a file, with
-- `Accept-Encoding: gzip` as browsers and CDNs send it; at the end, one JSON line of figures.
--
--   wrk -t2 -c64 -d10s --latency -s random-path.lua http://127.0.0.1:3000 -- paths.txt out.json
--
-- Arguments after `--`: the file of paths (one per line, as sent: percent-encoded) and the file
-- the JSON line is written to (stdout when left out). wrk runs this script once per thread (its
-- own Lua state, with `init`, `request`, `response`) and once more for `setup` and `done`.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  out = args[2]
  non2xx = 0
  hits = 0
  math.randomseed(os.time() * 1000 + id * 7919)
  for _ = 1, 10 do math.random() end
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- With MASTHEAD_WRK_COUNT=1 in its environment, every answer is looked at: statuses outside 200–299 (wrk's own
-- error count takes 400 and above only) and page-cache hits (`X-Cache: hit`; nginx's never are).
-- Looking costs wrk a Lua table of headers per answer, so measured runs leave it out and rely on
-- the paths having been checked and on wrk's count of 4xx/5xx.
local function count(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if headers["x-cache"] == "hit" or headers["X-Cache"] == "hit" then hits = hits + 1 end
end

-- wrk decides whether to parse headers for `response` before `init` sees its arguments, so the
-- choice comes from the environment.
if os.getenv("MASTHEAD_WRK_COUNT") == "1" then response = count end

function done(summary, latency, requests)
  local non, hit = 0, 0
  for _, thread in ipairs(threads) do
    non = non + thread:get("non2xx")
    hit = hit + thread:get("hits")
  end
  local e = summary.errors
  local ms = function(us) return string.format("%.3f", us / 1000) end
  local line = string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"non2xx":%d,"hits":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyMs":{"p50":%s,"p90":%s,"p99":%s,"max":%s,"mean":%s}}\n',
    summary.requests, summary.duration, summary.bytes, non, hit,
    e.connect, e.read, e.write, e.status, e.timeout,
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max), ms(latency.mean))
  local file = threads[1] and threads[1]:get("out")
  if file then
    local f = assert(io.open(file, "w"))
    f:write(line)
    f:close()
  else
    io.write(line)
  end
end
