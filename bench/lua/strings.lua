-- Lua 5.4 port of bench/strings.c (same algorithm, same output): strings are NUL-terminated byte
-- arrays, as in the C code, so the interpreter does the work rather than Lua's string library.
-- Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 20 or 15000
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0x5EED)

local function cstr(s)
  local t = { string.byte(s, 1, -1) }
  t[#t + 1] = 0
  return t
end

local function str_len(s, i)
  local n = 0
  while s[i + n] ~= 0 do n = n + 1 end
  return n
end

local function str_cpy(d, di, s, si)
  repeat
    local c = s[si]
    d[di] = c
    di = di + 1; si = si + 1
  until c == 0
end

local function str_cat(d, s) str_cpy(d, 1 + str_len(d, 1), s, 1) end

local function str_cmp(a, ai, b, bi)
  while a[ai] ~= 0 and a[ai] == b[bi] do ai = ai + 1; bi = bi + 1 end
  return a[ai] - b[bi]
end

local function str_find(h, n)
  local i = 0
  while h[1 + i] ~= 0 do
    local p, q = 1 + i, 1
    while h[p] ~= 0 and h[p] == n[q] do p = p + 1; q = q + 1 end
    if n[q] == 0 then return i end
    i = i + 1
  end
  return n[1] ~= 0 and -1 or 0
end

local tmp = {}
local function utoa(v, buf)
  local n = 0
  repeat
    tmp[n] = 48 + v % 10
    n = n + 1
    v = v // 10
  until v == 0
  local p = 1
  while n > 0 do n = n - 1; buf[p] = tmp[n]; p = p + 1 end
  buf[p] = 0
  return buf
end

local function upcase(s)
  local i = 1
  while s[i] ~= 0 do
    local c = s[i]
    if c >= 97 and c <= 122 then s[i] = c - 32 end
    i = i + 1
  end
end

local words = {}
for i, w in ipairs({ "set", "get", "led", "motor", "speed", "temp", "status", "reset", "uart", "baud",
  "pwm", "duty", "adc", "channel", "gain", "offset" }) do words[i - 1] = cstr(w) end
local NWORDS = 16
local space, speed, channel1 = cstr(" "), cstr("speed"), cstr("CHANNEL 1")
local line, copy, num, word = {}, {}, {}, {}

local sum = 0
for _ = 1, REPS do
  line[1] = 0
  for _ = 1, 12 do
    local x = rand()
    str_cat(line, words[x % NWORDS])
    str_cat(line, space)
    if x & 0x100 ~= 0 then
      str_cat(line, utoa(x >> 20, num))
      str_cat(line, space)
    end
  end
  str_cpy(copy, 1, line, 1)
  upcase(copy)
  sum = sum + str_len(line, 1) + (str_cmp(line, 1, copy, 1) > 0 and 1 or 0)
  local p = 1
  while line[p] ~= 0 do
    while line[p] == 32 do p = p + 1 end
    if line[p] == 0 then break end
    local c = line[p]
    if c >= 48 and c <= 57 then
      local v = 0
      while line[p] >= 48 and line[p] <= 57 do v = v * 10 + line[p] - 48; p = p + 1 end
      sum = sum + v
    else
      local n = 0
      while line[p] ~= 0 and line[p] ~= 32 and n < 15 do n = n + 1; word[n] = line[p]; p = p + 1 end
      word[n + 1] = 0
      for k = 0, NWORDS - 1 do
        if str_cmp(word, 1, words[k], 1) == 0 then sum = sum + k * 3 + 1; break end
      end
    end
  end
  sum = (sum * 31 + (str_find(line, speed) & M)) & M
  sum = (sum * 31 + (str_find(copy, channel1) & M)) & M
end
io.write(string.format("strings %08x\n", sum))
