-- Lua 5.4 port of bench/sieve.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 240
local LIMIT = 32768
local M = 0xFFFFFFFF

local flags, bits = {}, {}

local function sieve_bytes(n)
  local count, sum = 0, 0
  for i = 0, n - 1 do flags[i] = 1 end
  flags[0] = 0; flags[1] = 0
  local i = 2
  while i * i < n do
    if flags[i] ~= 0 then
      for j = i * i, n - 1, i do flags[j] = 0 end
    end
    i = i + 1
  end
  for k = 0, n - 1 do
    if flags[k] ~= 0 then count = count + 1; sum = sum + k end
  end
  return count, sum
end

local function sieve_bits(n)
  local count = 0
  for k = 0, n // 32 - 1 do bits[k] = M end
  bits[0] = bits[0] & ~3
  local i = 2
  while i * i < n do
    if bits[i >> 5] & (1 << (i & 31)) ~= 0 then
      for j = i * i, n - 1, i do
        local w = j >> 5
        bits[w] = bits[w] & ~(1 << (j & 31))
      end
    end
    i = i + 1
  end
  for k = 0, n // 32 - 1 do
    local w = bits[k] & M
    while w ~= 0 do w = w & (w - 1); count = count + 1 end
  end
  return count
end

local count, sum, bcount = 0, 0, 0
for r = 0, REPS - 1 do
  local n = LIMIT - (r & 255)
  local c, s = sieve_bytes(n)
  count = count + c
  sum = (sum + s) & M
  bcount = bcount + sieve_bits(n & ~31)
end
io.write(string.format("primes %08x\nsum %08x\nbits %08x\n", count, sum, bcount))
