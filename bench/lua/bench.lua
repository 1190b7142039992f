-- What the Lua ports share (the counterpart of bench/bench.h), loaded by each with dofile.
local bench = {}

-- A generator of the xorshift32 sequence that bench_rand gives from the same seed.
function bench.xorshift32(seed)
  return function()
    local x = seed
    x = x ~ ((x << 13) & 0xFFFFFFFF)
    x = x ~ (x >> 17)
    x = x ~ ((x << 5) & 0xFFFFFFFF)
    seed = x
    return x
  end
end

return bench
