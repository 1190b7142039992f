-- Lua 5.4 port of bench/sort.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 500
local N, NE = 2000, 500
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0xDEADBEEF)

-- v[b + 0 .. b + n - 1], as the C code's v[0 .. n - 1]
local function insertion(v, b, n)
  for i = 1, n - 1 do
    local x = v[b + i]
    local j = i - 1
    while j >= 0 and v[b + j] > x do v[b + j + 1] = v[b + j]; j = j - 1 end
    v[b + j + 1] = x
  end
end

local function quicksort(v, b, n)
  while n > 16 do
    local mid = n // 2
    if v[b + mid] < v[b] then v[b + mid], v[b] = v[b], v[b + mid] end
    if v[b + n - 1] < v[b] then v[b + n - 1], v[b] = v[b], v[b + n - 1] end
    if v[b + n - 1] < v[b + mid] then v[b + n - 1], v[b + mid] = v[b + mid], v[b + n - 1] end
    local pivot = v[b + mid]
    local i, j = 0, n - 1
    while true do
      while v[b + i] < pivot do i = i + 1 end
      while v[b + j] > pivot do j = j - 1 end
      if i >= j then break end
      v[b + i], v[b + j] = v[b + j], v[b + i]
      i = i + 1; j = j - 1
    end
    if j + 1 < n - j - 1 then
      quicksort(v, b, j + 1); b = b + j + 1; n = n - (j + 1)
    else
      quicksort(v, b + j + 1, n - j - 1); n = j + 1
    end
  end
  insertion(v, b, n)
end

local function cmp_event(x, y)
  if x.prio ~= y.prio then return x.prio < y.prio and -1 or 1 end
  if x.time ~= y.time then return x.time < y.time and -1 or 1 end
  return x.id - y.id
end

local function sift(h, root, n, cmp)
  while true do
    local c = 2 * root + 1
    if c >= n then return end
    if c + 1 < n and cmp(h[c], h[c + 1]) < 0 then c = c + 1 end
    if cmp(h[root], h[c]) >= 0 then return end
    h[root], h[c] = h[c], h[root]
    root = c
  end
end

local function heapsort(h, n, cmp)
  for i = n // 2 - 1, 0, -1 do sift(h, i, n, cmp) end
  for i = n - 1, 1, -1 do
    h[0], h[i] = h[i], h[0]
    sift(h, 0, i, cmp)
  end
end

local a, ev = {}, {}
for i = 0, NE - 1 do ev[i] = { time = 0, id = 0, prio = 0 } end
local sum, order = 0, 0
for _ = 1, REPS do
  for i = 0, N - 1 do a[i] = rand() % 100000 end
  quicksort(a, 0, N)
  for i = 0, N - 1 do sum = (sum * 33 + a[i]) & M end
  for i = 1, N - 1 do if a[i - 1] <= a[i] then order = order + 1 end end
  for i = 0, NE - 1 do
    local x = rand()
    local e = ev[i]
    e.time = x >> 12; e.id = i; e.prio = x & 7
  end
  heapsort(ev, NE, cmp_event)
  for i = 0, NE - 1 do sum = (sum * 33 + ev[i].id) & M end
end
io.write(string.format("sort %08x\nordered %08x\n", sum, order))
