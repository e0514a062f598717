-- wrk script: every request is <prefix><a random line of the list file>.
-- wrk ... -s random.lua <url> -- <list file> <prefix> <report.lua>
local list = {}
local prefix = ""
local n = 0

function init(args)
  prefix = args[2]
  for line in io.lines(args[1]) do
    n = n + 1
    list[n] = line
  end
  math.randomseed(os.time() * 1000 + (id or 0))
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function request()
  return wrk.format("GET", prefix .. list[math.random(n)])
end

dofile(os.getenv("NETBOOT6_BENCH_REPORT_LUA"))
