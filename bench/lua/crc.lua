-- Lua 5.4 port of bench/crc.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 4 or 2000
local LEN = 4096
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0x12345678)

local tbl = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if c & 1 ~= 0 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end
  end
  tbl[i] = c
end

local function crc32(p, n)
  local c = M
  for i = 1, n do c = tbl[(c ~ p[i]) & 0xFF] ~ (c >> 8) end
  return c ~ M
end

local function crc16(p, n)
  local c = 0xFFFF
  for i = 1, n do
    c = c ~ (p[i] << 8)
    for _ = 1, 8 do
      if c & 0x8000 ~= 0 then c = ((c << 1) ~ 0x1021) & 0xFFFF else c = (c << 1) & 0xFFFF end
    end
  end
  return c
end

local msg = {}
for i = 1, LEN do msg[i] = rand() & 0xFF end
local s32, s16 = 0, 0
for r = 0, REPS - 1 do
  local k = r % LEN + 1
  msg[k] = msg[k] ~ (r & 0xFF)
  s32 = (((s32 << 1) | (s32 >> 31)) & M) ~ crc32(msg, LEN)
  if r % 4 == 0 then s16 = (((s16 << 3) | (s16 >> 29)) & M) ~ crc16(msg, LEN) end
end
local check = { string.byte("123456789", 1, 9) }
io.write(string.format("crc32 %08x\ncrc16 %08x\ncheck %08x\n", s32, s16, crc32(check, 9)))
