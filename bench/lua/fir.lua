-- Lua 5.4 port of bench/fir.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 750
local N, TAPS = 1024, 32
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0xC0FFEE)

local taps = { -78, -132, -154, -112, 18, 238, 517, 790, 966, 948, 662, 88, -726, -1590, -2274,
  -2520, 0, 2520, 2274, 1590, 726, -88, -662, -948, -966, -790, -517, -238, -18, 112, 154, 132 }
local bq = { { 1165, 2330, 1165, -18403, 6679 }, { 2048, 4096, 2048, -15000, 4500 } }

local input, mid, out, delay = {}, {}, {}, {}
for k = 1, TAPS do delay[k] = 0 end

local function sat16(v)
  if v > 32767 then return 32767 end
  if v < -32768 then return -32768 end
  return v
end

local function fir(x, y, n)
  for i = 1, n do
    for k = TAPS, 2, -1 do delay[k] = delay[k - 1] end
    delay[1] = x[i]
    local acc = 0
    for k = 1, TAPS do acc = acc + taps[k] * delay[k] end
    y[i] = sat16((acc + 16384) // 32768)
  end
end

local state = { { 0, 0, 0, 0 }, { 0, 0, 0, 0 } }

local function biquads(x, y, n)
  for i = 1, n do
    local v = x[i]
    for s = 1, 2 do
      local c, st = bq[s], state[s]
      local acc = c[1] * v + c[2] * st[1] + c[3] * st[2] - c[4] * st[3] - c[5] * st[4]
      local o = sat16(acc // 16384)
      st[2] = st[1]; st[1] = v
      st[4] = st[3]; st[3] = o
      v = o
    end
    y[i] = v
  end
end

local sum = 0
for r = 0, REPS - 1 do
  for i = 0, N - 1 do
    local sq = ((i + r * 7) & 64) ~= 0 and 12000 or -12000
    input[i + 1] = sq + (rand() & 4095) - 2048
  end
  fir(input, mid, N)
  biquads(mid, out, N)
  for i = 1, N do sum = (sum * 31 + (out[i] & 0xFFFF)) & M end
end
io.write(string.format("fir %08x\n", sum))
