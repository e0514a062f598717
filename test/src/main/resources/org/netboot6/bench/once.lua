-- wrk script: every line of the list file is requested at most once over the whole run (the threads take
-- disjoint shares: line i goes to thread i mod threads); a thread stops when its share is used up.
-- wrk ... -s once.lua <url> -- <list file> <prefix> <threads>
local mine = {}
local prefix = ""
local n = 0
local next_index = 1

local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  prefix = args[2]
  local threads = tonumber(args[3])
  local i = 0
  for line in io.lines(args[1]) do
    if i % threads == id then
      n = n + 1
      mine[n] = line
    end
    i = i + 1
  end
end

function request()
  if next_index > n then
    wrk.thread:stop()
    return wrk.format("GET", "/stopped")
  end
  local path = prefix .. mine[next_index]
  next_index = next_index + 1
  return wrk.format("GET", path)
end

dofile(os.getenv("NETBOOT6_BENCH_REPORT_LUA"))
