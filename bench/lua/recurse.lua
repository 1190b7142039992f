-- Lua 5.4 port of bench/recurse.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 1 or 32
local M = 0xFFFFFFFF

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function tak(x, y, z)
  if y >= x then return z end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end

local function queens(row, n, cols, d1, d2)
  if row == n then return 1 end
  local count = 0
  for c = 0, n - 1 do
    local a, b, e = 1 << c, 1 << (row + c), 1 << (row - c + n - 1)
    if cols & a == 0 and d1 & b == 0 and d2 & e == 0 then
      count = count + queens(row + 1, n, cols | a, d1 | b, d2 | e)
    end
  end
  return count
end

local sum = 0
for r = 0, REPS - 1 do
  local k = r & 1
  if SMALL then
    sum = sum + fib(17 + k) + tak(12, 6 + k, 0) + ack(2, 50 + k) + queens(0, 5 + k, 0, 0, 0)
  else
    sum = sum + fib(24 + k) + tak(18, 12 + k, 6) + ack(2, 400 + k) + queens(0, 7 + k, 0, 0, 0)
  end
end
io.write(string.format("recurse %08x\n", sum & M))
