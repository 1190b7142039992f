-- Lua 5.4 port of bench/parser.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 150
local M = 0xFFFFFFFF
local FLAG, ESC = 0x7E, 0x7D
local SIZE = 8192

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0xFACE)

local function crc8(c, b)
  c = c ~ b
  for _ = 1, 8 do
    if c & 0x80 ~= 0 then c = ((c << 1) ~ 0x07) & 0xFF else c = (c << 1) & 0xFF end
  end
  return c
end

local stream, slen = {}, 0

local function put_escaped(b)
  if b == FLAG or b == ESC then
    stream[slen] = ESC; stream[slen + 1] = b ~ 0x20; slen = slen + 2
  else
    stream[slen] = b; slen = slen + 1
  end
end

local function make_stream()
  slen = 0
  while slen < SIZE - 80 do
    local x = rand()
    local len, crc = x % 40, 0
    stream[slen] = FLAG; slen = slen + 1
    local h1, h2 = (x >> 8) & 0xFF, (x >> 16) & 0xFF
    put_escaped(h1); crc = crc8(crc, h1)
    put_escaped(h2); crc = crc8(crc, h2)
    put_escaped(len); crc = crc8(crc, len)
    for _ = 1, len do
      local b = rand() & 0xFF
      put_escaped(b)
      crc = crc8(crc, b)
    end
    if (x >> 24) == 0x55 then crc = crc ~ 1 end
    put_escaped(crc)
  end
  stream[slen] = FLAG; slen = slen + 1
end

local HUNT, ADDR, CMD, LEN, DATA, CRC = 0, 1, 2, 3, 4, 5
local p = { st = HUNT, esc = false, addr = 0, cmd = 0, len = 0, n = 0, crc = 0, payload = {},
  good = 0, bad = 0, sum = 0 }

local function frame_done()
  local s = (p.addr << 8) | p.cmd
  local pl = p.payload
  for i = 0, p.len - 1 do s = (s * 31 + pl[i]) & M end
  p.sum = p.sum ~ s
  p.good = p.good + 1
end

local function feed(b)
  if b == FLAG then
    if p.st ~= HUNT and p.st ~= ADDR then p.bad = p.bad + 1 end
    p.st = ADDR; p.esc = false; p.crc = 0
    return
  end
  local st = p.st
  if st == HUNT then return end
  if b == ESC then p.esc = true; return end
  if p.esc then b = b ~ 0x20; p.esc = false end
  if st == ADDR then
    p.addr = b; p.crc = crc8(p.crc, b); p.st = CMD
  elseif st == CMD then
    p.cmd = b; p.crc = crc8(p.crc, b); p.st = LEN
  elseif st == LEN then
    if b > 64 then p.bad = p.bad + 1; p.st = HUNT; return end
    p.len = b; p.n = 0; p.crc = crc8(p.crc, b)
    p.st = b ~= 0 and DATA or CRC
  elseif st == DATA then
    p.payload[p.n] = b; p.n = p.n + 1
    p.crc = crc8(p.crc, b)
    if p.n == p.len then p.st = CRC end
  elseif st == CRC then
    if b == p.crc then frame_done() else p.bad = p.bad + 1 end
    p.st = HUNT
  end
end

local sentences = {}
for i, s in ipairs({
  "$GPGGA,123519,4807038,N,1131000,E,1,08,9,545,M,469,M,,*7A",
  "$GPRMC,225446,A,4916450,N,12311120,W,000,5,054,191194,020,E*68",
  "$PCKPT,17,42,100,2000,30000,1,0,65535*1F",
  "$GPVTG,054,T,034,M,005,N,010,K*48",
}) do
  local t = { string.byte(s, 1, -1) }
  t[#t + 1] = 0
  sentences[i - 1] = t
end

local function hexval(c)
  if c >= 48 and c <= 57 then return c - 48 end
  if c >= 65 and c <= 70 then return c - 55 end
  return 0xFF
end

local fsum = 0
local function nmea(s)
  if s[1] ~= 36 then return 0 end
  local i, x, nf, v, num = 2, 0, 0, 0, false
  while s[i] ~= 0 and s[i] ~= 42 do
    local c = s[i]
    x = x ~ c
    if c == 44 then
      if num then fsum = (fsum + v) & M end
      nf = nf + 1
      v = 0; num = false
    elseif c >= 48 and c <= 57 then
      v = (v * 10 + c - 48) & M
      num = true
    else
      fsum = (fsum + c) & M
    end
    i = i + 1
  end
  if s[i] ~= 42 then return 0 end
  local h = ((hexval(s[i + 1]) << 4) | hexval(s[i + 2])) & 0xFF
  return nf * 2 + (h == x and 1 or 0)
end

local nsum = 0
for r = 0, REPS - 1 do
  make_stream()
  for i = 0, slen - 1 do feed(stream[i]) end
  for k = 0, 39 do nsum = nsum + nmea(sentences[(r + k) & 3]) end
end
io.write(string.format("frames %08x\nbad %08x\npayload %08x\nnmea %08x\n", p.good, p.bad, p.sum,
  (nsum * 65599 + fsum) & M))
